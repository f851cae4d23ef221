"""A :class:`arena.stats.ports.StatStore` whose every read goes through a :class:`arena.guard.CallGuard`
(the database's circuit breaker and retries), placed between the cache and the database so cache hits
never reach either. ``bootstrap`` hands it the database breaker's guard; no stats module imports
``resilience``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from arena.errors import ArenaError
from arena.guard import CallGuard
from arena.stats.catalog import League
from arena.stats.model import (
    Award,
    Career,
    Championship,
    LeaderRow,
    LeagueContext,
    LeagueStatus,
    Player,
    PlayerChampionship,
    PlayerMatch,
    PlayerProfile,
    PlayerSeason,
    TeamSeason,
)
from arena.stats.ports import StatStore


class GuardedStatStore:
    """Reads ``store`` through ``guard``.

    >>> stats = CachedStatStore(GuardedStatStore(SqlStatStore(engine), database_guard), MemoryStatCache())

    The data version (which every cached read asks for, to build its key) is read through the guard at most
    once per ``version_ttl_seconds``; when that read fails or is refused, the last version read stays in use
    for another period, so the cache keeps answering while the database is down (nothing can be imported
    meanwhile, so the version cannot have changed). Before any version was read, the failure is raised.
    """

    def __init__(self, store: StatStore, guard: CallGuard, *, version_ttl_seconds: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._store = store
        self._guard = guard
        self._version_ttl = version_ttl_seconds
        self._clock = clock
        self._version: tuple[float, str] | None = None  # (read at, version)

    @property
    def store(self) -> StatStore:
        return self._store

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

    def iter_players(self, league: League | None = None) -> Iterator[Player]:
        return iter(self._guard.call(lambda: list(self._store.iter_players(league))))

    def iter_profiles(self, league: League | None = None) -> Iterator[PlayerProfile]:
        return iter(self._guard.call(lambda: list(self._store.iter_profiles(league))))

    def status(self) -> list[LeagueStatus]:
        return self._guard.call(self._store.status)

    def find_players(self, name: str, *, league: League | None = None, limit: int = 10) -> list[PlayerMatch]:
        return self._guard.call(lambda: self._store.find_players(name, league=league, limit=limit))

    def get_player(self, player_id: str) -> Player:
        return self._guard.call(lambda: self._store.get_player(player_id))

    def seasons(
        self, player_id: str, *, from_season: int | None = None, to_season: int | None = None,
        all_competitions: bool = False,
    ) -> list[PlayerSeason]:
        return self._guard.call(lambda: self._store.seasons(
            player_id, from_season=from_season, to_season=to_season, all_competitions=all_competitions))

    def career(
        self, player_id: str, *, from_season: int | None = None, to_season: int | None = None
    ) -> Career:
        return self._guard.call(lambda: self._store.career(player_id, from_season=from_season,
                                                           to_season=to_season))

    def best_season(self, player_id: str, *, stat: str, group: str | None = None) -> PlayerSeason | None:
        return self._guard.call(lambda: self._store.best_season(player_id, stat=stat, group=group))

    def leaders(
        self, league: League, *, stat: str, group: str | None = None, from_season: int | None = None,
        to_season: int | None = None, limit: int = 10, min_games: int | None = None,
        competition: str | None = None,
    ) -> list[LeaderRow]:
        return self._guard.call(lambda: self._store.leaders(
            league, stat=stat, group=group, from_season=from_season, to_season=to_season, limit=limit,
            min_games=min_games, competition=competition))

    def league_context(self, league: League, season: int) -> LeagueContext:
        return self._guard.call(lambda: self._store.league_context(league, season))

    def awards(self, player_id: str) -> list[Award]:
        return self._guard.call(lambda: self._store.awards(player_id))

    def team_seasons(self, league: League, *, team: str | None = None,
                     season: int | None = None) -> list[TeamSeason]:
        return self._guard.call(lambda: self._store.team_seasons(league, team=team, season=season))

    def champions(self, league: League, *, season: int | None = None) -> list[Championship]:
        return self._guard.call(lambda: self._store.champions(league, season=season))

    def championships(self, player_id: str) -> list[PlayerChampionship]:
        return self._guard.call(lambda: self._store.championships(player_id))

    def seasons_available(self, league: League) -> tuple[int, int] | None:
        return self._guard.call(lambda: self._store.seasons_available(league))
