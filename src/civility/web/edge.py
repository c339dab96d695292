"""What the service accepts, checked once at the edge, before any route, key or database sees it.

Text is valid Unicode scalar values with no NUL, the same on SQLite and PostgreSQL: a path,
query or body holding a NUL, a lone surrogate or bytes that are not UTF-8 gets a 400 in the API's
JSON error shape. Headers over 32 KiB get a 431. A body over the size limit gets a 413 before it
is read (by its declared length) or as soon as it passes the limit, before authentication does
any work. JSON nested deeper than any request of the API needs is refused as ``invalid_json``.
Anything a route raises becomes a logged 500 in the same JSON shape, answered here, so that the
security headers outside still apply and the connection stays usable.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote_to_bytes

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("civility.web")

MAX_DEPTH = 32
MAX_HEAD_BYTES = 32 * 1024  # path, query and headers together
_FORBIDDEN = re.compile("[\x00\ud800-\udfff]")


class Refused(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def check_text(text: str, where: str) -> None:
    """Refuse NUL and lone surrogates (what JSON's ``\\ud800`` escapes decode to)."""
    bad = _FORBIDDEN.search(text)
    if bad is not None:
        what = "a NUL character" if bad.group() == "\x00" else "a lone surrogate (not Unicode text)"
        raise Refused(400, "invalid_text", f"{where} holds {what} at position {bad.start()}")


def _decoded(raw: bytes, where: str) -> str:
    try:
        return unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Refused(400, "invalid_text", f"{where} is not UTF-8 (byte {exc.start})") from None


def _strings(value: Any) -> Iterator[str]:
    """Every string of a parsed JSON value, keys too (its depth is already bounded)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def check_head(scope: Scope) -> None:
    """Raise ``Refused`` (431) if the path, query and headers together pass ``MAX_HEAD_BYTES``."""
    size = len(scope.get("raw_path") or b"") + len(scope.get("query_string", b""))
    size += sum(len(k) + len(v) + 4 for k, v in scope.get("headers", []))
    if size > MAX_HEAD_BYTES:
        raise Refused(431, "headers_too_large", f"the request's headers are over {MAX_HEAD_BYTES} bytes")


def check_request(scope: Scope, body: bytes) -> None:
    """Raise ``Refused`` if the path, query or body holds text the service does not accept."""
    check_text(_decoded(scope.get("raw_path") or scope["path"].encode(), "the path"), "the path")
    query = scope.get("query_string", b"")
    if query:
        check_text(_decoded(query.replace(b"+", b" "), "the query"), "the query")
    if not body:
        return
    kind = content_type(scope)
    if kind == b"application/x-www-form-urlencoded":
        check_text(_decoded(body.replace(b"+", b" "), "the form"), "the form")
        return
    # Any other body that is JSON, whatever it is labelled, is checked as JSON.
    declared = kind.endswith(b"json")
    if not declared and body.lstrip()[:1] not in (b"{", b"[", b'"'):
        return
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        if declared:
            raise Refused(400, "invalid_json", f"the request body is not UTF-8 (byte {exc.start})") from None
        return
    # Depth first, by brackets, so that a deeply nested body never reaches the parser.
    if _bracket_depth(text) > MAX_DEPTH:
        raise Refused(400, "invalid_json", f"the request body nests deeper than {MAX_DEPTH} levels")
    try:
        value = json.loads(text)
    except ValueError:
        return  # the route's own parser answers with the position of the error
    for s in _strings(value):
        check_text(s, "the request body")


def content_type(scope: Scope) -> bytes:
    """The request's media type as Starlette reads it: the first Content-Type header."""
    for name, value in scope.get("headers", []):
        if name == b"content-type":
            return bytes(value).split(b";")[0].strip().lower()
    return b""


def _bracket_depth(text: str) -> int:
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


# Perspective's paths answer in Google's error shape, as Perspective's clients expect.
GOOGLE_PATHS = ("/v1alpha1/", "/$discovery/")
GOOGLE_STATUS = {400: "INVALID_ARGUMENT", 413: "INVALID_ARGUMENT", 431: "INVALID_ARGUMENT",
                 500: "INTERNAL"}


async def _answer(send: Send, status: int, code: str, message: str, path: str = "") -> None:
    if path.startswith(GOOGLE_PATHS):
        error = {"code": status, "message": message, "status": GOOGLE_STATUS.get(status, "UNKNOWN")}
    else:
        error = {"code": code, "message": message}
    body = json.dumps({"error": error}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class Edge:
    """ASGI middleware: body limit, accepted text, and the last word on unexpected errors."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            check_head(scope)
            body = await self._body(scope, receive)
            check_request(scope, body)
        except Refused as r:
            await _answer(send, r.status, r.code, r.message, scope.get("path", ""))
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        try:
            await self.app(scope, replay, tracked)
        except Exception:
            log.exception("unexpected error on %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await _answer(send, 500, "internal",
                              "something went wrong on the server; it has been logged", scope.get("path", ""))

    async def _body(self, scope: Scope, receive: Receive) -> bytes:
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            raise Refused(413, "too_large", f"the request body is over {self.max_body} bytes")
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                raise Refused(413, "too_large", f"the request body is over {self.max_body} bytes")
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)
