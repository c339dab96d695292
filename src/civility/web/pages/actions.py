"""What the moderator's buttons and keys do: JSON requests with the session cookie and its CSRF
token in ``X-CSRF-Token``; they call the same service functions as the REST API."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Header, Request
from pydantic import BaseModel, Field

from civility.errors import CivilityError
from civility.service import moderation, staff, users
from civility.service.secret import same_secret
from civility.web.auth import site_of
from civility.web.errors import ApiError
from civility.web.pages.routes import current
from civility.web.schemas import Hours

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
    new = users.set_standing(site_of(request), session.caller, body.user_id, body.action, body.hours)
    return {"user_id": body.user_id, "state": new.state.value,
            "until": new.until.isoformat() if new.until else None}
