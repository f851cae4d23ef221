"""A :class:`arena.stats.ports.StatStore` whose every read goes through a :class:`arena.guard.CallGuard`
(the database's circuit breaker and retries), placed between the cache and the database so cache hits
never reach either. ``bootstrap`` hands it the database breaker's guard; no stats module imports
``resilience``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

from arena.errors import ArenaError
from arena.guard import CallGuard
from arena.stats.catalog import League
from arena.stats.model import Honour, Player, PlayerProfile, RosterRow, SeasonTotal
from arena.stats.ports import StatStore
from arena.stats.store_decorator import StatStoreDecorator

P = ParamSpec("P")
T = TypeVar("T")


class GuardedStatStore(StatStoreDecorator):
    """Reads ``store`` through ``guard``.

    >>> stats = CachedStatStore(GuardedStatStore(SqlStatStore(engine), database_guard), MemoryStatCache())

    The data version (which every cached read asks for, to build its key) is read through the guard at most
    once per ``version_ttl_seconds``; when that read fails or is refused, the last version read stays in use
    for another period, so the cache keeps answering while the database is down (nothing can be imported
    meanwhile, so the version cannot have changed). Before any version was read, the failure is raised.
    """

    def __init__(self, store: StatStore, guard: CallGuard, *, version_ttl_seconds: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(store)
        self._guard = guard
        self._version_ttl = version_ttl_seconds
        self._clock = clock
        self._version: tuple[float, str] | None = None  # (read at, version)

    def _call(self, method: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        return self._guard.call(lambda: method(*args, **kwargs))

    def data_version(self) -> str:
        now = self._clock()
        known = self._version
        if known is not None and now - known[0] < self._version_ttl:
            return known[1]
        try:
            version = self._guard.call(self._store.data_version)
        except ArenaError:  # the store is unavailable, or the guard refused to ask it
            if known is None:
                raise
            version = known[1]
        self._version = (now, version)
        return version

    # Bulk reads are read whole inside the guard: a generator would query the database after it let go.
    def iter_players(self, league: League | None = None) -> Iterator[Player]:
        return iter(self._guard.call(lambda: list(self._store.iter_players(league))))

    def iter_profiles(self, league: League | None = None) -> Iterator[PlayerProfile]:
        return iter(self._guard.call(lambda: list(self._store.iter_profiles(league))))

    def iter_roster(self, league: League) -> Iterator[RosterRow]:
        return iter(self._guard.call(lambda: list(self._store.iter_roster(league))))

    def iter_honours(self, league: League) -> Iterator[Honour]:
        return iter(self._guard.call(lambda: list(self._store.iter_honours(league))))

    def iter_top_seasons(self, league: League, group: str, stat: str, *, limit: int) -> Iterator[SeasonTotal]:
        return iter(self._guard.call(lambda: list(self._store.iter_top_seasons(league, group, stat, limit=limit))))
