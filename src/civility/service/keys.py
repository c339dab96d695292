"""API keys: made once, shown once, stored as a SHA-256 digest."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select

from civility.domain import Caller, Role
from civility.errors import InputError, NotFoundError
from civility.service import audit
from civility.store.database import Database
from civility.store.tables import ApiKey, StaffSession, utcnow

PREFIX = "civ_"


@dataclass(frozen=True)
class KeyInfo:
    id: int
    name: str
    role: Role
    prefix: str
    created_at: datetime
    revoked_at: datetime | None


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _info(row: ApiKey) -> KeyInfo:
    return KeyInfo(row.id, row.name, Role(row.role), row.prefix, row.created_at, row.revoked_at)


def parse_role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise InputError(f"unknown role {value!r}; use one of: "
                         + ", ".join(r.value for r in Role)) from None


def create_key(db: Database, role: Role, name: str, caller: Caller) -> tuple[KeyInfo, str]:
    """A new key; the secret is returned here and never again."""
    name = name.strip()
    if not name or len(name) > 100:
        raise InputError("a key's name must be 1 to 100 characters")
    secret = PREFIX + secrets.token_urlsafe(30)

    with db.writing() as session:
        now = utcnow()
        row = ApiKey(name=name, role=role.value, prefix=secret[:10], digest=digest(secret), created_at=now)
        session.add(row)
        session.flush()
        audit.record(session, now, caller.actor, "key.created", role=role.value, key_id=row.id, name=name)
        return _info(row), secret


def authenticate(db: Database, secret: str) -> Caller | None:
    """The caller a key belongs to, or None for an unknown or revoked key. Looked up on every
    request (one indexed read), so a revocation holds at once in every server process."""
    if not secret.startswith(PREFIX) or len(secret) > 200:
        return None
    with db.reading() as session:
        row = session.execute(select(ApiKey.id, ApiKey.name, ApiKey.role, ApiKey.revoked_at)
                              .where(ApiKey.digest == digest(secret))).first()
    return None if row is None or row.revoked_at is not None else Caller(row.name, Role(row.role), row.id)


def list_keys(db: Database) -> list[KeyInfo]:
    with db.reading() as session:
        return [_info(r) for r in session.scalars(select(ApiKey).order_by(ApiKey.id))]


def count_keys(db: Database) -> int:
    with db.reading() as session:
        return int(session.scalar(select(func.count()).select_from(ApiKey)) or 0)


def revoke_key(db: Database, key_id: int, caller: Caller) -> KeyInfo:
    with db.writing() as session:
        row = session.get(ApiKey, key_id)
        if row is None:
            raise NotFoundError(f"no API key with id {key_id}")
        if row.revoked_at is None:
            row.revoked_at = utcnow()
            audit.record(session, row.revoked_at, caller.actor, "key.revoked", key_id=key_id, name=row.name)
        # Browser sessions made from the key end with it.
        session.execute(delete(StaffSession).where(StaffSession.key_id == key_id))
        return _info(row)
