"""Readers in the comment widget: signed reader tokens from the publisher's site, or guests.

A publisher whose readers log in on its own site gives the widget a token for each reader,
made on its server with the widget secret it shares with Civility; the browser never holds a key.
Without a widget secret, readers post as guests. A guest's identity is issued by Civility: an id
and a token signed with a key only the server has (``guest_key``). The id is public (it is shown
with the guest's comments); the token stays in the guest's browser and cannot be made from the id,
so no one can post, be reported or collect strikes as somebody else. A name typed in the widget is
only a display name.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import time
from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError

from civility.errors import InputError
from civility.service.secret import same_secret
from civility.store.database import Database
from civility.store.tables import ServerSecret, utcnow

GUEST_TOKEN = re.compile(r"^g1\.(guest-[0-9a-f]{24})\.([0-9a-f]{64})$")


@dataclass(frozen=True)
class Reader:
    id: str
    name: str | None


def make_reader_token(secret: str, reader_id: str, name: str | None = None, ttl_seconds: int = 86_400) -> str:
    """A token for the widget's ``data-reader-token``; made by the publisher's server."""
    payload = json.dumps({"id": reader_id, "name": name, "exp": int(time.time()) + ttl_seconds},
                         separators=(",", ":")).encode()
    body = base64.urlsafe_b64encode(payload).decode().rstrip("=")
    mac = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
    return f"v1.{body}.{mac}"


def reader_from_token(secret: str, token: str) -> Reader:
    try:
        version, body, mac = token.split(".")
    except ValueError:
        raise InputError("the reader token is malformed") from None
    expected = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
    if version != "v1" or not same_secret(mac, expected):
        raise InputError("the reader token is not valid for this site")
    data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    valid = isinstance(data, dict) and isinstance(data.get("id"), str)
    if not valid or int(data.get("exp", 0)) < time.time():
        raise InputError("the reader token has expired; reload the page")
    name = data.get("name")
    return Reader(data["id"], name if isinstance(name, str) else None)


def guest_key(db: Database) -> str:
    """The key that signs guests' identities: made on first use, shared by every server process."""
    with db.reading() as session:
        row = session.get(ServerSecret, "guest-key")
    if row is not None:
        return row.value
    try:
        with db.writing() as session:
            session.add(ServerSecret(name="guest-key", value=secrets.token_hex(32), created_at=utcnow()))
    except IntegrityError:
        pass  # another process made it first: use theirs
    with db.reading() as session:
        made = session.get(ServerSecret, "guest-key")
    assert made is not None
    return made.value


def _guest_mac(key: str, guest_id: str) -> str:
    return hmac.new(key.encode(), guest_id.encode(), hashlib.sha256).hexdigest()


def new_guest(key: str) -> tuple[str, str]:
    """A new guest's public id and the token that proves it (for their browser only)."""
    guest_id = "guest-" + secrets.token_hex(12)
    return guest_id, f"g1.{guest_id}.{_guest_mac(key, guest_id)}"


def guest_from_token(key: str, token: str) -> str:
    found = GUEST_TOKEN.match(token)
    if found is None or not same_secret(found.group(2), _guest_mac(key, found.group(1))):
        raise InputError("the guest identity is not valid here; reload the page to get a new one",
                         code="bad_guest_token")
    return found.group(1)


def address_reporter(key: str, address: str) -> str:
    """The reporter id of a guest's report: their client address, keyed so it cannot be read back."""
    return "guests@" + hmac.new(key.encode(), address.encode(), hashlib.sha256).hexdigest()[:16]


def identify(secret: str, token: str | None, guest_token: str | None, name: str | None,
             key: str) -> Reader:
    """Who is posting from the widget: the token's reader when the site signs readers in,
    otherwise the guest whose server-issued token this is, under the name they typed."""
    if secret:
        if not token:
            raise InputError("this site needs you to be signed in to comment")
        return reader_from_token(secret, token)
    if not guest_token:
        raise InputError("a guest needs an identity from POST /widget/v1/guests", code="bad_guest_token")
    clean = (name or "").strip()[:80] or "Guest"
    return Reader(guest_from_token(key, guest_token), clean)
