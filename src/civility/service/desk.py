"""What the moderator's desk reads beyond the queue: every comment with search and filters, the
reports grouped by comment, open appeals with what led to them, articles, notes on readers, and
taking back a decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, Select, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from civility.domain import AuditEntry, Caller, Comment, Status, UserStanding
from civility.errors import ConflictError, InputError
from civility.service import audit, moderation, records, users, webhooks
from civility.service.moderation import ReportRecord
from civility.service.site import Site
from civility.service.threads import ArticleRecord, article_record
from civility.store.tables import Appeal, Article, AuditRow, CommentRow, Report, Strike, User

VIEWS = ("held", "reported", "rejected", "approved", "all")
MAX_NOTE = 2000
SCAN = 400  # rows read per round when a filter is applied after the query
MAX_SCAN = 20_000  # rows one search reads at most; the page then says there may be more


@dataclass(frozen=True)
class Filters:
    """A search of the desk. Empty fields do not filter."""

    view: str = "all"
    text: str = ""
    author: str = ""  # id or display name, part of it
    article: str = ""  # id or title, part of it
    reason: str = ""  # a reason code the comment carries
    category: str = ""  # with min_score/max_score: a category's score range
    min_score: float | None = None
    max_score: float | None = None
    new_commenters: int | None = None  # only each reader's first N comments
    since: date | None = None
    until: date | None = None
    article_id: str = ""  # exactly this article

    def check(self) -> None:
        if self.view not in VIEWS:
            raise InputError(f"unknown view {self.view!r}; use one of: {', '.join(VIEWS)}")
        for name in ("min_score", "max_score"):
            value = getattr(self, name)
            if value is not None and not 0.0 <= value <= 1.0:
                raise InputError(f"{name.replace('_', ' ')} must be between 0 and 1")
        if self.min_score is not None and self.max_score is not None and self.min_score > self.max_score:
            raise InputError("the lowest score is above the highest")
        if (self.min_score is not None or self.max_score is not None) and not self.category:
            raise InputError("a score range needs a category")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not date(1970, 1, 1) <= value <= date(9999, 1, 1):
                raise InputError(f"{'from' if name == 'since' else 'to'} must be a date from 1970 to 9999")
        if self.new_commenters is not None and not 1 <= self.new_commenters <= 1000:
            raise InputError("new commenters must be a number of comments from 1 to 1000")


@dataclass(frozen=True)
class Found:
    comment: Comment
    article_title: str


@dataclass(frozen=True)
class Page:
    items: list[Found]
    next_before: int | None  # pass as ``before`` for the next (older) page


def _sql(site: Site, f: Filters) -> Select[CommentRow]:
    q = select(CommentRow).join(Article, Article.id == CommentRow.article_id)
    view: ColumnElement[bool] | None = {
        "held": CommentRow.status == Status.HELD.value,
        "reported": CommentRow.open_reports > 0,
        "rejected": CommentRow.status == Status.REJECTED.value,
        "approved": CommentRow.status == Status.PUBLISHED.value,
    }.get(f.view)
    if view is not None:
        q = q.where(view)
    if f.text.strip():
        q = q.where(func.lower(CommentRow.text).contains(f.text.strip().lower(), autoescape=True))
    if f.author.strip():
        a = f.author.strip().lower()
        q = q.where(or_(func.lower(CommentRow.author_id).contains(a, autoescape=True),
                        func.lower(CommentRow.author_name).contains(a, autoescape=True)))
    if f.article.strip():
        a = f.article.strip().lower()
        q = q.where(or_(func.lower(Article.id).contains(a, autoescape=True),
                        func.lower(Article.title).contains(a, autoescape=True)))
    if f.article_id:
        q = q.where(CommentRow.article_id == f.article_id)
    if f.since is not None:
        q = q.where(CommentRow.created_at >= datetime.combine(f.since, time.min, tzinfo=site.clock().tzinfo))
    if f.until is not None:
        end = datetime.combine(f.until + timedelta(days=1), time.min, tzinfo=site.clock().tzinfo)
        q = q.where(CommentRow.created_at < end)
    if f.new_commenters is not None:
        earlier = aliased(CommentRow)
        rank = select(func.count()).select_from(earlier).where(
            earlier.author_id == CommentRow.author_id, earlier.id < CommentRow.id).scalar_subquery()
        q = q.where(rank < f.new_commenters)
    return q


def _keeps(f: Filters, row: CommentRow) -> bool:
    """The filters on the JSON columns, read in Python: the same on SQLite and PostgreSQL."""
    if f.reason and f.reason not in {r.get("code") for r in row.reasons}:
        return False
    if f.category:
        score = row.scores.get(f.category)
        if score is None:
            return False
        if f.min_score is not None and score < f.min_score:
            return False
        if f.max_score is not None and score > f.max_score:
            return False
    return True


def search(site: Site, f: Filters, limit: int = 50, before: int | None = None) -> Page:
    """Comments that match, newest first."""
    f.check()
    base = _sql(site, f)
    found: list[CommentRow] = []
    cursor, read, exhausted = before, 0, False
    with site.db.reading() as session:
        while len(found) <= limit and read < MAX_SCAN and not exhausted:
            q = base if cursor is None else base.where(CommentRow.id < cursor)
            rows = list(session.scalars(q.order_by(CommentRow.id.desc()).limit(SCAN)))
            read += len(rows)
            found.extend(r for r in rows if _keeps(f, r))
            exhausted = len(rows) < SCAN
            cursor = rows[-1].id if rows else cursor
        ids = {r.article_id for r in found[:limit]}
        titles = dict(session.execute(select(Article.id, Article.title).where(Article.id.in_(ids))).all())
        items = [Found(records.comment(r), titles.get(r.article_id, r.article_id)) for r in found[:limit]]
    if len(found) > limit:  # more matches than a page: the next page starts after the last shown
        next_before: int | None = found[limit - 1].id
    else:  # the scan stopped at its bound before the end: the next page goes on from there
        next_before = None if exhausted else cursor
    return Page(items, next_before)


@dataclass(frozen=True)
class ReportedComment:
    comment: Comment
    article_title: str
    reports: list[ReportRecord]


def reports(site: Site, limit: int = 100) -> list[ReportedComment]:
    """Comments with open reports, the most reported first, each with every reporter's reason."""
    with site.db.reading() as session:
        counts = select(Report.comment_id, func.count().label("n")).where(
            Report.resolved_at.is_(None)).group_by(Report.comment_id).subquery()
        rows = session.execute(select(CommentRow, Article.title)
                               .join(counts, counts.c.comment_id == CommentRow.id)
                               .join(Article, Article.id == CommentRow.article_id)
                               .order_by(counts.c.n.desc(), CommentRow.id).limit(limit)).all()
        ids = [r.id for r, _ in rows]
        by: dict[int, list[ReportRecord]] = {}
        for rep in session.scalars(select(Report).where(Report.comment_id.in_(ids),
                                                        Report.resolved_at.is_(None)).order_by(Report.id)):
            by.setdefault(rep.comment_id, []).append(
                ReportRecord(rep.reporter_id, rep.reason, rep.created_at))
        return [ReportedComment(records.comment(r), title, by.get(r.id, [])) for r, title in rows]


@dataclass(frozen=True)
class AppealCase:
    id: int
    user_id: str
    user_name: str | None
    text: str  # the reader's words
    created_at: datetime
    standing: UserStanding
    rejected: list[Comment]  # the reader's rejected comments, newest first: what led here


def appeals(site: Site, limit: int = 100) -> list[AppealCase]:
    """Open appeals, oldest first, with the comments that led to them."""
    now = site.clock()
    with site.db.reading() as session:
        out = []
        open_ = select(Appeal).where(Appeal.status == "open").order_by(Appeal.id).limit(limit)
        for row in session.scalars(open_):
            user = session.get(User, row.user_id)
            rejected = session.scalars(select(CommentRow).where(
                CommentRow.author_id == row.user_id, CommentRow.status == Status.REJECTED.value)
                .order_by(CommentRow.id.desc()).limit(3))
            out.append(AppealCase(row.id, row.user_id, user.name if user else None, row.text, row.created_at,
                                  records.standing_of(session, user, site.policy, now),
                                  [records.comment(c) for c in rejected]))
        return out


@dataclass(frozen=True)
class ArticleSummary:
    article: ArticleRecord
    counts: dict[str, int]  # comments by status


def _by_status(session: Session, article_ids: list[str]) -> dict[str, dict[str, int]]:
    """Per article, its comments counted by status."""
    counts: dict[str, dict[str, int]] = {}
    for aid, status, n in session.execute(
            select(CommentRow.article_id, CommentRow.status, func.count())
            .where(CommentRow.article_id.in_(article_ids))
            .group_by(CommentRow.article_id, CommentRow.status)):
        counts.setdefault(aid, {})[status] = int(n)
    return counts


def articles(site: Site, limit: int = 100, text: str = "") -> list[ArticleSummary]:
    """Articles, the newest first, with their comments counted by status."""
    with site.db.reading() as session:
        q = select(Article).order_by(Article.created_at.desc(), Article.id).limit(limit)
        if text.strip():
            t = text.strip().lower()
            q = q.where(or_(func.lower(Article.id).contains(t, autoescape=True),
                            func.lower(Article.title).contains(t, autoescape=True)))
        rows = list(session.scalars(q))
        counts = _by_status(session, [r.id for r in rows])
        return [ArticleSummary(article_record(r), counts.get(r.id, {})) for r in rows]


def article_counts(site: Site, article_id: str) -> dict[str, int]:
    """One article's comments by status."""
    with site.db.reading() as session:
        return _by_status(session, [article_id]).get(article_id, {})


def note_user(site: Site, caller: Caller, user_id: str, text: str) -> AuditEntry:
    """A moderator's note on a reader, for every moderator to see (the reader never does)."""
    text = text.strip()
    if not text or len(text) > MAX_NOTE:
        raise InputError(f"a note must be 1 to {MAX_NOTE} characters")
    with site.db.writing() as session:
        now = site.clock()
        users.get_user_row(session, user_id)
        audit.record(session, now, caller.actor, "user.noted", user_id=user_id, note=text)
        row = session.scalars(select(AuditRow).where(AuditRow.user_id == user_id,
                                                     AuditRow.event == "user.noted")
                              .order_by(AuditRow.id.desc()).limit(1)).one()
        return audit.entry(row)


def user_notes(site: Site, user_id: str) -> list[AuditEntry]:
    with site.db.reading() as session:
        return audit.entries(session, user_id=user_id, event="user.noted", limit=200)


def undo(site: Site, caller: Caller, comment_id: int) -> Comment:
    """Take back the caller's last decision on a comment, if nothing has happened to it since: the
    comment returns to where it was (the queue, most often), its reports are open again, and a
    strike the decision added is taken back (one it took back is given again)."""
    with site.db.writing() as session:
        now = site.clock()
        row = records.get_comment_row(session, comment_id)
        last = session.scalars(select(AuditRow).where(AuditRow.comment_id == comment_id)
                               .where(AuditRow.event.in_(("comment.decided", "comment.decision_undone",
                                                           "comment.reported", "comment.deleted")))
                               .order_by(AuditRow.id.desc()).limit(1)).first()
        if last is None or last.event != "comment.decided":
            raise ConflictError(f"comment {comment_id} has no decision to undo")
        if last.actor != caller.actor:
            raise ConflictError(f"the last decision on comment {comment_id} was {last.actor}'s, not yours")
        before, after = str(last.detail.get("before")), str(last.detail.get("after"))
        if row.status != after:
            raise ConflictError(f"comment {comment_id} has changed since the decision")
        row.status, row.updated_at = before, now
        reopened = session.execute(update(Report).where(
            Report.comment_id == comment_id, Report.resolved_at == last.at).values(
            resolved_at=None, resolution=None))
        row.open_reports += users.changed_rows(reopened)
        # exactly the strike the decision gave (made at its time) or took back (pardoned then)
        given = session.execute(update(Strike).where(
            Strike.comment_id == comment_id, Strike.created_at == last.at, Strike.pardoned_at.is_(None))
            .values(pardoned_at=now))
        taken = session.execute(update(Strike).where(
            Strike.comment_id == comment_id, Strike.pardoned_at == last.at).values(pardoned_at=None))
        audit.record(session, now, caller.actor, "comment.decision_undone", comment_id=comment_id,
                     user_id=row.author_id, before=after, after=before, undid=last.id,
                     strike_taken_back=users.changed_rows(given), strike_given_back=users.changed_rows(taken))
        webhooks.enqueue(session, "comment.decided", {
            "comment_id": comment_id, "article_id": row.article_id, "author_id": row.author_id,
            "action": "undo", "before": after, "status": before, "moderator": caller.actor}, now)
        return records.comment(row)


def counts(site: Site) -> dict[str, int]:
    """The queue, open reports (by comment) and open appeals: the numbers in the navigation."""
    with site.db.reading() as session:
        queue = moderation.queue_count(session, site)
        reported = session.scalar(select(func.count(func.distinct(Report.comment_id))).where(
            Report.resolved_at.is_(None)))
        appeals = session.scalar(select(func.count()).select_from(Appeal).where(Appeal.status == "open"))
        return {"queue": queue, "reports": int(reported or 0), "appeals": int(appeals or 0)}


def names_used(site: Site, user_id: str, limit: int = 20) -> list[str]:
    """The display names a reader has typed on their comments. A guest's identity is the one the
    server issued, so several names from one browser are one reader, shown with every name."""
    with site.db.reading() as session:
        q = (select(CommentRow.author_name).where(CommentRow.author_id == user_id,
                                                   CommentRow.author_name.is_not(None))
             .group_by(CommentRow.author_name).order_by(func.min(CommentRow.id)).limit(limit))
        return [str(n) for n in session.scalars(q)]
