"""Rate limits for what strangers can call: logins and the comment widget.

A sliding window of recent events per key. With SQLite (one server process) the window is kept in
memory; with PostgreSQL, where several server processes share one database, it is kept in the
database (``rate_events``), so that a client spreading requests over the processes meets one
limit. Behind a proxy, set ``trusted-proxies`` so that client addresses are the readers'.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections import deque
from datetime import timedelta

from sqlalchemy import delete, func, select, text
from starlette.requests import Request

from civility.store.database import Database
from civility.store.tables import RateEvent, utcnow
from civility.web.errors import ApiError


class RateLimit:
    """``events`` per ``seconds`` per key, in this process's memory."""

    def __init__(self, events: int, seconds: float, what: str) -> None:
        self.events, self.seconds, self.what = events, seconds, what
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, key: str, *, count: bool = True) -> int | None:
        """Seconds to wait if ``key`` is over the limit; otherwise None (and, with ``count``, the
        event is counted)."""
        now = time.monotonic()
        with self._lock:
            if len(self._seen) > 100_000:  # many one-off keys: start afresh rather than grow
                self._seen.clear()
            recent = self._seen.setdefault(key, deque())
            while recent and recent[0] <= now - self.seconds:
                recent.popleft()
            if len(recent) >= self.events:
                return max(1, math.ceil(recent[0] + self.seconds - now))
            if count:
                recent.append(now)
            return None

    def check(self, key: str) -> None:
        """Count an event, or refuse it with 429 and how long to wait."""
        wait = self.retry_after(key)
        if wait is not None:
            raise ApiError(429, "rate_limited", f"{self.what}; try again in {wait} seconds",
                           {"Retry-After": str(wait)})


class SharedRateLimit(RateLimit):
    """The same limit, counted in the database that every server process uses."""

    def __init__(self, db: Database, name: str, events: int, seconds: float, what: str) -> None:
        super().__init__(events, seconds, what)
        self.db, self.name = db, name

    def retry_after(self, key: str, *, count: bool = True) -> int | None:
        now = utcnow()
        full_key = f"{self.name}:{key}"[:300]
        window = RateEvent.key == full_key, RateEvent.at > now - timedelta(seconds=self.seconds)
        with self.db.writing() as session:
            # One request at a time per key, across processes: count and insert cannot interleave.
            session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": full_key})
            seen, oldest = session.execute(select(func.count(), func.min(RateEvent.at)).where(*window)).one()
            if seen >= self.events and oldest is not None:
                return max(1, math.ceil((oldest - now).total_seconds() + self.seconds))
            if count:
                session.add(RateEvent(key=full_key, at=now))
            if random.random() < 0.01:  # now and then, forget events older than any window
                session.execute(delete(RateEvent).where(RateEvent.at < now - timedelta(days=1)))
        return None


def rate_limit(db: Database, name: str, events: int, seconds: float, what: str) -> RateLimit:
    """The limit as the database calls for: in memory for SQLite, shared for PostgreSQL."""
    if db.is_sqlite:
        return RateLimit(events, seconds, what)
    return SharedRateLimit(db, name, events, seconds, what)


def client_address(request: Request) -> str:
    """The address limits count by: the peer's, or the client's as a trusted proxy forwarded it."""
    return request.client.host if request.client else "unknown"
