"""The moderator's pages, rendered on the server; a signed-in session (cookie) is needed."""

from __future__ import annotations

import secrets
from datetime import timedelta
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from civility.domain import CATEGORIES
from civility.errors import NotFoundError
from civility.service import desk, moderation, staff, stats, users
from civility.service.secret import same_secret
from civility.service.stats import Dashboard
from civility.web.auth import site_of
from civility.web.limits import RateLimit, client_address
from civility.web.pages.describe import sentence
from civility.web.pages.highlight import segments
from civility.web.schemas import RowId

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).parents[1] / "templates"))
templates.env.filters["sentence"] = sentence
COOKIE = "civility_session"
LOGIN_COOKIE = "civility_login"


def current(request: Request) -> staff.Session | None:
    return staff.session_for(site_of(request).db, request.cookies.get(COOKIE))


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def render(request: Request, name: str, session: staff.Session | None, page: str = "",
           status: int = 200, **context: Any) -> HTMLResponse:
    counts = desk.counts(site_of(request)) if session else None
    return templates.TemplateResponse(request, name, {
        "who": session.caller.actor if session else None, "csrf": session.csrf if session else None,
        "page": page, "counts": counts, **context}, status_code=status)


def _to_login() -> RedirectResponse:
    return RedirectResponse("/moderate/login", status_code=303)


def reject_reasons(request: Request) -> list[tuple[str, str]]:
    policy = site_of(request).policy
    return [(c.value, f"{c.value.replace('_', ' ')}") for c in CATEGORIES if c in policy.categories] + [
        ("other", "other")]


@router.get("/moderate/login")
def login_form(request: Request) -> Response:
    """The login page. It shows no text from the request: an error is only ever the server's."""
    return login_page(request)


def login_page(request: Request, error: str = "") -> Response:
    token = secrets.token_urlsafe(16)
    response = render(request, "login.html", None, login_csrf=token, error=error)
    response.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", secure=_secure(request),
                        path="/moderate/login")
    return response


@router.post("/moderate/login")
async def login(request: Request) -> Response:
    form = await request.form()
    sent, expected = str(form.get("csrf", "")), request.cookies.get(LOGIN_COOKIE, "")
    if not expected or not same_secret(sent, expected):
        return login_page(request, "The form had expired. Please try again.")
    from starlette.concurrency import run_in_threadpool

    username = str(form.get("username", "")).strip()
    address = client_address(request)
    keys = [f"ip:{address}"] + ([f"user:{username}"] if username else [])
    failed: RateLimit = request.app.state.failed_logins  # per address and per username
    waits = [w for w in (failed.retry_after(k, count=False) for k in keys) if w is not None]
    if waits:
        response = login_page(request, f"Too many failed logins. Try again in {max(waits)} seconds.")
        response.status_code = 429
        response.headers["Retry-After"] = str(max(waits))
        return response
    made = await run_in_threadpool(staff.log_in, site_of(request).db, key=str(form.get("key", "")),
                                   username=username, password=str(form.get("password", "")))
    if made is None:
        for k in keys:
            failed.retry_after(k)  # count the failure
        response = login_page(request, "That username and password, or key, did not work.")
        response.status_code = 401
        return response
    token, _session = made
    response = RedirectResponse("/moderate/", status_code=303)
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", secure=_secure(request),
                        max_age=staff.SESSION_HOURS * 3600, path="/")
    response.delete_cookie(LOGIN_COOKIE, path="/moderate/login")
    return response


@router.post("/moderate/logout")
async def logout(request: Request) -> Response:
    form = await request.form()
    session = current(request)
    token = request.cookies.get(COOKIE)
    if session is not None and token and same_secret(str(form.get("csrf", "")), session.csrf):
        staff.log_out(site_of(request).db, token)
    response = _to_login()
    response.delete_cookie(COOKIE, path="/")
    return response


@router.get("/moderate/")
def queue_page(request: Request, after: RowId | None = None) -> Response:
    session = current(request)
    if session is None:
        return _to_login()
    site = site_of(request)
    items = moderation.queue(site, 51, after)
    more = len(items) > 50
    items = items[:50]
    view = []
    for item in items:
        reasons = item.comment.reasons
        top = next((r["code"] for r in reasons if r["code"] in {c.value for c in CATEGORIES}), "other")
        view.append({"comment": item.comment, "article_title": item.article_title, "why": item.why,
                     "reports": item.reports, "author": item.author, "top_reason": top,
                     "segments": segments(item.comment.text, reasons)})
    return render(request, "queue.html", session, "queue", items=view,
                  next_after=items[-1].comment.id if more and items else None,
                  reject_reasons=reject_reasons(request))


@router.get("/moderate/comments/{comment_id}")
def comment_page(request: Request, comment_id: RowId) -> Response:
    session = current(request)
    if session is None:
        return _to_login()
    try:
        comment, history = moderation.history(site_of(request), comment_id)
    except NotFoundError as exc:
        return render(request, "base.html", session, status=404, error=exc.message)
    return render(request, "comment.html", session, comment=comment, history=history,
                  segs=segments(comment.text, comment.reasons), reject_reasons=reject_reasons(request))


@router.get("/moderate/users/{user_id}")
def user_page(request: Request, user_id: str) -> Response:
    session = current(request)
    if session is None:
        return _to_login()
    site = site_of(request)
    try:
        detail = users.user_detail(site, user_id)
    except NotFoundError as exc:
        return render(request, "base.html", session, status=404, error=exc.message)
    default = site.policy.standing.suspension_hours
    lengths = sorted({*SUSPENSIONS, default})
    return render(request, "user.html", session, user=detail, notes=desk.user_notes(site, user_id),
                  names=desk.names_used(site, user_id),
                  suspension_lengths=[(h, _hours(h)) for h in lengths], default_hours=default)


SUSPENSIONS = (1, 24, 72, 24 * 7, 24 * 30, 24 * 90)


def _hours(h: int) -> str:
    if h % 24:
        return f"{h} hour{'s' if h != 1 else ''}"
    days = h // 24
    return f"{days} day{'s' if days != 1 else ''}"


def _chart(d: Dashboard, width: int = 700, height: int = 200, pad: int = 44) -> dict[str, Any]:
    """Stacked bars per day, with the count axis (0, half, top) and the dates written on it."""
    n = len(d.days)
    totals = [sum(d.per_day[o][i] for o in d.per_day) for i in range(n)]
    top = _round_up(max([*totals, 1]))
    slot = (width - pad) / n
    bars, ticks = [], []
    for i, day in enumerate(d.days):
        y = float(height)
        for outcome in ("published", "held", "rejected"):
            count = d.per_day[outcome][i]
            h = height * count / top
            y -= h
            if count:
                bars.append({"outcome": outcome, "x": round(pad + i * slot + 2, 1), "y": round(y, 1),
                             "w": round(slot - 4, 1), "h": round(h, 1),
                             "label": f"{day.isoformat()}: {count} {outcome}"})
        if (n - 1 - i) % max(1, n // 7) == 0:  # the last day always has its date
            ticks.append({"x": round(pad + i * slot + 2, 1), "label": day.strftime("%d %b")})
    values = [{"y": round(height - height * v / top, 1), "label": str(v)} for v in (0, top // 2, top)]
    return {"width": width, "height": height, "bars": bars, "ticks": ticks, "levels": values, "pad": pad}


def _round_up(n: int) -> int:
    """The axis's top: ``n`` rounded up to an even 1, 2 or 5 times a power of ten."""
    step = 1
    while True:
        for m in (1, 2, 5):
            if n <= 2 * m * step:
                return 2 * m * step
        step *= 10


def _age(span: timedelta | None, none: str = "nothing") -> str:
    if span is None:
        return none
    minutes = int(span.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h {minutes % 60} min"
    return f"{minutes // 1440} days"


@router.get("/moderate/dashboard")
def dashboard_page(request: Request) -> Response:
    session = current(request)
    if session is None:
        return _to_login()
    d = stats.dashboard(site_of(request))
    return render(request, "dashboard.html", session, "dashboard", d=d, chart=_chart(d),
                  waiting=_age(d.oldest_waiting), share_total=max(1, sum(n for _, n in d.categories)),
                  median_wait=_age(d.week.median_wait, "none yet"), p90_wait=_age(d.week.p90_wait, "-"))
