"""Rate limiting with the ``limits`` package: fixed windows in Redis (shared by every process) or in this
process's memory."""

from __future__ import annotations

import math
import time

from limits import RateLimitItemPerSecond
from limits.errors import StorageError
from limits.storage import MemoryStorage, RedisStorage, Storage
from limits.strategies import FixedWindowRateLimiter

from arena.accounts.errors import AccountsUnavailable
from arena.accounts.ports import RateLimitState


class LimitsRateLimiter:
    """A :class:`arena.accounts.ports.RateLimiter` on a ``limits`` storage; Redis errors become
    :class:`AccountsUnavailable`.

    >>> LimitsRateLimiter.redis("redis://127.0.0.1:6379/0", prefix="arena:rate", timeout_seconds=2)
    >>> LimitsRateLimiter.memory()    # per process: N processes allow N times the limit
    """

    def __init__(self, storage: Storage) -> None:
        self._storage = storage
        self._limiter = FixedWindowRateLimiter(storage)

    @classmethod
    def redis(cls, url: str, *, prefix: str, timeout_seconds: float) -> LimitsRateLimiter:
        return cls(RedisStorage(url, key_prefix=prefix, wrap_exceptions=True, socket_timeout=timeout_seconds,
                                socket_connect_timeout=timeout_seconds))

    @classmethod
    def memory(cls) -> LimitsRateLimiter:
        return cls(MemoryStorage())

    def hit(self, key: str, *, limit: int, window_seconds: int) -> RateLimitState:
        return self._state(key, limit, window_seconds, count=True)

    def peek(self, key: str, *, limit: int, window_seconds: int) -> RateLimitState:
        return self._state(key, limit, window_seconds, count=False)

    def _state(self, key: str, limit: int, window_seconds: int, *, count: bool) -> RateLimitState:
        item = RateLimitItemPerSecond(limit, window_seconds)
        try:
            allowed = self._limiter.hit(item, key) if count else None
            stats = self._limiter.get_window_stats(item, key)
        except StorageError as exc:
            raise AccountsUnavailable(f"the rate-limit store is unavailable: {exc.storage_error}") from exc
        return RateLimitState(allowed=stats.remaining > 0 if allowed is None else allowed, limit=limit,
                              remaining=stats.remaining,
                              reset_seconds=max(1, math.ceil(stats.reset_time - time.time())))

    def close(self) -> None:
        if isinstance(self._storage, RedisStorage):
            self._storage.storage.close()
