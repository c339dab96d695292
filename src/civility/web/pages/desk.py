"""The desk beyond the queue: every comment with search and filters, reports, appeals and
articles. Each page reads the service; the buttons post to ``actions``."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from civility.domain import CATEGORIES, Comment
from civility.errors import CivilityError, InputError, NotFoundError
from civility.service import desk, threads
from civility.service.moderation import ReportRecord
from civility.web.auth import site_of
from civility.web.pages.highlight import segments
from civility.web.pages.routes import _to_login, current, reject_reasons, render
from civility.web.schemas import RowId

router = APIRouter(include_in_schema=False)
VIEW_NAMES = {"held": "Held", "reported": "Reported", "rejected": "Rejected", "approved": "Published",
              "all": "All"}


def _number(value: str, what: str, kind: type[float] | type[int]) -> float | int | None:
    value = value.strip()
    if not value:
        return None
    try:
        return kind(value)
    except ValueError:
        raise InputError(f"{what} must be a number") from None


def _date(value: str, what: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{what} must be a date (YYYY-MM-DD)") from None


Text = Annotated[str, Query(max_length=500)]


def _card(comment: Comment, article_title: str, reports: list[ReportRecord] | None = None
          ) -> dict[str, Any]:
    """What ``_card.html`` shows of one comment."""
    return {"comment": comment, "article_title": article_title, "reports": reports or [],
            "segments": segments(comment.text, comment.reasons)}


@router.get("/moderate/comments")
def comments_page(request: Request, view: Text = "all", q: Text = "", author: Text = "",
                  article: Text = "", reason: Text = "", category: Text = "", min: Text = "",
                  max: Text = "", new: Text = "", since: Text = "", until: Text = "",
                  before: RowId | None = None) -> Response:
    session = current(request)
    if session is None:
        return _to_login()
    site = site_of(request)
    form = {"view": view, "q": q, "author": author, "article": article, "reason": reason,
            "category": category, "min": min, "max": max, "new": new, "since": since, "until": until}
    error, page = "", desk.Page([], None)
    try:
        f = desk.Filters(view, q, author, article, reason, category,
                         _number(min, "the lowest score", float), _number(max, "the highest score", float),
                         _number(new, "new commenters", int),  # type: ignore[arg-type]
                         _date(since, "from"), _date(until, "to"))
        page = desk.search(site, f, 50, before)
    except CivilityError as exc:
        error = exc.message
    items = [_card(it.comment, it.article_title) for it in page.items]
    links = {v: "/moderate/comments?" + urlencode({**{k: x for k, x in form.items() if x}, "view": v})
             for v in VIEW_NAMES}
    more = ("/moderate/comments?" + urlencode({**{k: x for k, x in form.items() if x},
                                               "before": page.next_before})) if page.next_before else None
    codes = sorted({c.value for c in CATEGORIES} | {"banned_word", "suspect_word", "language",
                                                     "premoderation.new_user", "premoderation.link",
                                                     "premoderation.article"})
    return render(request, "comments.html", session, "comments", status=422 if error else 200,
                  items=items, form=form, views=VIEW_NAMES, links=links, more=more, error=error,
                  categories=[c.value for c in CATEGORIES if c in site.policy.categories],
                  codes=codes, reject_reasons=reject_reasons(request))


@router.get("/moderate/reports")
def reports_page(request: Request) -> Response:
    session = current(request)
    if session is None:
        return _to_login()
    rows = [_card(r.comment, r.article_title, r.reports) for r in desk.reports(site_of(request))]
    return render(request, "reports.html", session, "reports", items=rows,
                  reject_reasons=reject_reasons(request))


@router.get("/moderate/appeals")
def appeals_page(request: Request) -> Response:
    session = current(request)
    if session is None:
        return _to_login()
    cases = desk.appeals(site_of(request))
    return render(request, "appeals.html", session, "appeals", cases=cases,
                  segs={c.id: segments(c.text, c.reasons) for case in cases for c in case.rejected})


@router.get("/moderate/articles")
def articles_page(request: Request, q: Text = "") -> Response:
    session = current(request)
    if session is None:
        return _to_login()
    found = desk.articles(site_of(request), text=q)
    return render(request, "articles.html", session, "articles", articles=found, q=q)


@router.get("/moderate/articles/{article_id}")
def article_page(request: Request, article_id: str) -> Response:
    session = current(request)
    if session is None:
        return _to_login()
    site = site_of(request)
    try:
        article = threads.get_article(site, article_id)
    except NotFoundError as exc:
        return render(request, "base.html", session, status=404, error=exc.message)
    found = desk.search(site, desk.Filters(article_id=article_id), 50)
    items = [_card(it.comment, it.article_title) for it in found.items]
    return render(request, "article.html", session, "articles", article=article,
                  by_status=desk.article_counts(site, article_id), items=items,
                  reject_reasons=reject_reasons(request))
