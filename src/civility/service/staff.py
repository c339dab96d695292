"""Moderators' logins: accounts with scrypt-hashed passwords, browser sessions with CSRF tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from civility.domain import Caller, Role
from civility.errors import ConflictError, InputError
from civility.service import audit, keys
from civility.store.database import Database
from civility.store.tables import Staff, StaffSession, utcnow

SESSION_HOURS = 12
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


@dataclass(frozen=True)
class Session:
    caller: Caller
    csrf: str
    expires_at: datetime


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, salt, _digest = stored.split("$")
    except ValueError:
        return False
    return scheme == "scrypt" and hmac.compare_digest(hash_password(password, bytes.fromhex(salt)), stored)


def create_account(db: Database, username: str, password: str, role: Role, caller: Caller) -> None:
    username = username.strip()
    if not username or len(username) > 100 or any(c.isspace() for c in username):
        raise InputError("a username must be 1 to 100 characters without spaces")
    if role is Role.PUBLISHER:
        raise InputError("moderator pages are for moderators and admins; use an API key for a publisher")
    if len(password) < 10:
        raise InputError("a password must be at least 10 characters")
    with db.writing() as session:
        if session.scalars(select(Staff.id).where(Staff.username == username)).first() is not None:
            raise ConflictError(f"user {username!r} already exists")
        now = utcnow()
        session.add(Staff(username=username, password=hash_password(password), role=role.value,
                          created_at=now))
        audit.record(session, now, caller.actor, "staff.created", username=username, role=role.value)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def log_in(db: Database, *, key: str = "", username: str = "",
           password: str = "") -> tuple[str, Session] | None:
    """A new session for a moderator key or a username and password; None if they do not match.
    Returns the cookie's token (shown to the browser only) and the session."""
    caller: Caller | None = None
    if key:
        found = keys.authenticate(db, key.strip())
        if found is not None and found.role.allows(Role.MODERATOR):
            caller = found
    elif username:
        with db.reading() as session:
            row = session.scalars(select(Staff).where(Staff.username == username.strip())).first()
        stored = row.password if row is not None else hash_password("timing-equaliser")
        if check_password(password, stored) and row is not None and row.disabled_at is None:
            caller = Caller(row.username, Role(row.role))
    if caller is None:
        return None
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
    now = utcnow()
    expires = now + timedelta(hours=SESSION_HOURS)
    with db.writing() as session:
        session.execute(delete(StaffSession).where(StaffSession.expires_at < now))
        session.add(StaffSession(digest=_digest(token), csrf=csrf, name=caller.name, role=caller.role.value,
                                 created_at=now, expires_at=expires))
        audit.record(session, now, caller.actor, "staff.logged_in", by="key" if key else "password")
    return token, Session(caller, csrf, expires)


def session_for(db: Database, token: str | None) -> Session | None:
    if not token:
        return None
    with db.reading() as session:
        row = session.scalars(select(StaffSession).where(StaffSession.digest == _digest(token))).first()
    if row is None or row.expires_at <= utcnow():
        return None
    return Session(Caller(row.name, Role(row.role)), row.csrf, row.expires_at)


def log_out(db: Database, token: str) -> None:
    with db.writing() as session:
        session.execute(delete(StaffSession).where(StaffSession.digest == _digest(token)))
