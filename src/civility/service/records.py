"""Rows to domain records, and the reads that several services share."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from civility.domain import Comment, StandingState, Status, UserStanding
from civility.errors import NotFoundError
from civility.policy import standing as rules
from civility.policy.config import Policy
from civility.store.tables import CommentRow, Strike, User, table


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


def strikes_total(session: Session, user_id: str) -> int:
    """All the reader's strikes, pardoned or not, however old."""
    return int(session.scalar(select(func.count()).select_from(Strike).where(Strike.user_id == user_id)) or 0)


def standing_of(session: Session, user: User | None, policy: Policy, now: datetime) -> UserStanding:
    if user is None:
        return UserStanding(StandingState.GOOD)
    return standing_from(user, strike_times(session, user.id), policy, now)


def standing_from(user: User, strikes: list[datetime], policy: Policy, now: datetime) -> UserStanding:
    since = rules.window_start(now, policy.standing)
    count = sum(1 for t in strikes if t >= since)
    return rules.current(StandingState(user.state), user.until, user.reason, count, now)


# Statements on the path of every posted comment, built once.
_USER_STATE = select(User.state, User.until, User.reason).where(User.id == bindparam("uid"))
_USER_STRIKES = select(func.count()).select_from(Strike).where(
    Strike.user_id == bindparam("uid"), Strike.pardoned_at.is_(None), Strike.created_at >= bindparam("since"))
_USER_NAME = select(User.state, User.name, User.deleted_at).where(User.id == bindparam("uid"))
_NEW_USER = {d: m.insert(table("users")).on_conflict_do_nothing() for d, m in
             (("postgresql", postgresql), ("sqlite", sqlite))}


def standing_by_id(session: Session, user_id: str, policy: Policy, now: datetime) -> UserStanding:
    """Like ``standing_of`` for a user who may not exist yet, in two light queries."""
    row = session.execute(_USER_STATE, {"uid": user_id}).first()
    if row is None:
        return UserStanding(StandingState.GOOD)
    since = rules.window_start(now, policy.standing)
    count = int(session.scalar(_USER_STRIKES, {"uid": user_id, "since": since}) or 0)
    return rules.current(StandingState(row.state), row.until, row.reason, count, now)


def ensure_user(session: Session, user_id: str, name: str | None, now: datetime) -> str:
    """Make the user row on first sight (safe against two first posts at once); their state."""
    values = {"id": user_id, "name": name, "state": StandingState.GOOD.value, "created_at": now,
              "until": None, "reason": None, "deleted_at": None}
    insert_new = _NEW_USER.get(session.get_bind().dialect.name)
    if insert_new is not None:
        session.execute(insert_new, values)
    elif session.get(User, user_id) is None:  # any other backend
        session.add(User(**values))
        session.flush()
    row = session.execute(_USER_NAME, {"uid": user_id}).one()
    if (name and row.name != name) or row.deleted_at is not None:
        # A new display name; or a reader who asked to be forgotten has come back.
        session.execute(update(User).where(User.id == user_id)
                        .values(name=name or row.name, deleted_at=None))
    return str(row.state)


def status_counts(session: Session, user_id: str) -> dict[str, int]:
    q = (select(CommentRow.status, func.count()).where(CommentRow.author_id == user_id)
         .group_by(CommentRow.status))
    counts = {s.value: 0 for s in Status}
    counts.update({status: int(n) for status, n in session.execute(q)})
    return counts
