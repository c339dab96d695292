"""The figures of the moderators' dashboard."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from civility.domain import Comment, Status
from civility.service import records
from civility.service.moderation import in_queue
from civility.service.site import Site
from civility.store.tables import CommentRow

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
    waiting = now - oldest if oldest is not None else None
    return Dashboard(span, per_day, int(size or 0), waiting, codes.most_common(), overruled_list, total)

