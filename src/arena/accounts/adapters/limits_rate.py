"""Rate limiting with the ``limits`` package: fixed windows in Redis, shared by every process."""

from __future__ import annotations

import math
import threading
import time

from limits import RateLimitItemPerSecond
from limits.errors import StorageError
from limits.storage import RedisStorage

from arena.accounts.errors import AccountsUnavailable
from arena.accounts.ports import RateLimitState

_WINDOW_ENDS_KEPT = 100_000  # known window ends kept before the list starts afresh


class LimitsRateLimiter:
    """A :class:`arena.accounts.ports.RateLimiter` on ``limits``' Redis storage; Redis errors become
    :class:`AccountsUnavailable`.

    A request counted is one round trip (the increment): a window's end, fixed when its first request opened
    it, is asked once and remembered until it passes.

    >>> LimitsRateLimiter.redis("redis://127.0.0.1:6379/0", prefix="arena:rate", timeout_seconds=2)
    """

    def __init__(self, storage: RedisStorage) -> None:
        self._storage = storage
        self._window_ends: dict[str, float] = {}  # storage key -> when its window ends (time.time())
        self._lock = threading.Lock()

    @classmethod
    def redis(cls, url: str, *, prefix: str, timeout_seconds: float) -> LimitsRateLimiter:
        return cls(RedisStorage(url, key_prefix=prefix, wrap_exceptions=True, socket_timeout=timeout_seconds,
                                socket_connect_timeout=timeout_seconds))

    def hit(self, key: str, *, limit: int, window_seconds: int) -> RateLimitState:
        item = RateLimitItemPerSecond(limit, window_seconds)
        storage_key = item.key_for(key)
        try:
            count = self._storage.incr(storage_key, window_seconds)
            ends_at = self._window_end(storage_key, fresh=count == 1)
        except StorageError as exc:
            raise self._unavailable(exc) from exc
        return self._state(limit, count, ends_at, allowed=count <= limit)

    def peek(self, key: str, *, limit: int, window_seconds: int) -> RateLimitState:
        storage_key = RateLimitItemPerSecond(limit, window_seconds).key_for(key)
        try:
            count = self._storage.get(storage_key)
            ends_at = self._storage.get_expiry(storage_key)
        except StorageError as exc:
            raise self._unavailable(exc) from exc
        return self._state(limit, count, ends_at, allowed=count < limit)

    def _window_end(self, storage_key: str, *, fresh: bool) -> float:
        now = time.time()
        with self._lock:
            known = self._window_ends.get(storage_key)
        if not fresh and known is not None and known > now:
            return known
        ends_at = self._storage.get_expiry(storage_key)
        with self._lock:
            if len(self._window_ends) >= _WINDOW_ENDS_KEPT:
                self._window_ends.clear()
            self._window_ends[storage_key] = ends_at
        return ends_at

    @staticmethod
    def _state(limit: int, count: int, ends_at: float, *, allowed: bool) -> RateLimitState:
        return RateLimitState(allowed=allowed, limit=limit, remaining=max(0, limit - count),
                              reset_seconds=max(1, math.ceil(ends_at - time.time())))

    @staticmethod
    def _unavailable(exc: StorageError) -> AccountsUnavailable:
        return AccountsUnavailable(f"the rate-limit store is unavailable: {exc.storage_error}")

    def close(self) -> None:
        self._storage.storage.close()
