"""The audit log: one row for every automatic or human act."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from civility.domain import AuditEntry
from civility.store.tables import AuditRow, table

_INSERT = insert(table("audit_log"))  # built once: the hot path only binds values


def record(session: Session, at: datetime, actor: str, event: str, *, comment_id: int | None = None,
           user_id: str | None = None, text: str | None = None, model_version: str | None = None,
           policy_version: str | None = None, note: str | None = None, **detail: Any) -> None:
    session.execute(_INSERT, {
        "at": at, "actor": actor, "event": event, "comment_id": comment_id, "user_id": user_id, "text": text,
        "model_version": model_version, "policy_version": policy_version, "note": note, "detail": detail})


def entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(row.id, row.at, row.actor, row.event, row.comment_id, row.user_id, row.text,
                      row.model_version, row.policy_version, row.note, dict(row.detail))


def entries(session: Session, *, comment_id: int | None = None, user_id: str | None = None,
            event: str | None = None, before: int | None = None, limit: int = 100,
            oldest_first: bool = False) -> list[AuditEntry]:
    q = select(AuditRow)
    if comment_id is not None:
        q = q.where(AuditRow.comment_id == comment_id)
    if user_id is not None:
        q = q.where(AuditRow.user_id == user_id)
    if event is not None:
        q = q.where(AuditRow.event == event)
    if before is not None:
        q = q.where(AuditRow.id < before)
    q = q.order_by(AuditRow.id.asc() if oldest_first else AuditRow.id.desc()).limit(limit)
    return [entry(r) for r in session.scalars(q)]


def count(session: Session, event: str, user_id: str, **detail: str) -> int:
    """How many entries of one event for one user have these values in their detail."""
    q = select(func.count()).select_from(AuditRow).where(AuditRow.event == event, AuditRow.user_id == user_id)
    for key, value in detail.items():
        q = q.where(AuditRow.detail[key].as_string() == value)
    return int(session.scalar(q) or 0)
