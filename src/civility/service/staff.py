"""Moderators' logins: accounts with scrypt-hashed passwords, browser sessions with CSRF tokens."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession

from civility.domain import Caller, Role
from civility.errors import ConflictError, InputError, NotFoundError
from civility.service import audit, keys
from civility.store.database import Database
from civility.store.tables import ApiKey, Staff, StaffSession, utcnow

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
    staff_id: int | None = None
    if key:
        found = keys.authenticate(db, key.strip())
        if found is not None and found.role.allows(Role.MODERATOR):
            caller = found
    elif username:
        with db.reading() as session:
            row = session.scalars(select(Staff).where(Staff.username == username.strip())).first()
        stored = row.password if row is not None else hash_password("timing-equaliser")
        if check_password(password, stored) and row is not None and row.disabled_at is None:
            caller, staff_id = Caller(row.username, Role(row.role)), row.id
    if caller is None:
        return None
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
    now = utcnow()
    expires = now + timedelta(hours=SESSION_HOURS)
    with db.writing() as session:
        session.execute(delete(StaffSession).where(StaffSession.expires_at < now))
        session.add(StaffSession(digest=_digest(token), csrf=csrf, name=caller.name, role=caller.role.value,
                                 created_at=now, expires_at=expires, key_id=caller.key_id,
                                 staff_id=staff_id))
        audit.record(session, now, caller.actor, "staff.logged_in", by="key" if key else "password")
    return token, Session(caller, csrf, expires)


def session_for(db: Database, token: str | None) -> Session | None:
    """The session of a browser's cookie: None once it has expired, or once the key that made it
    is revoked or the login that made it is disabled. The role is the key's or the login's as it
    is now, so a changed role takes effect on the next request, in every server process."""
    if not token:
        return None
    with db.reading() as session:
        found = session.execute(
            select(StaffSession, ApiKey.role, ApiKey.revoked_at, Staff.role, Staff.disabled_at)
            .outerjoin(ApiKey, ApiKey.id == StaffSession.key_id)
            .outerjoin(Staff, Staff.id == StaffSession.staff_id)
            .where(StaffSession.digest == _digest(token))).first()
    if found is None:
        return None
    row, key_role, revoked_at, staff_role, disabled_at = found
    if row.expires_at <= utcnow():
        return None
    if row.key_id is not None:
        role = key_role if key_role is not None and revoked_at is None else None
    elif row.staff_id is not None:
        role = staff_role if staff_role is not None and disabled_at is None else None
    else:
        role = None
    if role is None or not Role(role).allows(Role.MODERATOR):
        return None
    return Session(Caller(row.name, Role(role), row.key_id), row.csrf, row.expires_at)


def end_sessions(session: OrmSession, staff_id: int) -> int:
    """End the sessions a login made (inside the caller's transaction); how many."""
    ended = list(session.scalars(select(StaffSession.id).where(StaffSession.staff_id == staff_id)))
    session.execute(delete(StaffSession).where(StaffSession.id.in_(ended)))
    return len(ended)


def change_account(db: Database, username: str, caller: Caller, *, role: Role | None = None,
                   disable: bool = False) -> None:
    """Change a login's role or disable it; its browser sessions end at once either way."""
    if role is Role.PUBLISHER:
        raise InputError("moderator pages are for moderators and admins")
    with db.writing() as session:
        row = session.scalars(select(Staff).where(Staff.username == username.strip())).first()
        if row is None:
            raise NotFoundError(f"no login {username!r}")
        now = utcnow()
        if role is not None and role.value != row.role:
            audit.record(session, now, caller.actor, "staff.role_changed", username=row.username,
                         role=role.value, was=row.role)
            row.role = role.value
        if disable and row.disabled_at is None:
            row.disabled_at = now
            audit.record(session, now, caller.actor, "staff.disabled", username=row.username)
        ended = end_sessions(session, row.id)
        if ended:
            audit.record(session, now, caller.actor, "staff.sessions_ended", username=row.username,
                         sessions=ended)


def log_out(db: Database, token: str) -> None:
    with db.writing() as session:
        session.execute(delete(StaffSession).where(StaffSession.digest == _digest(token)))
