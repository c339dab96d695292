"""What the moderator's buttons and keys do: JSON requests with the session cookie and its CSRF
token in ``X-CSRF-Token``; they call the same service functions as the REST API."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Header, Request
from pydantic import BaseModel, Field

from civility.errors import CivilityError
from civility.service import desk, moderation, staff, threads, users
from civility.service.secret import same_secret
from civility.web.auth import site_of
from civility.web.errors import ApiError
from civility.web.pages.routes import current
from civility.web.schemas import Hours, RowId

router = APIRouter(include_in_schema=False)


class DecideIn(BaseModel):
    ids: list[int] = Field(min_length=1, max_length=200)
    action: Literal["approve", "reject"]
    reason: str | None = None
    note: str | None = Field(default=None, max_length=2000)


class StandingIn(BaseModel):
    user_id: str = Field(min_length=1, max_length=200)
    action: Literal["suspend", "ban", "reinstate"]
    hours: Hours | None = None
    reason: str | None = Field(default=None, max_length=500, description="What the reader is told.")


class UndoIn(BaseModel):
    id: RowId


class NoteIn(BaseModel):
    user_id: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1, max_length=desk.MAX_NOTE)


class AppealIn(BaseModel):
    id: RowId
    action: Literal["grant", "deny"]
    note: str | None = Field(default=None, max_length=2000)


class ArticleIn(BaseModel):
    id: str = Field(min_length=1, max_length=200)
    open: bool | None = None
    premoderate: bool | None = None


def _session(request: Request, token: str | None) -> staff.Session:
    session = current(request)
    if session is None:
        raise ApiError(401, "unauthenticated", "your session has ended; log in again")
    if not token or not same_secret(token, session.csrf):
        raise ApiError(403, "csrf", "the page is out of date (CSRF token); reload it")
    return session


@router.post("/moderate/actions/decide")
def decide(body: DecideIn, request: Request,
           x_csrf_token: Annotated[str | None, Header()] = None) -> dict[str, object]:
    """Approve or reject one or several comments; each is decided on its own."""
    session = _session(request, x_csrf_token)
    done, failed = [], {}
    for comment_id in body.ids:
        try:
            d = moderation.decide(site_of(request), session.caller, comment_id, body.action, body.note,
                                  body.reason if body.action == "reject" else None)
            done.append({"id": comment_id, "status": d.comment.status.value,
                         "author_standing": d.standing.state.value})
        except CivilityError as exc:
            failed[str(comment_id)] = exc.message
    return {"done": done, "failed": failed}


@router.post("/moderate/actions/standing")
def standing(body: StandingIn, request: Request,
             x_csrf_token: Annotated[str | None, Header()] = None) -> dict[str, object]:
    session = _session(request, x_csrf_token)
    reason = (body.reason or "").strip() or None
    new = users.set_standing(site_of(request), session.caller, body.user_id, body.action, body.hours, reason)
    return {"user_id": body.user_id, "state": new.state.value,
            "until": new.until.isoformat() if new.until else None}


@router.post("/moderate/actions/undo")
def undo(body: UndoIn, request: Request,
         x_csrf_token: Annotated[str | None, Header()] = None) -> dict[str, object]:
    """Take back the moderator's last decision on a comment."""
    session = _session(request, x_csrf_token)
    comment = desk.undo(site_of(request), session.caller, body.id)
    return {"id": comment.id, "status": comment.status.value}


@router.post("/moderate/actions/note")
def note(body: NoteIn, request: Request,
         x_csrf_token: Annotated[str | None, Header()] = None) -> dict[str, object]:
    session = _session(request, x_csrf_token)
    entry = desk.note_user(site_of(request), session.caller, body.user_id, body.text)
    return {"user_id": body.user_id, "by": entry.actor, "at": entry.at.isoformat(), "text": entry.note}


@router.post("/moderate/actions/appeal")
def appeal(body: AppealIn, request: Request,
           x_csrf_token: Annotated[str | None, Header()] = None) -> dict[str, object]:
    session = _session(request, x_csrf_token)
    decided = users.decide_appeal(site_of(request), session.caller, body.id, body.action, body.note)
    return {"id": decided.id, "status": decided.status, "user_id": decided.user_id}


@router.post("/moderate/actions/article")
def article(body: ArticleIn, request: Request,
            x_csrf_token: Annotated[str | None, Header()] = None) -> dict[str, object]:
    session = _session(request, x_csrf_token)
    a = threads.update_article(site_of(request), session.caller, body.id, open=body.open,
                               premoderate=body.premoderate)
    return {"id": a.id, "open": a.open, "premoderate": a.premoderate}


@router.get("/moderate/actions/counts")
def counts(request: Request) -> dict[str, int]:
    """What the navigation shows, for the page to keep it current."""
    if current(request) is None:
        raise ApiError(401, "unauthenticated", "your session has ended; log in again")
    return desk.counts(site_of(request))
