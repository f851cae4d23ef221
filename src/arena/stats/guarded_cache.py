"""A :class:`arena.stats.ports.StatCache` whose reads and writes go through a :class:`arena.guard.CallGuard`
(Redis's circuit breaker), so a cache that is down or hung is skipped at once while its breaker is open and
the store answers instead. ``bootstrap`` hands it the redis breaker's guard; no stats module imports
``resilience``.
"""

from __future__ import annotations

from arena.guard import CallGuard
from arena.stats.ports import StatCache


class GuardedStatCache:
    """``cache`` through ``guard``; a refused call raises the guard's ``CallRefused`` (an ``ArenaError``), which
    :class:`arena.stats.cached_store.CachedStatStore` treats like the cache failing: the store answers.

    >>> stats = CachedStatStore(store, GuardedStatCache(RedisStatCache.from_url(url), redis_guard))
    """

    def __init__(self, cache: StatCache, guard: CallGuard) -> None:
        self._cache = cache
        self._guard = guard

    def get(self, key: str) -> str | None:
        return self._guard.call(lambda: self._cache.get(key))

    def set(self, key: str, value: str) -> None:
        self._guard.call(lambda: self._cache.set(key, value))

    def clear(self) -> None:
        self._guard.call(self._cache.clear)

    def counters(self) -> dict[str, int]:
        return self._cache.counters()  # never raises, and reports whether the cache answers
