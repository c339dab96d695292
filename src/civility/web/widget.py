"""The comment widget's API (``/widget/v1``) and the demo article page.

The widget runs in readers' browsers on the publisher's pages, so it never holds a key: it may
read the published thread, post a comment and report one, for the reader it is given (a token
signed by the publisher's server) or for a guest. Only the publisher's configured origins may
call it from another site (CORS).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.datastructures import Headers

from civility.domain import Caller, Role, StandingState, Status, UserStanding
from civility.errors import ConflictError, NotFoundError
from civility.service import comments, moderation, readers, threads, users
from civility.service.site import Site
from civility.web import errors
from civility.web.api.content import thread_node
from civility.web.limits import client_address, rate_limit
from civility.web.schemas import RowId

WIDGET = Caller("widget", Role.PUBLISHER)
DEMO_ARTICLE = "demo-night-ferry"
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))

MESSAGES = {
    Status.PUBLISHED: "Your comment is published.",
    Status.HELD: "Thank you. Your comment is waiting for a moderator and will appear once approved.",
    Status.REJECTED: "Your comment was not published, because it breaks the discussion policy:",
}


class ReaderIn(BaseModel):
    guest_token: str | None = Field(default=None, max_length=200,
                                    description="A guest's token from POST /widget/v1/guests")
    token: str | None = Field(default=None, max_length=2000,
                              description="A reader token signed by the publisher's site")
    name: str | None = Field(default=None, max_length=80, description="A guest's display name")


class WidgetComment(BaseModel):
    article_id: str = Field(min_length=1, max_length=200)
    text: str
    parent_id: RowId | None = None
    reader: ReaderIn


class WidgetReport(BaseModel):
    reason: str = Field(min_length=1, max_length=1000)
    reader: ReaderIn


class WidgetAppeal(BaseModel):
    text: str = Field(min_length=1, max_length=5000)
    reader: ReaderIn


class WidgetReader(BaseModel):
    reader: ReaderIn


def standing_json(standing: UserStanding) -> dict[str, Any]:
    """What the widget tells a reader about their standing: suspended until when, or blocked,
    why, and that they may appeal."""
    until = standing.until.isoformat() if standing.until else None
    if standing.state is StandingState.GOOD:
        return {"state": "good", "until": None, "reason": None, "message": None}
    if standing.state is StandingState.SUSPENDED and standing.until is not None:
        said = f"You are suspended from commenting until {standing.until:%Y-%m-%d %H:%M} UTC"
    else:
        said = "You are blocked from commenting"
    why = f" ({standing.reason.rstrip('.')})" if standing.reason else ""
    return {"state": standing.state.value, "until": until, "reason": standing.reason,
            "message": f"{said}{why}. You can ask a moderator to reinstate you."}


def policy_json(site: Site) -> dict[str, Any]:
    """The discussion policy as readers see it: its description and each rule's words."""
    policy = site.policy
    rules = list(dict.fromkeys(rule.message for rule in policy.categories.values() if rule.message))
    return {"name": policy.name, "max_length": policy.max_length, "description": policy.description,
            "rules": rules}


class Cors(CORSMiddleware):
    """Starlette's CORS, with a refused preflight answered in the API's JSON error shape."""

    def preflight_response(self, request_headers: Headers) -> Response:
        answer = super().preflight_response(request_headers)
        if answer.status_code != 400:
            return answer
        reason = bytes(answer.body).decode()  # "Disallowed CORS origin, method"
        return errors.error_response(400, "cors_refused", f"{reason}: this widget's API allows pages of "
                              "the origins set in widget-origins, GET and POST, and Content-Type")


def widget_app(site: Site) -> FastAPI:
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    app.state.site = site
    errors.install(app)
    app.add_middleware(Cors, allow_origins=list(site.widget_origins), allow_credentials=False,
                       allow_methods=["GET", "POST"], allow_headers=["Content-Type"], max_age=600)

    @app.get("/articles/{article_id}")
    def thread(article_id: str, limit: Annotated[int, Query(ge=1, le=100)] = 20,
               after: RowId | None = None) -> dict[str, Any]:
        t = threads.thread(site, article_id, limit, after)
        return {"article": {"id": t.article.id, "title": t.article.title, "open": t.article.open},
                "comments": [thread_node(n).model_dump(mode="json") for n in t.comments],
                "total": t.total, "next_after": t.next_after,
                "policy": policy_json(site),
                "sign_in": "token" if site.widget_secret else "guest"}

    key = readers.guest_key(site.db)
    # Per reader, and per client address so that fresh guest identities do not escape them.
    guests = rate_limit(site.db, "guests", 20, 3600, "too many new guest identities from this address")
    posts = rate_limit(site.db, "posts", 6, 60, "too many comments in a short time")
    posts_from = rate_limit(site.db, "posts-from", 30, 60,
                            "too many comments from this address in a short time")
    reports = rate_limit(site.db, "reports", 20, 600, "too many reports in a short time")
    reports_from = rate_limit(site.db, "reports-from", 40, 600,
                              "too many reports from this address in a short time")

    @app.post("/guests", status_code=201)
    def guest(request: Request) -> dict[str, str]:
        """A new guest identity: the id is public, the token is for this browser only."""
        guests.check(client_address(request))
        guest_id, token = readers.new_guest(key)
        return {"id": guest_id, "token": token}

    def reader_of(body: ReaderIn) -> readers.Reader:
        return readers.identify(site.widget_secret, body.token, body.guest_token, body.name, key)

    @app.post("/comments", status_code=201)
    def post(body: WidgetComment, request: Request) -> dict[str, Any]:
        reader = reader_of(body.reader)
        posts.check(reader.id)
        posts_from.check(client_address(request))
        posted = comments.post_comment(site, WIDGET, comments.NewComment(
            body.article_id, reader.id, body.text, reader.name, body.parent_id))
        c = posted.comment
        return {"id": c.id, "status": c.status.value, "message": MESSAGES[c.status],
                "reasons": [{"code": r["code"], "message": r["message"]} for r in c.reasons
                            if c.status is Status.REJECTED],
                "standing": standing_json(posted.standing)}

    @app.post("/articles/{article_id}/mine")
    def mine(article_id: str, body: WidgetReader) -> dict[str, Any]:
        """The reader's own comments on the article that wait for a moderator (theirs to see)."""
        reader = reader_of(body.reader)
        pending = threads.pending_of(site, article_id, reader.id)
        return {"pending": [{"id": p.id, "parent_id": p.parent_id, "text": p.text,
                             "created_at": p.created_at.isoformat()} for p in pending],
                "standing": standing_json(users.standing(site, reader.id))}

    @app.post("/appeals", status_code=201)
    def appeal(body: WidgetAppeal) -> dict[str, Any]:
        """A suspended or banned reader asks a moderator to reinstate them."""
        reader = reader_of(body.reader)
        users.appeal(site, WIDGET, reader.id, body.text)
        return {"message": "Your appeal is with the moderators. You will see the outcome here."}

    @app.post("/comments/{comment_id}/reports", status_code=201)
    def report(comment_id: RowId, body: WidgetReport, request: Request) -> dict[str, Any]:
        reader = reader_of(body.reader)
        reports.check(reader.id)
        reports_from.check(client_address(request))
        # Distinct reporters are counted by what one client cannot multiply: a signed-in reader's
        # id, or for guests the client's address (however many guest identities it asks for).
        reporter = reader.id if site.widget_secret else readers.address_reporter(key, client_address(request))
        try:
            moderation.report(site, WIDGET, comment_id, reporter, body.reason)
        except ConflictError as exc:
            if "already reported" not in exc.message:
                raise
        return {"message": "Thank you. A moderator will look at it."}

    return app


def demo_page(site: Site, request: Request) -> HTMLResponse:
    """An article of our own with the widget under it: what a publisher's page would look like."""
    try:
        threads.get_article(site, DEMO_ARTICLE)
    except NotFoundError:
        with contextlib.suppress(ConflictError):
            threads.create_article(site, WIDGET, DEMO_ARTICLE, "The night ferry still runs", "/demo")
    return templates.TemplateResponse(request, "demo.html", {"article_id": DEMO_ARTICLE})
