"""Every error as JSON ``{"error": {"code", "message"}}``; the unexpected ones are answered by
``civility.web.edge`` as a logged 500 in the same shape."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from civility.errors import (
    BlockedError,
    CivilityError,
    ConflictError,
    InputError,
    NotFoundError,
    PolicyError,
)
from civility.web.schemas import NOT_BLANK, URL_OR_PATH

# What a schema pattern means, for the message when a field does not match it.
PATTERN_MEANING = {NOT_BLANK: "is empty (only whitespace)",
                   URL_OR_PATH: "must be an http(s) URL or a path starting with /",
                   "^https?://": "must be an http:// or https:// URL"}

STATUS: dict[type[CivilityError], int] = {
    NotFoundError: 404, ConflictError: 409, BlockedError: 403, InputError: 422, PolicyError: 422,
}


class ApiError(Exception):
    """An error the web layer raises itself: authentication, permissions."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers


def error_response(status: int, code: str, message: str, headers: Mapping[str, str] | None = None,
                   **extra: Any) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message, **extra}}, status, headers=headers)


def _where(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body",)]
    return ".".join(parts) or "body"


def validation_message(exc: RequestValidationError) -> tuple[str, str]:
    errors = exc.errors()
    for e in errors:
        if e.get("type") == "json_invalid":
            return "invalid_json", f"the request body is not valid JSON: {e.get('ctx', {}).get('error', '')}"
    parts = []
    for e in errors[:5]:
        where = _where(tuple(e.get("loc", ())))
        if e.get("type") == "missing":
            parts.append(f"{where} is required")
        elif e.get("type") == "extra_forbidden":
            parts.append(f"{where} is not a known field")
        elif e.get("type") == "string_pattern_mismatch":
            pattern = str(e.get("ctx", {}).get("pattern", ""))
            parts.append(f"{where} {PATTERN_MEANING.get(pattern, 'does not match ' + pattern)}")
        else:
            parts.append(f"{where}: {e.get('msg', 'invalid')}")
    return "bad_input", "; ".join(parts) or "the request is not valid"


def install(app: FastAPI) -> None:
    @app.exception_handler(CivilityError)
    async def _ours(request: Request, exc: CivilityError) -> JSONResponse:
        status = next((s for cls, s in STATUS.items() if isinstance(exc, cls)), 400)
        if isinstance(exc, BlockedError):
            return error_response(status, exc.code, exc.message, standing=exc.state, until=exc.until)
        return error_response(status, exc.code, exc.message)

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        code, message = validation_message(exc)
        return error_response(400 if code == "invalid_json" else 422, code, message)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404:
            message = f"no such endpoint: {request.method} {request.url.path}"
        return error_response(exc.status_code, code, message, exc.headers)
