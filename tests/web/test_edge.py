"""What the service accepts at its edge: ids in range, Unicode text without NUL, bodies under the
limit, shallow JSON; and a 500 that keeps its headers and the API's JSON shape."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from civility.service.site import Site
from civility.web.app import create_app
from civility.web.coral import sign
from civility.web.schemas import MAX_ROW_ID
from helpers import Api

BIG = [2**31, 2**63, 10**30]


def _error(r: object, status: int, code: str) -> None:
    assert r.status_code == status, (r.status_code, r.text)  # type: ignore[attr-defined]
    assert r.json()["error"]["code"] == code  # type: ignore[attr-defined]


@pytest.mark.parametrize("big", BIG)
def test_ids_past_the_databases_range_are_refused(client: TestClient, mod: Api, publisher: Api,
                                                  big: int) -> None:
    assert client.get(f"/widget/v1/articles/a1?after={big}").status_code == 422
    assert mod.get(f"/comments/{big}").status_code == 422
    assert mod.get(f"/feedback?before={big}").status_code == 422
    assert mod.get(f"/queue?after={big}").status_code == 422
    assert publisher.get(f"/articles/a1/comments?after={big}").status_code == 422
    r = publisher.post("/comments", {"article_id": "a1", "author_id": "r1", "text": "hi", "parent_id": big})
    _error(r, 422, "bad_input")
    r = client.post(f"/widget/v1/comments/{big}/reports", json={"reason": "x", "reader": {"id": "g1"}})
    assert r.status_code == 422


def test_the_largest_id_is_simply_not_found(mod: Api) -> None:
    _error(mod.get(f"/comments/{MAX_ROW_ID}"), 404, "not_found")


@pytest.mark.parametrize("raw", ['"hi \\ud800"', '"a\\u0000b"', '"\\udc00 alone"'])
def test_bodies_with_nul_or_lone_surrogates_are_refused(publisher: Api, raw: str) -> None:
    body = '{"article_id": "a1", "author_id": "r1", "text": ' + raw + "}"
    r = publisher.client.post("/api/v1/comments", content=body.encode(),
                              headers={**publisher.headers, "Content-Type": "application/json"})
    _error(r, 400, "invalid_text")


def test_a_surrogate_pair_is_text(publisher: Api, article: str) -> None:
    body = '{"article_id": "karabakh", "author_id": "r1", "text": "a smile \\ud83d\\ude00"}'
    r = publisher.client.post("/api/v1/comments", content=body.encode(),
                              headers={**publisher.headers, "Content-Type": "application/json"})
    assert r.status_code == 201, r.text
    stored = publisher.get("/articles/karabakh/comments").json()
    assert "a smile \U0001f600" in json.dumps(stored, ensure_ascii=False)


@pytest.mark.parametrize("path", ["/api/v1/comments/%00", "/widget/v1/articles/a%00b",
                                  "/widget/v1/articles/a%ED%A0%80", "/widget/v1/articles/%FF"])
def test_paths_with_nul_or_bad_bytes_are_refused(client: TestClient, path: str) -> None:
    _error(client.get(path), 400, "invalid_text")


def test_queries_and_forms_are_checked_too(client: TestClient, mod: Api) -> None:
    _error(mod.get("/feedback?before=1%00"), 400, "invalid_text")
    r = client.post("/moderate/login", content=b"csrf=x&key=a%00",
                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    _error(r, 400, "invalid_text")


def test_non_ascii_secrets_are_wrong_not_errors(client: TestClient, site: Site) -> None:
    site.coral_secrets = ("coral-secret",)
    body = b'{"comment": {"body": "hello"}}'
    r = client.post("/integrations/coral/moderate", content=body,
                    headers={"Content-Type": "application/json",
                             "X-Coral-Signature": "sha256=\u00e9\u00e9".encode()})
    assert r.status_code in (401, 403), r.text
    assert client.post("/integrations/coral/moderate", content=body,
                       headers={"Content-Type": "application/json",
                                "X-Coral-Signature": sign("coral-secret", body)}).status_code < 500
    page = client.get("/moderate/login")
    r = client.post("/moderate/login", data={"csrf": "\u00e9t\u00e9", "key": "cl\u00e9"})
    assert r.status_code < 500 and page.status_code == 200
    site.widget_secret = "widget-secret"
    r = client.post("/widget/v1/comments", json={"article_id": "a1", "text": "hello",
                                                  "reader": {"token": "v1.abc.\u00e9\u00e9"}})
    assert 400 <= r.status_code < 500, r.text


def test_bodies_over_the_limit_get_413_before_the_key_is_checked(site: Site) -> None:
    with TestClient(create_app(site, max_body=1000)) as c:
        _error(c.post("/api/v1/comments", content=b"x" * 2000,
                      headers={"Content-Type": "application/json"}), 413, "too_large")

        def chunks() -> Iterator[bytes]:
            for _ in range(10):
                yield b"y" * 200

        _error(c.post("/api/v1/comments", content=chunks(),
                      headers={"Content-Type": "application/json"}), 413, "too_large")
        # Under the limit the key is what is wrong.
        _error(c.post("/api/v1/comments", content=b"{}", headers={"Content-Type": "application/json"}),
               401, "unauthenticated")


def test_bad_utf8_and_deep_json_are_invalid_json(publisher: Api) -> None:
    nested: object = 1
    for _ in range(40):
        nested = [nested]
    for body in (b'{"text": "\xff\xfe"}', b"[" * 5000 + b"]" * 5000, json.dumps({"a": nested}).encode()):
        r = publisher.client.post("/api/v1/comments", content=body,
                                  headers={**publisher.headers, "Content-Type": "application/json"})
        _error(r, 400, "invalid_json")


def test_an_unexpected_error_is_json_with_the_security_headers(site: Site) -> None:
    app = create_app(site)

    def broken() -> None:
        raise RuntimeError("a bug")

    app.add_api_route("/broken-for-the-test", broken)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/broken-for-the-test")
        _error(r, 500, "internal")
        assert "a bug" not in r.text
        assert r.headers["x-frame-options"] == "DENY"
        assert "default-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"
        assert c.get("/widget.css").status_code == 200  # the next request is served as usual


def test_oversized_headers_get_431(client: TestClient) -> None:
    _error(client.get("/widget/v1/articles/a1", headers={"X-Big": "a" * 40_000}), 431, "headers_too_large")
    assert client.get("/widget/v1/articles/a1", headers={"X-Fine": "a" * 4_000}).status_code == 404


def test_keys_are_redacted_from_log_lines() -> None:
    import logging

    from civility.web.server import RedactKeys, redact

    assert redact("GET /v1alpha1/comments:analyze?key=s3cr3t&x=1") == \
        "GET /v1alpha1/comments:analyze?key=REDACTED&x=1"
    assert redact("/a?x=1&token=abc") == "/a?x=1&token=REDACTED"
    record = logging.LogRecord("uvicorn.access", logging.INFO, "", 0, '%s - "%s %s HTTP/%s" %d',
                               ("127.0.0.1:5", "GET", "/p?key=s3cr3t", "1.1", 200), None)
    assert RedactKeys().filter(record) and "s3cr3t" not in record.getMessage()


def test_a_second_content_type_does_not_slip_text_past_the_edge(publisher: Api, client: TestClient) -> None:
    body = b'{"article_id": "a1", "author_id": "r1", "text": "a\\u0000b"}'
    headers = [("Authorization", publisher.headers["Authorization"]), ("Content-Type", "application/json"),
               ("Content-Type", "text/plain")]
    _error(client.post("/api/v1/comments", content=body, headers=headers), 400, "invalid_text")
    unlabelled = client.post("/widget/v1/comments", content=body, headers=[("Content-Type", "text/plain")])
    _error(unlabelled, 400, "invalid_text")
