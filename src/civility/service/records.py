"""Rows to domain records, and the reads that several services share."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from civility.domain import Comment, StandingState, Status, UserStanding
from civility.errors import NotFoundError
from civility.policy import standing as rules
from civility.policy.config import Policy
from civility.store.tables import CommentRow, Strike, User


def comment(row: CommentRow) -> Comment:
    return Comment(
        id=row.id, article_id=row.article_id, author_id=row.author_id, author_name=row.author_name,
        parent_id=row.parent_id, text=row.text, status=Status(row.status),
        engine_status=Status(row.engine_status), created_at=row.created_at, scores=dict(row.scores),
        reasons=list(row.reasons), model_version=row.model_version,
        policy_version=row.policy_version, open_reports=row.open_reports)


def get_comment_row(session: Session, comment_id: int) -> CommentRow:
    row = session.get(CommentRow, comment_id)
    if row is None:
        raise NotFoundError(f"no comment with id {comment_id}")
    return row


def strike_times(session: Session, user_id: str) -> list[datetime]:
    q = select(Strike.created_at).where(Strike.user_id == user_id, Strike.pardoned_at.is_(None))
    return list(session.scalars(q))


def standing_of(session: Session, user: User | None, policy: Policy, now: datetime) -> UserStanding:
    if user is None:
        return UserStanding(StandingState.GOOD)
    since = rules.window_start(now, policy.standing)
    strikes = sum(1 for t in strike_times(session, user.id) if t >= since)
    return rules.current(StandingState(user.state), user.until, user.reason, strikes, now)


def ensure_user(session: Session, user_id: str, name: str | None, now: datetime) -> User:
    """The user row, made on first sight; safe against two first posts at once."""
    values = {"id": user_id, "name": name, "state": StandingState.GOOD.value, "created_at": now}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(postgresql.insert(User).values(**values).on_conflict_do_nothing())
    elif dialect == "sqlite":
        session.execute(sqlite.insert(User).values(**values).on_conflict_do_nothing())
    user = session.get(User, user_id, populate_existing=True)
    if user is None:  # any other backend
        user = User(**values)
        session.add(user)
    if name and user.name != name:
        user.name = name
    if user.deleted_at is not None:
        user.deleted_at = None  # a reader who asked to be forgotten has come back
    return user


def status_counts(session: Session, user_id: str) -> dict[str, int]:
    q = (select(CommentRow.status, func.count()).where(CommentRow.author_id == user_id)
         .group_by(CommentRow.status))
    counts = {s.value: 0 for s in Status}
    counts.update({status: int(n) for status, n in session.execute(q)})
    return counts
