"""Rate limiting in this process's memory: the limiter without Redis, and Redis's fallback while it is down.

Fixed windows as ``limits`` counts them (a window opens at a key's first request and lasts its length), kept
in a dict and expired when read: ``limits``' own memory storage starts a timer thread every 10 ms to expire
keys, which at a few hundred metered requests a second cost more than everything else the gateway does.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from arena.accounts.ports import RateLimitState

_PRUNE_AT = 100_000  # windows kept before the expired ones are dropped (bounded by live callers otherwise)


class MemoryRateLimiter:
    """A :class:`arena.accounts.ports.RateLimiter` per process: N processes allow up to N times a limit.

    >>> MemoryRateLimiter().hit("calls:203.0.113.7", limit=10, window_seconds=3600).remaining
    9
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._windows: dict[tuple[str, int, int], list[float]] = {}  # -> [count, ends at]
        self._lock = threading.Lock()

    def hit(self, key: str, *, limit: int, window_seconds: int) -> RateLimitState:
        return self._state(key, limit, window_seconds, amount=1)

    def peek(self, key: str, *, limit: int, window_seconds: int) -> RateLimitState:
        return self._state(key, limit, window_seconds, amount=0)

    def _state(self, key: str, limit: int, window_seconds: int, *, amount: int) -> RateLimitState:
        now = self._clock()
        slot = (key, limit, window_seconds)
        with self._lock:
            window = self._windows.get(slot)
            if window is None or window[1] <= now:
                if len(self._windows) >= _PRUNE_AT:
                    self._windows = {k: w for k, w in self._windows.items() if w[1] > now}
                window = self._windows[slot] = [0, now + window_seconds]
            window[0] += amount
            count, ends_at = int(window[0]), window[1]
        return RateLimitState(allowed=count <= limit if amount else count < limit, limit=limit,
                              remaining=max(0, limit - count), reset_seconds=max(1, math.ceil(ends_at - now)))
