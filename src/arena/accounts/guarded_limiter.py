"""A rate limiter that counts in Redis through its circuit breaker, and in this process's memory while Redis
is down or refused: limits then hold per process (N processes allow up to N times a plan's rate) until
Redis answers again."""

from __future__ import annotations

from arena.accounts.errors import AccountsUnavailable
from arena.accounts.ports import RateLimiter, RateLimitState
from arena.guard import CallGuard, CallRefused


class GuardedRateLimiter:
    """``primary`` through ``guard``, ``fallback`` when the call fails or is refused.

    >>> GuardedRateLimiter(LimitsRateLimiter.redis(url, ...), MemoryRateLimiter(), redis_guard)
    """

    def __init__(self, primary: RateLimiter, fallback: RateLimiter, guard: CallGuard) -> None:
        self._primary = primary
        self._fallback = fallback
        self._guard = guard

    def hit(self, key: str, *, limit: int, window_seconds: int) -> RateLimitState:
        try:
            return self._guard.call(lambda: self._primary.hit(key, limit=limit, window_seconds=window_seconds))
        except (AccountsUnavailable, CallRefused):
            return self._fallback.hit(key, limit=limit, window_seconds=window_seconds)

    def peek(self, key: str, *, limit: int, window_seconds: int) -> RateLimitState:
        try:
            return self._guard.call(lambda: self._primary.peek(key, limit=limit, window_seconds=window_seconds))
        except (AccountsUnavailable, CallRefused):
            return self._fallback.peek(key, limit=limit, window_seconds=window_seconds)
