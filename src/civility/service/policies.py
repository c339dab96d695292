"""The policy in force: kept in the database, every version, so decisions can name theirs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from civility.domain import Caller
from civility.policy.config import Policy, policy_from_text
from civility.service import audit
from civility.service.site import Site
from civility.store.database import Database
from civility.store.tables import PolicyRow

MAX_POLICY_BYTES = 1_000_000


@dataclass(frozen=True)
class PolicyRecord:
    version: str
    source: str
    actor: str
    created_at: datetime


def stored(db: Database) -> PolicyRecord | None:
    """The newest policy stored, if any."""
    with db.reading() as session:
        row = session.scalars(select(PolicyRow).order_by(PolicyRow.id.desc()).limit(1)).first()
        return PolicyRecord(row.version, row.source, row.actor, row.created_at) if row else None


def save(db: Database, source: str, policy: Policy, caller: Caller, now: datetime) -> PolicyRecord:
    with db.writing() as session:
        session.add(PolicyRow(version=policy.version, source=source, actor=caller.actor, created_at=now))
        audit.record(session, now, caller.actor, "policy.changed", policy_version=policy.version,
                     name=policy.name)
    return PolicyRecord(policy.version, source, caller.actor, now)


def startup(db: Database, source: str, caller: Caller, now: datetime, *, explicit: bool) -> str:
    """The policy text to run under at start: a policy file given on the command line wins (and
    is stored if it is new); otherwise the newest stored policy; otherwise ``source`` (the default)."""
    current = stored(db)
    if current is not None and not explicit:
        return current.source
    if current is None or current.source != source:
        save(db, source, policy_from_text(source, "policy"), caller, now)
    return source


def replace(site: Site, caller: Caller, source: str) -> PolicyRecord:
    """Validate a new policy file's text, store it and put it in force at once."""
    from civility.errors import InputError

    if len(source.encode("utf-8")) > MAX_POLICY_BYTES:
        raise InputError(f"a policy file may be at most {MAX_POLICY_BYTES} bytes")
    policy = policy_from_text(source, "policy")
    record = save(site.db, source, policy, caller, site.clock())
    site.use_policy(policy)
    return record


def sync(site: Site, seen: int | None) -> int | None:
    """Put in force the newest policy stored, if another server process stored one since row
    ``seen``; the newest row's id, to pass as ``seen`` next time. With ``seen`` None (the first
    check) it only notes the newest row: at start the process put that one in force already.
    (A policy's declared version need not change with its text, so the text is compared.)"""
    with site.db.reading() as session:
        row = session.execute(select(PolicyRow.id, PolicyRow.source)
                              .order_by(PolicyRow.id.desc()).limit(1)).first()
    if row is None:
        return seen
    if seen is None or row.id == seen:
        return int(row.id)
    policy = policy_from_text(row.source, "policy")
    if policy != site.policy:
        site.use_policy(policy)
    return int(row.id)
