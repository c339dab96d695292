"""API keys: made once, shown once, stored as a SHA-256 digest."""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from civility.domain import Caller, Role
from civility.errors import InputError, NotFoundError
from civility.service import audit
from civility.store.database import Database
from civility.store.tables import ApiKey, utcnow

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


# Keys seen recently, so that a busy site does not look each one up on every request. A key
# revoked here is dropped at once; one revoked by another process stops working within CACHE_SECONDS.
CACHE_SECONDS = 10.0
_cache: dict[tuple[str, str], tuple[Caller | None, float]] = {}


def authenticate(db: Database, secret: str) -> Caller | None:
    """The caller a key belongs to, or None for an unknown or revoked key."""
    if not secret.startswith(PREFIX) or len(secret) > 200:
        return None
    key = (db.url, digest(secret))
    hit = _cache.get(key)
    if hit is not None and hit[1] > time.monotonic():
        return hit[0]
    with db.reading() as session:
        row = session.execute(select(ApiKey.id, ApiKey.name, ApiKey.role, ApiKey.revoked_at)
                              .where(ApiKey.digest == key[1])).first()
    caller = None if row is None or row.revoked_at is not None else Caller(row.name, Role(row.role), row.id)
    if caller is not None:  # unknown keys are not cached: a flood of them must not grow the cache
        if len(_cache) > 10_000:
            _cache.clear()
        _cache[key] = (caller, time.monotonic() + CACHE_SECONDS)
    return caller


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
        for cached in [k for k, (c, _) in _cache.items() if c is not None and c.key_id == key_id]:
            _cache.pop(cached, None)
        if row.revoked_at is None:
            row.revoked_at = utcnow()
            audit.record(session, row.revoked_at, caller.actor, "key.revoked", key_id=key_id, name=row.name)
        return _info(row)
