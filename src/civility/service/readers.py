"""Readers in the comment widget: signed reader tokens from the publisher's site, or guests.

A publisher whose readers log in on its own site gives the widget a token for each reader,
made on its server with the widget secret it shares with Civility; the browser never holds a key.
Without a widget secret, readers post as guests with an id their browser keeps.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import time
from dataclasses import dataclass

from civility.errors import InputError
from civility.service.secret import same_secret

GUEST = re.compile(r"^guest-[A-Za-z0-9_-]{8,64}$")


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


def identify(secret: str, token: str | None, guest_id: str | None, name: str | None) -> Reader:
    """Who is posting from the widget: the token's reader when the site signs readers in,
    otherwise a guest with the id their browser made."""
    if secret:
        if not token:
            raise InputError("this site needs you to be signed in to comment")
        return reader_from_token(secret, token)
    if not guest_id or not GUEST.match(guest_id):
        raise InputError("missing or malformed guest id")
    clean = (name or "").strip()[:80] or "Guest"
    return Reader(guest_id, clean)
