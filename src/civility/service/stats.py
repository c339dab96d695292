"""The figures of the moderators' dashboard."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from civility.domain import Comment, Status
from civility.service import records
from civility.service.moderation import in_queue
from civility.service.site import Site
from civility.store.tables import Article, AuditRow, CommentRow

OUTCOMES = (Status.PUBLISHED.value, Status.HELD.value, Status.REJECTED.value)


@dataclass(frozen=True)
class Dashboard:
    days: list[date]
    per_day: dict[str, list[int]]  # outcome -> count for each of ``days``
    queue_size: int
    oldest_waiting: timedelta | None
    categories: list[tuple[str, int]]  # reason codes of held and rejected comments, most common first
    overruled: list[Comment]  # where a moderator's decision differs from the engine's, newest first
    total: int
    week: Week


@dataclass(frozen=True)
class Precision:
    """For one category: comments the engine held or rejected for it that a moderator decided."""

    category: str
    held_decided: int
    held_published: int  # held, then published by a moderator
    rejected_reviewed: int
    rejected_published: int  # rejected, then published by a moderator: the engine was wrong

    @property
    def reversed_share(self) -> float:
        n = self.held_decided + self.rejected_reviewed
        return (self.held_published + self.rejected_published) / n if n else 0.0


@dataclass(frozen=True)
class Week:
    """The last seven days, as a weekly meeting reads them."""

    outcomes: dict[str, int]  # comments by status now
    decisions: int  # moderators' decisions
    median_wait: timedelta | None  # from posting to a moderator's decision
    p90_wait: timedelta | None
    precision: list[Precision]
    busiest: list[tuple[str, str, int]]  # article id, title, comments


def dashboard(site: Site, days: int = 14) -> Dashboard:
    now = site.clock()
    first = (now - timedelta(days=days - 1)).date()
    start = datetime.combine(first, datetime.min.time(), tzinfo=now.tzinfo)
    span = [first + timedelta(days=i) for i in range(days)]
    per_day = {o: [0] * days for o in OUTCOMES}
    with site.db.reading() as session:
        day = func.date(CommentRow.created_at)
        rows = session.execute(select(day, CommentRow.status, func.count())
                               .where(CommentRow.created_at >= start).group_by(day, CommentRow.status))
        for when, status, n in rows:
            d = when if isinstance(when, date) else date.fromisoformat(str(when)[:10])
            if status in per_day and first <= d <= span[-1]:
                per_day[status][(d - first).days] += int(n)
        queue = select(func.count(), func.min(CommentRow.created_at)).where(
            in_queue(site.policy.reports.queue_after))
        size, oldest = session.execute(queue).one()
        codes: Counter[str] = Counter()
        for reasons in session.scalars(select(CommentRow.reasons).where(
                CommentRow.created_at >= start, CommentRow.engine_status != Status.PUBLISHED.value)
                .order_by(CommentRow.id.desc()).limit(5000)):
            codes.update({r["code"] for r in reasons})
        overruled = session.scalars(select(CommentRow).where(
            CommentRow.status != CommentRow.engine_status,
            CommentRow.status.in_([Status.PUBLISHED.value, Status.REJECTED.value]))
            .order_by(CommentRow.updated_at.desc()).limit(20))
        overruled_list = [records.comment(r) for r in overruled]
        total = int(session.scalar(select(func.count()).select_from(CommentRow)) or 0)
        week = _week(session, site, now - timedelta(days=7))
    waiting = now - oldest if oldest is not None else None
    return Dashboard(span, per_day, int(size or 0), waiting, codes.most_common(), overruled_list, total,
                     week)


def _quantile(spans: list[timedelta], q: float) -> timedelta | None:
    if not spans:
        return None
    spans = sorted(spans)
    return spans[min(len(spans) - 1, int(q * len(spans)))]


def _week(session: Session, site: Site, start: datetime) -> Week:
    outcomes = {status: int(n) for status, n in session.execute(
        select(CommentRow.status, func.count()).where(CommentRow.created_at >= start)
        .group_by(CommentRow.status))}
    decided = session.execute(
        select(AuditRow.at, AuditRow.detail, CommentRow.created_at, CommentRow.engine_status,
               CommentRow.reasons)
        .join(CommentRow, CommentRow.id == AuditRow.comment_id)
        .where(AuditRow.event == "comment.decided", AuditRow.at >= start)
        .order_by(AuditRow.id.desc()).limit(20_000)).all()
    # time to a decision: for comments that were waiting (held), not for later reversals
    waits = [at - created for at, detail, created, _, _ in decided
             if detail.get("before") == Status.HELD.value]
    table: dict[str, list[int]] = {}
    categories = {c.value for c in site.policy.categories}
    for _, detail, _, engine, reasons in decided:
        if engine == Status.PUBLISHED.value:
            continue
        published = detail.get("after") == Status.PUBLISHED.value
        for code in {r.get("code") for r in reasons} & categories:
            row = table.setdefault(str(code), [0, 0, 0, 0])
            k = 0 if engine == Status.HELD.value else 2
            row[k] += 1
            row[k + 1] += int(published)
    counts = func.count(CommentRow.id)
    busiest = session.execute(
        select(Article.id, Article.title, counts).join(CommentRow, CommentRow.article_id == Article.id)
        .where(CommentRow.created_at >= start).group_by(Article.id, Article.title)
        .order_by(counts.desc(), Article.id).limit(5)).all()
    return Week(outcomes, len(decided), _quantile(waits, 0.5), _quantile(waits, 0.9),
                sorted((Precision(c, *v) for c, v in table.items()), key=lambda p: p.category),
                [(a, t, int(n)) for a, t, n in busiest])

