"""The app factory: the REST API under /api/v1 over one site (database + engine + policy)."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from civility import __version__, settings
from civility.service import policies
from civility.service.site import Site
from civility.service.webhooks import Sender
from civility.web import coral, discovery, errors, perspective, schemas, widget
from civility.web.api import admin, content, moderation, users, webhooks
from civility.web.edge import Edge
from civility.web.limits import rate_limit
from civility.web.pages import actions, desk, routes
from civility.web.security import SecurityHeaders

log = logging.getLogger("civility.web")
API = "/api/v1"
STATIC = Path(__file__).parent / "static"

DESCRIPTION = """Civility's REST API. Send `Authorization: Bearer KEY` with a key from
`civility keys create`. Publisher keys post articles and comments; moderator keys also work
the queue and decide; admin keys also manage keys, the policy and readers' data.
Every error is JSON: `{"error": {"code": "...", "message": "..."}}`."""


class PolicySync:
    """ASGI middleware: at most once a second, before a request, put in force a policy that
    another server process on the same database stored (``PUT /api/v1/policy`` there)."""

    def __init__(self, app: ASGIApp, site: Site, every: float = 1.0) -> None:
        self.app, self.site, self.every, self._next = app, site, every, 0.0
        self._seen: int | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and time.monotonic() >= self._next:
            self._next = time.monotonic() + self.every
            try:
                self._seen = await anyio.to_thread.run_sync(policies.sync, self.site, self._seen)
            except Exception:  # the database may be briefly away: keep the policy in force
                log.exception("could not check for a new policy")
        await self.app(scope, receive, send)


def create_app(site: Site, *, serving: bool = False, max_body: int | None = None) -> FastAPI:
    """The app over ``site``. When ``serving``, it also sends webhooks while it runs and closes
    the site (its engine workers, its database) when the server shuts down. Request bodies over
    ``max_body`` bytes (default: the ``max-body-bytes`` setting) are refused with 413."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        sender = Sender(site.db, allow_private=site.webhook_private_targets) if serving else None
        if sender is not None:
            sender.start()
        yield
        if sender is not None:
            sender.stop()
        if serving:
            site.close()

    # No Swagger page: it would load scripts from a CDN. The OpenAPI document is served.
    app = FastAPI(title="Civility", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  openapi_url=f"{API}/openapi.json", docs_url=None, redoc_url=None)
    app.state.site = site
    generate = app.openapi

    def documented() -> dict[str, Any]:
        doc = generate()  # FastAPI's, cached after the first call
        schemas.forbid_nul(doc)
        return doc

    app.openapi = documented  # type: ignore[method-assign]
    app.state.failed_logins = rate_limit(site.db, "failed-logins", 10, 600, "too many failed logins")
    errors.install(app)
    for module in (content, moderation, users, admin, webhooks):
        app.include_router(module.router, prefix=API, responses=schemas.COMMON_ERRORS)
    app.include_router(perspective.router)  # at Perspective's own path, so only the host changes
    app.include_router(discovery.router)  # what Google's API clients read to find the two above
    app.include_router(coral.router)
    app.include_router(routes.router)
    app.include_router(desk.router)
    app.include_router(actions.router)
    app.mount("/widget/v1", widget.widget_app(site))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    limit = int(settings.get("max-body-bytes")) if max_body is None else max_body
    app.add_middleware(PolicySync, site=site)
    app.add_middleware(Edge, max_body=limit)
    app.add_middleware(SecurityHeaders)  # outermost: its headers reach every answer, 500s too

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/moderate/")

    @app.get("/demo", include_in_schema=False)
    def demo(request: Request) -> HTMLResponse:
        return widget.demo_page(site, request)

    @app.get("/widget.js", include_in_schema=False)
    def widget_js() -> FileResponse:
        return FileResponse(STATIC / "widget.js", media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=300"})

    @app.get("/widget.css", include_in_schema=False)
    def widget_css() -> FileResponse:
        return FileResponse(STATIC / "widget.css", media_type="text/css",
                            headers={"Cache-Control": "public, max-age=300"})

    return app
