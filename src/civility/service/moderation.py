"""The moderation queue, moderators' decisions and readers' reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session

from civility.domain import AuditEntry, Caller, Comment, Status, UserStanding
from civility.errors import ConflictError, InputError
from civility.service import audit, records, users, webhooks
from civility.service.site import Site
from civility.store.tables import Article, CommentRow, Report, User

DECISIONS = {"approve": Status.PUBLISHED, "reject": Status.REJECTED}
MAX_REASON = 1000


@dataclass(frozen=True)
class ReportRecord:
    reporter_id: str
    reason: str
    created_at: datetime


@dataclass(frozen=True)
class AuthorHistory:
    id: str
    name: str | None
    standing: UserStanding
    comments: dict[str, int]
    strikes_total: int


@dataclass(frozen=True)
class QueueItem:
    comment: Comment
    article_title: str
    why: str  # "held" or "reported"
    reports: list[ReportRecord]
    author: AuthorHistory


@dataclass(frozen=True)
class Decided:
    comment: Comment
    standing: UserStanding  # the author's standing after the decision


def in_queue(policy_queue_after: int) -> ColumnElement[bool]:
    """Held comments, and published ones that enough readers have reported."""
    reported = and_(CommentRow.status == Status.PUBLISHED.value,
                    CommentRow.open_reports >= max(policy_queue_after, 1))
    return or_(CommentRow.status == Status.HELD.value, reported)


def queue(site: Site, limit: int = 50, after: int | None = None) -> list[QueueItem]:
    """Held and reader-reported comments, oldest first, with what a moderator needs to decide."""
    now = site.clock()
    with site.db.reading() as session:
        q = select(CommentRow).where(in_queue(site.policy.reports.queue_after))
        if after is not None:
            q = q.where(CommentRow.id > after)
        rows = list(session.scalars(q.order_by(CommentRow.id).limit(limit)))
        ids = [r.id for r in rows]
        titles = {aid: title for aid, title in session.execute(select(Article.id, Article.title).where(
            Article.id.in_({r.article_id for r in rows})))}
        reports: dict[int, list[ReportRecord]] = {}
        for rep in session.scalars(select(Report).where(Report.comment_id.in_(ids),
                                                        Report.resolved_at.is_(None)).order_by(Report.id)):
            reports.setdefault(rep.comment_id, []).append(
                ReportRecord(rep.reporter_id, rep.reason, rep.created_at))
        authors = {a: _history(session, site, a, now) for a in {r.author_id for r in rows}}
        return [QueueItem(records.comment(r), titles.get(r.article_id, r.article_id),
                          "reported" if r.id in reports else "held", reports.get(r.id, []),
                          authors[r.author_id]) for r in rows]


def queue_count(session: Session, site: Site) -> int:
    """Comments waiting in the queue."""
    return int(session.scalar(select(func.count()).select_from(CommentRow).where(
        in_queue(site.policy.reports.queue_after))) or 0)


def queue_size(site: Site) -> int:
    with site.db.reading() as session:
        return queue_count(session, site)


def _history(session: Session, site: Site, user_id: str, now: datetime) -> AuthorHistory:
    user = session.get(User, user_id)
    return AuthorHistory(user_id, user.name if user else None,
                         records.standing_of(session, user, site.policy, now),
                         records.status_counts(session, user_id), records.strikes_total(session, user_id))


def decide(site: Site, caller: Caller, comment_id: int, action: str, note: str | None = None,
           reason: str | None = None) -> Decided:
    """A moderator approves or rejects a comment. Rejecting adds a strike; approving a rejected
    comment takes its strike back. Every decision is kept, with whether it overruled the engine."""
    if action not in DECISIONS:
        raise InputError(f"unknown action {action!r}; use approve or reject")
    if reason is not None and reason not in {c.value for c in site.policy.categories} | {"other"}:
        raise InputError(f"unknown reason {reason!r}; use a policy category or 'other'")
    with site.db.writing() as session:
        now = site.clock()
        row = records.get_comment_row(session, comment_id)
        if row.status == Status.DELETED.value:
            raise ConflictError(f"comment {comment_id} was deleted at its author's request")
        before, after = row.status, DECISIONS[action]
        if before == after.value == Status.REJECTED.value:
            raise ConflictError(f"comment {comment_id} is already rejected")
        row.status, row.updated_at = after.value, now
        resolution = "dismissed" if action == "approve" else "upheld"
        session.execute(update(Report).where(Report.comment_id == comment_id, Report.resolved_at.is_(None))
                        .values(resolved_at=now, resolution=resolution))
        row.open_reports = 0
        audit.record(session, now, caller.actor, "comment.decided", comment_id=comment_id,
                     user_id=row.author_id, text=row.text, model_version=row.model_version,
                     policy_version=row.policy_version, note=note, action=action, reason=reason,
                     before=before, after=after.value, engine=row.engine_status,
                     overruled=row.engine_status != after.value)
        webhooks.enqueue(session, "comment.decided", {
            "comment_id": comment_id, "article_id": row.article_id, "author_id": row.author_id,
            "action": action, "before": before, "status": after.value, "moderator": caller.actor,
            "note": note, "reason": reason, "overruled_engine": row.engine_status != after.value}, now)
        user = session.get(User, row.author_id)
        assert user is not None
        if after is Status.REJECTED:
            standing = users.add_strike(session, site, user, comment_id, caller.actor, now)
        else:
            users.pardon_strike(session, comment_id, caller.actor, now)
            standing = records.standing_of(session, user, site.policy, now)
        return Decided(records.comment(row), standing)


@dataclass(frozen=True)
class Reported:
    comment_id: int
    reports: int
    in_queue: bool
    hidden: bool


def report(site: Site, caller: Caller, comment_id: int, reporter_id: str, reason: str) -> Reported:
    """A reader reports a published comment. Reports from several readers send it back to the queue
    (and, if the policy says so, hide it until a moderator decides)."""
    reporter_id, reason = reporter_id.strip(), reason.strip()
    if not reporter_id or len(reporter_id) > 200:
        raise InputError("reporter_id must be 1 to 200 characters")
    if not reason or len(reason) > MAX_REASON:
        raise InputError(f"reason must be 1 to {MAX_REASON} characters")
    rules = site.policy.reports
    with site.db.writing() as session:
        now = site.clock()
        row = records.get_comment_row(session, comment_id)
        if row.status != Status.PUBLISHED.value:
            raise ConflictError(f"comment {comment_id} is not published ({row.status}); only published "
                                "comments can be reported")
        if session.scalars(select(Report.id).where(Report.comment_id == comment_id,
                                                   Report.reporter_id == reporter_id)).first():
            raise ConflictError(f"reader {reporter_id!r} has already reported comment {comment_id}")
        session.add(Report(comment_id=comment_id, reporter_id=reporter_id, reason=reason, created_at=now))
        row.open_reports += 1
        audit.record(session, now, caller.actor, "comment.reported", comment_id=comment_id,
                     user_id=row.author_id, note=reason, reporter=reporter_id, reports=row.open_reports)
        hidden = bool(rules.hide_after) and row.open_reports >= rules.hide_after
        if hidden:
            row.status, row.updated_at = Status.HELD.value, now
            audit.record(session, now, "civility", "comment.hidden", comment_id=comment_id,
                         user_id=row.author_id, reports=row.open_reports)
        queued = hidden or row.open_reports >= max(rules.queue_after, 1)
        return Reported(comment_id, row.open_reports, queued, hidden)


def history(site: Site, comment_id: int) -> tuple[Comment, list[AuditEntry]]:
    """A comment and every act on it, oldest first."""
    with site.db.reading() as session:
        row = records.get_comment_row(session, comment_id)
        return records.comment(row), audit.entries(session, comment_id=comment_id, limit=10_000,
                                                   oldest_first=True)
