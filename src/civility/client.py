"""A small Python client for a Civility server: the REST API and the Perspective-compatible endpoint.

    from civility.client import Client
    with Client("http://127.0.0.1:8000", key="civ_...") as civ:
        civ.create_article("karabakh", "Putin, Erdogan Discuss Karabakh Fighting")
        posted = civ.post_comment("karabakh", "u-1041", "They should be killed.")
        print(posted["status"], [r["message"] for r in posted["reasons"]])
        print(civ.analyze("You are an idiot", ["TOXICITY", "INSULT"]))

Every method returns the decoded JSON answer. An error answer raises ``CivilityApiError`` with
the HTTP status, the stable code and the message.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

import httpx


class CivilityApiError(Exception):
    def __init__(self, status: int, code: str, message: str, body: Any = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message, self.body = status, code, message, body


class Client:
    def __init__(self, base_url: str, key: str | None = None, *, timeout: float = 30.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        self._http = httpx.Client(base_url=base_url.rstrip("/"), headers=headers, timeout=timeout,
                                  transport=transport)

    def __enter__(self) -> Client:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def request(self, method: str, path: str, body: Any = None, params: dict[str, Any] | None = None) -> Any:
        response = self._http.request(method, path, json=body, params=params)
        if response.status_code == 204:
            return None
        try:
            data = response.json()
        except ValueError:
            data = None
        if response.is_success:
            return data
        error = data.get("error") if isinstance(data, dict) else None
        if isinstance(error, dict):
            code = error.get("code") if isinstance(error.get("code"), str) else error.get("status", "error")
            raise CivilityApiError(response.status_code, str(code), str(error.get("message", "")), data)
        raise CivilityApiError(response.status_code, "http_error", response.text[:200], data)

    def _api(self, method: str, path: str, body: Any = None, **params: Any) -> Any:
        query = {k: v for k, v in params.items() if v is not None}
        return self.request(method, "/api/v1" + path, body, query or None)

    # --- articles and comments ------------------------------------------------------------
    def health(self) -> Any:
        return self._api("GET", "/health")

    def create_article(self, article_id: str, title: str, url: str | None = None) -> Any:
        return self._api("POST", "/articles", {"id": article_id, "title": title, "url": url})

    def post_comment(self, article_id: str, author_id: str, text: str, *, author_name: str | None = None,
                     parent_id: int | None = None) -> Any:
        return self._api("POST", "/comments", {"article_id": article_id, "author_id": author_id, "text": text,
                                               "author_name": author_name, "parent_id": parent_id})

    def thread(self, article_id: str, *, limit: int = 20, after: int | None = None) -> Any:
        return self._api("GET", f"/articles/{article_id}/comments", limit=limit, after=after)

    def report(self, comment_id: int, reporter_id: str, reason: str) -> Any:
        return self._api("POST", f"/comments/{comment_id}/reports",
                         {"reporter_id": reporter_id, "reason": reason})

    # --- moderation -----------------------------------------------------------------------
    def queue(self, *, limit: int = 50, after: int | None = None) -> Any:
        return self._api("GET", "/queue", limit=limit, after=after)

    def decide(self, comment_id: int, action: str, *, note: str | None = None,
               reason: str | None = None) -> Any:
        return self._api("POST", f"/comments/{comment_id}/decision",
                         {"action": action, "note": note, "reason": reason})

    def history(self, comment_id: int) -> Any:
        return self._api("GET", f"/comments/{comment_id}/history")

    # --- readers --------------------------------------------------------------------------
    def user(self, user_id: str) -> Any:
        return self._api("GET", f"/users/{user_id}")

    def set_standing(self, user_id: str, action: str, *, hours: int | None = None,
                     note: str | None = None) -> Any:
        return self._api("POST", f"/users/{user_id}/standing",
                         {"action": action, "hours": hours, "note": note})

    def appeal(self, user_id: str, text: str) -> Any:
        return self._api("POST", f"/users/{user_id}/appeal", {"text": text})

    def export_user(self, user_id: str) -> Any:
        return self._api("GET", f"/users/{user_id}/export")

    def delete_user(self, user_id: str) -> Any:
        return self._api("DELETE", f"/users/{user_id}")

    # --- administration -------------------------------------------------------------------
    def create_key(self, role: str, name: str) -> Any:
        return self._api("POST", "/keys", {"role": role, "name": name})

    def create_webhook(self, url: str, events: list[str] | None = None) -> Any:
        return self._api("POST", "/webhooks", {"url": url, "events": events})

    def deliveries(self, webhook_id: int, status: str | None = None) -> Any:
        return self._api("GET", f"/webhooks/{webhook_id}/deliveries", status=status)

    # --- Perspective-compatible -----------------------------------------------------------
    def analyze(self, text: str, attributes: list[str] | dict[str, Any], *,
                languages: list[str] | None = None, span_annotations: bool = False,
                client_token: str | None = None) -> Any:
        """Score a text as Perspective's ``comments:analyze`` would."""
        requested = attributes if isinstance(attributes, dict) else {a: {} for a in attributes}
        body: dict[str, Any] = {"comment": {"text": text}, "requestedAttributes": requested,
                                "spanAnnotations": span_annotations, "doNotStore": True}
        if languages:
            body["languages"] = languages
        if client_token is not None:
            body["clientToken"] = client_token
        return self.request("POST", "/v1alpha1/comments:analyze", body)
