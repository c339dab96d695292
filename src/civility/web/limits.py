"""Rate limits for what strangers can call: logins and the comment widget.

In memory, per server process: a sliding window of recent events per key. Behind a proxy the
client address is the proxy's, so limits are per reader or per username first.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque

from civility.web.errors import ApiError


class RateLimit:
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

    def reset(self, key: str) -> None:
        with self._lock:
            self._seen.pop(key, None)
