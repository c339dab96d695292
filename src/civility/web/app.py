"""The app factory: the REST API under /api/v1 over one site (database + engine + policy)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from civility import __version__, settings
from civility.service.site import Site
from civility.service.webhooks import Sender
from civility.web import coral, discovery, errors, perspective, schemas, widget
from civility.web.api import admin, content, moderation, users, webhooks
from civility.web.edge import Edge
from civility.web.limits import RateLimit
from civility.web.pages import actions, routes
from civility.web.security import SecurityHeaders

API = "/api/v1"
STATIC = Path(__file__).parent / "static"

DESCRIPTION = """Civility's REST API. Send `Authorization: Bearer KEY` with a key from
`civility keys create`. Publisher keys post articles and comments; moderator keys also work
the queue and decide; admin keys also manage keys, the policy and readers' data.
Every error is JSON: `{"error": {"code": "...", "message": "..."}}`."""


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
    app.state.failed_logins = RateLimit(10, 600, "too many failed logins")
    errors.install(app)
    for module in (content, moderation, users, admin, webhooks):
        app.include_router(module.router, prefix=API, responses=schemas.COMMON_ERRORS)
    app.include_router(perspective.router)  # at Perspective's own path, so only the host changes
    app.include_router(discovery.router)  # what Google's API clients read to find the two above
    app.include_router(coral.router)
    app.include_router(routes.router)
    app.include_router(actions.router)
    app.mount("/widget/v1", widget.widget_app(site))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    limit = int(settings.get("max-body-bytes")) if max_body is None else max_body
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
