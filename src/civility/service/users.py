"""Readers: standing (strikes, suspension, ban), appeals, and their right to their data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, Result, insert, select, update
from sqlalchemy.orm import Session

from civility.domain import AuditEntry, Caller, Comment, StandingState, UserStanding
from civility.errors import ConflictError, InputError, NotFoundError
from civility.policy import standing as rules
from civility.serialize import iso
from civility.service import audit, records, webhooks
from civility.service.site import Site
from civility.store.tables import Appeal, AuditRow, CommentRow, Report, Strike, User, table

STANDING_ACTIONS = ("suspend", "ban", "reinstate")
MAX_SUSPENSION_HOURS = 24 * 365


@dataclass(frozen=True)
class UserDetail:
    id: str
    name: str | None
    created_at: datetime
    standing: UserStanding
    comments: dict[str, int]  # count by status
    strikes_total: int
    history: list[AuditEntry]  # newest first
    recent: list[Comment]  # newest first


@dataclass(frozen=True)
class AppealRecord:
    id: int
    user_id: str
    text: str
    status: str
    created_at: datetime
    decided_at: datetime | None
    decided_by: str | None
    note: str | None


def get_user_row(session: Session, user_id: str) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(f"no user with id {user_id!r}")
    return user


def _set(session: Session, user: User, new: UserStanding, actor: str, now: datetime,
         note: str | None = None) -> None:
    user.state, user.until, user.reason = new.state.value, new.until, new.reason
    event = {StandingState.GOOD: "user.reinstated", StandingState.SUSPENDED: "user.suspended",
             StandingState.BANNED: "user.banned"}[new.state]
    audit.record(session, now, actor, event, user_id=user.id, note=note, reason=new.reason,
                 until=iso(new.until), strikes=new.strikes)
    webhooks.enqueue(session, "user.standing_changed", {
        "user_id": user.id, "state": new.state.value, "until": iso(new.until), "reason": new.reason,
        "strikes": new.strikes, "by": actor}, now)


def add_strike(session: Session, site: Site, user: User, comment_id: int, actor: str,
               now: datetime, *, new_comment: bool = False) -> UserStanding:
    """A rejected comment counts against its author (once); the policy may suspend or ban them."""
    if not new_comment and session.scalars(select(Strike.id).where(
            Strike.comment_id == comment_id, Strike.pardoned_at.is_(None))).first() is not None:
        return records.standing_of(session, user, site.policy, now)
    session.execute(insert(table("strikes")), {"user_id": user.id, "comment_id": comment_id,
                                               "created_at": now, "pardoned_at": None})
    audit.record(session, now, actor, "user.strike", user_id=user.id, comment_id=comment_id)
    times = records.strike_times(session, user.id)
    standing = records.standing_from(user, times, site.policy, now)
    new = rules.after_strike(standing, times, now, site.policy.standing)
    if new is None:
        return standing
    _set(session, user, new, actor, now)
    return new


def pardon_strike(session: Session, comment_id: int, actor: str, now: datetime) -> bool:
    """Take back the strike a comment earned (a moderator approved it after all)."""
    strike = session.scalars(select(Strike).where(
        Strike.comment_id == comment_id, Strike.pardoned_at.is_(None))).first()
    if strike is None:
        return False
    strike.pardoned_at = now
    audit.record(session, now, actor, "user.strike_pardoned", user_id=strike.user_id, comment_id=comment_id)
    return True


def _reinstate(session: Session, user: User, actor: str, now: datetime, note: str | None) -> UserStanding:
    session.execute(update(Strike).where(Strike.user_id == user.id, Strike.pardoned_at.is_(None))
                    .values(pardoned_at=now))
    new = UserStanding(StandingState.GOOD, None, None, 0)
    _set(session, user, new, actor, now, note)
    return new


def user_detail(site: Site, user_id: str, history: int = 50) -> UserDetail:
    now = site.clock()
    with site.db.reading() as session:
        user = get_user_row(session, user_id)
        total = records.strikes_total(session, user_id)
        recent = session.scalars(select(CommentRow).where(CommentRow.author_id == user_id)
                                 .order_by(CommentRow.id.desc()).limit(20))
        return UserDetail(user.id, user.name, user.created_at,
                          records.standing_of(session, user, site.policy, now),
                          records.status_counts(session, user_id), total,
                          audit.entries(session, user_id=user_id, limit=history),
                          [records.comment(r) for r in recent])


def set_standing(site: Site, caller: Caller, user_id: str, action: str, hours: int | None = None,
                 note: str | None = None) -> UserStanding:
    """A moderator suspends, bans or reinstates a reader. Reinstating pardons their strikes."""
    if action not in STANDING_ACTIONS:
        raise InputError(f"unknown action {action!r}; use one of: {', '.join(STANDING_ACTIONS)}")
    if hours is not None and not (1 <= hours <= MAX_SUSPENSION_HOURS):
        raise InputError(f"hours must be between 1 and {MAX_SUSPENSION_HOURS}")
    with site.db.writing() as session:
        now = site.clock()
        user = get_user_row(session, user_id)
        current = records.standing_of(session, user, site.policy, now)
        if action == "reinstate":
            return _reinstate(session, user, caller.actor, now, note)
        if action == "ban":
            new = UserStanding(StandingState.BANNED, None, note or "banned by a moderator", current.strikes)
        else:
            span = timedelta(hours=hours or site.policy.standing.suspension_hours)
            new = UserStanding(StandingState.SUSPENDED, now + span, note or "suspended by a moderator",
                               current.strikes)
        _set(session, user, new, caller.actor, now, note)
        return new


def _appeal(row: Appeal) -> AppealRecord:
    return AppealRecord(row.id, row.user_id, row.text, row.status, row.created_at, row.decided_at,
                        row.decided_by, row.note)


def standing(site: Site, user_id: str) -> UserStanding:
    """A reader's standing now (good for a reader never seen)."""
    with site.db.reading() as session:
        return records.standing_by_id(session, user_id, site.policy, site.clock())


def appeal(site: Site, caller: Caller, user_id: str, text: str) -> AppealRecord:
    """A suspended or banned reader asks to be reinstated; one open appeal at a time."""
    if not text.strip() or len(text) > 5000:
        raise InputError("an appeal's text must be 1 to 5000 characters")
    with site.db.writing() as session:
        now = site.clock()
        user = get_user_row(session, user_id)
        if records.standing_of(session, user, site.policy, now).state is StandingState.GOOD:
            raise ConflictError(f"user {user_id!r} is in good standing; there is nothing to appeal")
        if session.scalars(select(Appeal.id).where(Appeal.user_id == user_id,
                                                   Appeal.status == "open")).first() is not None:
            raise ConflictError(f"user {user_id!r} already has an open appeal")
        row = Appeal(user_id=user_id, text=text, status="open", created_at=now)
        session.add(row)
        session.flush()
        audit.record(session, now, caller.actor, "user.appealed", user_id=user_id, text=text,
                     appeal_id=row.id)
        return _appeal(row)


def list_appeals(site: Site, status: str | None = "open", limit: int = 100) -> list[AppealRecord]:
    with site.db.reading() as session:
        q = select(Appeal).order_by(Appeal.id).limit(limit)
        if status is not None:
            q = q.where(Appeal.status == status)
        return [_appeal(r) for r in session.scalars(q)]


def decide_appeal(site: Site, caller: Caller, appeal_id: int, action: str,
                  note: str | None = None) -> AppealRecord:
    if action not in ("grant", "deny"):
        raise InputError(f"unknown action {action!r}; use grant or deny")
    with site.db.writing() as session:
        now = site.clock()
        row = session.get(Appeal, appeal_id)
        if row is None:
            raise NotFoundError(f"no appeal with id {appeal_id}")
        if row.status != "open":
            raise ConflictError(f"appeal {appeal_id} was already decided ({row.status})")
        row.status = "granted" if action == "grant" else "denied"
        row.decided_at, row.decided_by, row.note = now, caller.actor, note
        audit.record(session, now, caller.actor, f"appeal.{row.status}", user_id=row.user_id, note=note,
                     appeal_id=appeal_id)
        if action == "grant":
            _reinstate(session, get_user_row(session, row.user_id), caller.actor, now, note)
        return _appeal(row)


def export_user(site: Site, caller: Caller, user_id: str) -> dict[str, Any]:
    """Everything stored about a reader, as they are entitled to see it."""
    with site.db.writing() as session:
        now = site.clock()
        user = get_user_row(session, user_id)
        comments = session.scalars(select(CommentRow).where(CommentRow.author_id == user_id)
                                   .order_by(CommentRow.id))
        reports = session.scalars(select(Report).where(Report.reporter_id == user_id).order_by(Report.id))
        strikes = session.scalars(select(Strike).where(Strike.user_id == user_id).order_by(Strike.id))
        appeals = session.scalars(select(Appeal).where(Appeal.user_id == user_id).order_by(Appeal.id))
        standing = records.standing_of(session, user, site.policy, now)
        out: dict[str, Any] = {
            "user": {"id": user.id, "name": user.name, "created_at": user.created_at.isoformat(),
                     "standing": standing.state.value,
                     "until": standing.until.isoformat() if standing.until else None,
                     "reason": standing.reason},
            "comments": [{"id": c.id, "article_id": c.article_id, "parent_id": c.parent_id, "text": c.text,
                          "status": c.status, "created_at": c.created_at.isoformat(),
                          "reasons": [{"code": r["code"], "message": r["message"]} for r in c.reasons]}
                         for c in comments],
            "reports": [{"comment_id": r.comment_id, "reason": r.reason,
                         "created_at": r.created_at.isoformat()} for r in reports],
            "strikes": [{"comment_id": s.comment_id, "created_at": s.created_at.isoformat(),
                         "pardoned_at": s.pardoned_at.isoformat() if s.pardoned_at else None}
                        for s in strikes],
            "appeals": [{"text": a.text, "status": a.status, "created_at": a.created_at.isoformat()}
                        for a in appeals],
            "decisions": [{"at": e.at.isoformat(), "event": e.event, "comment_id": e.comment_id,
                           "note": e.note} for e in audit.entries(session, user_id=user_id, limit=10_000,
                                                                  oldest_first=True)],
        }
        audit.record(session, now, caller.actor, "user.exported", user_id=user_id)
        return out


def delete_user(site: Site, caller: Caller, user_id: str) -> dict[str, int]:
    """Erase a reader's words and name. The records that something was there, and of this erasure,
    stay: their comments become ``deleted`` placeholders, so replies keep their place."""
    with site.db.writing() as session:
        now = site.clock()
        user = get_user_row(session, user_id)
        n_comments = changed_rows(session.execute(
            update(CommentRow).where(CommentRow.author_id == user_id)
            .values(text="", author_name=None, status="deleted", reasons=[], updated_at=now)))
        n_audit = changed_rows(session.execute(
            update(AuditRow).where(AuditRow.user_id == user_id, AuditRow.text.is_not(None))
            .values(text=None)))
        n_reports = 0
        for report in session.scalars(select(Report).where(Report.reporter_id == user_id)):
            _erase_reported(session, report, user_id)
            report.reporter_id, report.reason = f"erased-{report.id}", ""
            n_reports += 1
        for a in session.scalars(select(Appeal).where(Appeal.user_id == user_id)):
            a.text = ""
        user.name, user.deleted_at = None, now
        counts = {"comments": n_comments, "audit_texts": n_audit, "reports": n_reports}
        audit.record(session, now, caller.actor, "user.deleted", user_id=user_id, erased=counts)
        return counts


def _erase_reported(session: Session, report: Report, user_id: str) -> None:
    """Take a reporter's id and reason out of the audit entry of their report; the entry stays."""
    for row in session.scalars(select(AuditRow).where(AuditRow.event == "comment.reported",
                                                      AuditRow.comment_id == report.comment_id)):
        if row.detail.get("reporter") == user_id:
            row.note = None
            row.detail = {**row.detail, "reporter": f"erased-{report.id}"}


def changed_rows(result: Result[Any]) -> int:
    return int(cast(CursorResult[Any], result).rowcount or 0)
