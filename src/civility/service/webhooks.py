"""Webhooks: the publisher's URLs hear of held and rejected comments, moderators' decisions and
standing changes.

Events are written to an outbox in the same transaction as the decision (so a decision never
waits on the network and an event is never lost), and a sender thread posts them, in order per
webhook, signed, retrying with exponential backoff while the receiver is down.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

import httpx
from sqlalchemy import CursorResult, insert, select, update
from sqlalchemy.orm import Session

from civility.domain import Caller
from civility.errors import InputError, NotFoundError
from civility.serialize import iso
from civility.service import audit, targets
from civility.store.database import Database
from civility.store.tables import Delivery, Webhook, table, utcnow

log = logging.getLogger("civility.webhooks")
EVENTS = ("comment.held", "comment.rejected", "comment.decided", "user.standing_changed")
SIGNATURE_HEADER = "X-Civility-Signature"
LEASE_SECONDS = 60  # longer than a delivery's timeout


@dataclass(frozen=True)
class WebhookInfo:
    id: int
    url: str
    events: list[str]
    active: bool
    created_at: datetime


@dataclass(frozen=True)
class DeliveryInfo:
    id: int
    webhook_id: int
    event: str
    payload: dict[str, Any]
    status: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    delivered_at: datetime | None


def _info(row: Webhook) -> WebhookInfo:
    return WebhookInfo(row.id, row.url, list(row.events), row.active, row.created_at)


def create_webhook(db: Database, caller: Caller, url: str, events: list[str] | None = None, *,
                   allow_private: bool = False) -> tuple[WebhookInfo, str]:
    """A new webhook and its signing secret (returned here only). ``allow_private`` admits
    receivers on the publisher's own network (see ``targets``)."""
    targets.check_url(url, allow_private)
    chosen = list(events) if events else list(EVENTS)
    unknown = sorted(set(chosen) - set(EVENTS))
    if unknown:
        raise InputError(f"unknown event {unknown[0]!r}; known: {', '.join(EVENTS)}")
    secret = "whsec_" + secrets.token_urlsafe(24)
    with db.writing() as session:
        now = utcnow()
        row = Webhook(url=url, secret=secret, events=chosen, active=True, created_at=now)
        session.add(row)
        session.flush()
        audit.record(session, now, caller.actor, "webhook.created", webhook_id=row.id, url=url,
                     events=chosen)
        return _info(row), secret


def list_webhooks(db: Database) -> list[WebhookInfo]:
    with db.reading() as session:
        return [_info(r) for r in session.scalars(select(Webhook).order_by(Webhook.id))]


def deactivate(db: Database, caller: Caller, webhook_id: int) -> WebhookInfo:
    """Stop a webhook. Its undelivered events stay in the outbox, visible, and are not sent."""
    with db.writing() as session:
        row = session.get(Webhook, webhook_id)
        if row is None:
            raise NotFoundError(f"no webhook with id {webhook_id}")
        if row.active:
            row.active = False
            audit.record(session, utcnow(), caller.actor, "webhook.deactivated", webhook_id=webhook_id)
        return _info(row)


def deliveries(db: Database, webhook_id: int, status: str | None = None,
               limit: int = 100) -> list[DeliveryInfo]:
    with db.reading() as session:
        if session.get(Webhook, webhook_id) is None:
            raise NotFoundError(f"no webhook with id {webhook_id}")
        q = select(Delivery).where(Delivery.webhook_id == webhook_id)
        if status is not None:
            q = q.where(Delivery.status == status)
        return [DeliveryInfo(d.id, d.webhook_id, d.event, dict(d.payload), d.status, d.attempts,
                             d.next_attempt_at, d.last_error, d.created_at, d.delivered_at)
                for d in session.scalars(q.order_by(Delivery.id.desc()).limit(limit))]


_ACTIVE = select(Webhook.id, Webhook.events).where(Webhook.active.is_(True))
_INSERT = insert(table("webhook_deliveries"))


def enqueue(session: Session, event: str, data: dict[str, Any], now: datetime) -> None:
    """Put an event in the outbox of every active webhook that wants it (same transaction)."""
    assert event in EVENTS, event
    rows = [{"webhook_id": hook_id, "event": event, "status": "pending", "attempts": 0,
             "next_attempt_at": now, "last_error": None, "created_at": now, "delivered_at": None,
             "payload": {"event": event, "at": iso(now), "data": data}}
            for hook_id, events in session.execute(_ACTIVE) if event in events]
    if rows:
        session.execute(_INSERT, rows)


def signature(secret: str, timestamp: int, body: bytes) -> str:
    """``t=UNIX,v1=HEX``: HMAC-SHA256 of ``"{t}." + body`` with the webhook's secret."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={mac}"


class Sender:
    """Posts due deliveries, oldest first per webhook; a failure holds that webhook's later
    events back until the retry succeeds, so receivers see events in order."""

    def __init__(self, db: Database, *, base_delay: float = 2.0, max_delay: float = 3600.0,
                 max_attempts: int = 20, timeout: float = 5.0, poll: float = 0.5,
                 allow_private: bool = False) -> None:
        self.db, self.base_delay, self.max_delay = db, base_delay, max_delay
        self.max_attempts, self.poll, self.allow_private = max_attempts, poll, allow_private
        self._client = httpx.Client(timeout=timeout, follow_redirects=False,
                                    headers={"User-Agent": "Civility-Webhooks"})
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="civility-webhooks", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._client.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                busy = self.send_due()
            except Exception:  # the database may be briefly away; never let the thread die
                log.exception("webhook sender failed; trying again")
                busy = 0
            if not busy:
                self._stop.wait(self.poll)

    def backoff(self, attempts: int) -> float:
        return float(min(self.max_delay, self.base_delay * 2 ** (attempts - 1)))

    def send_due(self) -> int:
        """Send what is due now; the number of deliveries attempted."""
        now = utcnow()
        with self.db.reading() as session:
            hooks = {h.id: (h.url, h.secret)
                     for h in session.scalars(select(Webhook).where(Webhook.active.is_(True)))}
            heads = []
            for hook_id in hooks:
                head = session.scalars(select(Delivery).where(
                    Delivery.webhook_id == hook_id, Delivery.status == "pending")
                    .order_by(Delivery.id).limit(1)).first()
                if head is not None and head.next_attempt_at <= now:
                    heads.append((head.id, head.webhook_id, head.event, dict(head.payload), head.attempts))
        sent = 0
        for delivery_id, hook_id, event, payload, attempts in heads:
            if self._claim(delivery_id, now):
                url, secret = hooks[hook_id]
                self._send(delivery_id, url, secret, event, payload, attempts)
                sent += 1
        return sent

    def _claim(self, delivery_id: int, now: datetime) -> bool:
        """Lease a due delivery, so that another server process sending webhooks from the same
        database leaves it (and, being its webhook's head, that webhook's later events) alone."""
        with self.db.writing() as session:
            claimed = session.execute(
                update(Delivery).where(Delivery.id == delivery_id, Delivery.status == "pending",
                                       Delivery.next_attempt_at <= now)
                .values(next_attempt_at=now + timedelta(seconds=LEASE_SECONDS)))
            return bool(cast(CursorResult[Any], claimed).rowcount)

    def _send(self, delivery_id: int, url: str, secret: str, event: str, payload: dict[str, Any],
              attempts: int) -> None:
        body = json.dumps({"id": delivery_id, **payload}, ensure_ascii=False).encode()
        headers = {"Content-Type": "application/json", "X-Civility-Event": event,
                   "X-Civility-Delivery": str(delivery_id),
                   SIGNATURE_HEADER: signature(secret, int(time.time()), body)}
        error, final = None, False
        try:
            targets.resolve_target(url, self.allow_private)
            response = self._client.post(url, content=body, headers=headers)
            if not 200 <= response.status_code < 300:
                error = f"HTTP {response.status_code}"
        except targets.TargetError as exc:
            error, final = f"undeliverable: {exc}", True  # retrying cannot help
        except (httpx.HTTPError, OSError) as exc:
            error = f"{type(exc).__name__}: {exc}"
        with self.db.writing() as session:
            row = session.get(Delivery, delivery_id)
            if row is None:
                return
            now = utcnow()
            row.attempts = attempts + 1
            if error is None:
                row.status, row.delivered_at, row.last_error = "delivered", now, None
                return
            row.last_error = error
            if final or row.attempts >= self.max_attempts:
                row.status = "failed"  # given up: the next events of this webhook may go
                log.error("webhook delivery %s failed %s times; giving up: %s", delivery_id,
                          row.attempts, error)
            else:
                row.next_attempt_at = now + timedelta(seconds=self.backoff(row.attempts))
