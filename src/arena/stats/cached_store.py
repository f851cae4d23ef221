"""A read-through cache in front of any :class:`arena.stats.ports.StatStore`.

Keys start with the store's data version, so an import (which changes the version) invalidates every
entry at once. Values are the results' JSON (pydantic). A failing cache never fails a read: the store
answers instead, and the failure is counted.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from arena.errors import ArenaError
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
from arena.stats.ports import CacheListener, CacheLookup, StatCache, StatStore

T = TypeVar("T")

_MATCHES = TypeAdapter(list[PlayerMatch])
_PLAYER = TypeAdapter(Player)
_SEASONS = TypeAdapter(list[PlayerSeason])
_CAREER = TypeAdapter(Career)
_SEASON = TypeAdapter(PlayerSeason | None)
_LEADERS = TypeAdapter(list[LeaderRow])
_CONTEXT = TypeAdapter(LeagueContext)
_AWARDS = TypeAdapter(list[Award])
_TEAMS = TypeAdapter(list[TeamSeason])
_CHAMPIONS = TypeAdapter(list[Championship])
_TITLES = TypeAdapter(list[PlayerChampionship])
_SPAN = TypeAdapter(tuple[int, int] | None)


class CachedStatStore:
    """A :class:`StatStore` that answers repeated reads from ``cache``.

    Bulk reads (``iter_players``, ``iter_profiles``), ``status`` and ``data_version`` always go to the
    store. Errors the store raises (``PlayerNotFound``...) are not cached. Each of ``listeners`` is told
    every lookup's result (hit, miss, error), for metrics.

    >>> stats = CachedStatStore(SqlStatStore(engine), MemoryStatCache())
    >>> stats.career("nba:jordami01")  # the store answers; the same call again is a cache hit
    """

    def __init__(self, store: StatStore, cache: StatCache, *, listeners: Sequence[CacheListener] = ()) -> None:
        self._store = store
        self._cache = cache
        self._listeners = tuple(listeners)
        self._lock = threading.Lock()
        self._cache_errors = 0

    @property
    def store(self) -> StatStore:
        return self._store

    @property
    def cache(self) -> StatCache:
        return self._cache

    def counters(self) -> dict[str, int]:
        """The cache's counters plus ``cache_errors``: reads the store answered because the cache failed
        or held an entry this release cannot read."""
        with self._lock:
            errors = self._cache_errors
        return {**self._cache.counters(), "cache_errors": errors}

    # -- pass-through --------------------------------------------------------------------------------

    def data_version(self) -> str:
        return self._store.data_version()

    def iter_players(self, league: League | None = None) -> Iterator[Player]:
        return self._store.iter_players(league)

    def iter_profiles(self, league: League | None = None) -> Iterator[PlayerProfile]:
        return self._store.iter_profiles(league)

    def status(self) -> list[LeagueStatus]:
        return self._store.status()

    # -- cached --------------------------------------------------------------------------------------

    def find_players(self, name: str, *, league: League | None = None, limit: int = 10) -> list[PlayerMatch]:
        return self._read("find_players", _MATCHES,
                          lambda: self._store.find_players(name, league=league, limit=limit),
                          name, league, limit)

    def get_player(self, player_id: str) -> Player:
        return self._read("get_player", _PLAYER, lambda: self._store.get_player(player_id), player_id)

    def seasons(
        self, player_id: str, *, from_season: int | None = None, to_season: int | None = None,
        all_competitions: bool = False,
    ) -> list[PlayerSeason]:
        return self._read("seasons", _SEASONS, lambda: self._store.seasons(
            player_id, from_season=from_season, to_season=to_season, all_competitions=all_competitions),
            player_id, from_season, to_season, all_competitions)

    def career(
        self, player_id: str, *, from_season: int | None = None, to_season: int | None = None
    ) -> Career:
        return self._read("career", _CAREER, lambda: self._store.career(
            player_id, from_season=from_season, to_season=to_season), player_id, from_season, to_season)

    def best_season(self, player_id: str, *, stat: str, group: str | None = None) -> PlayerSeason | None:
        return self._read("best_season", _SEASON,
                          lambda: self._store.best_season(player_id, stat=stat, group=group),
                          player_id, stat, group)

    def leaders(
        self, league: League, *, stat: str, group: str | None = None, from_season: int | None = None,
        to_season: int | None = None, limit: int = 10, min_games: int | None = None,
        competition: str | None = None,
    ) -> list[LeaderRow]:
        return self._read("leaders", _LEADERS, lambda: self._store.leaders(
            league, stat=stat, group=group, from_season=from_season, to_season=to_season, limit=limit,
            min_games=min_games, competition=competition), league, stat, group, from_season, to_season, limit,
            min_games, competition)

    def league_context(self, league: League, season: int) -> LeagueContext:
        return self._read("league_context", _CONTEXT, lambda: self._store.league_context(league, season),
                          league, season)

    def awards(self, player_id: str) -> list[Award]:
        return self._read("awards", _AWARDS, lambda: self._store.awards(player_id), player_id)

    def team_seasons(self, league: League, *, team: str | None = None,
                     season: int | None = None) -> list[TeamSeason]:
        return self._read("team_seasons", _TEAMS,
                          lambda: self._store.team_seasons(league, team=team, season=season),
                          league, team, season)

    def champions(self, league: League, *, season: int | None = None) -> list[Championship]:
        return self._read("champions", _CHAMPIONS, lambda: self._store.champions(league, season=season),
                          league, season)

    def championships(self, player_id: str) -> list[PlayerChampionship]:
        return self._read("championships", _TITLES, lambda: self._store.championships(player_id), player_id)

    def seasons_available(self, league: League) -> tuple[int, int] | None:
        return self._read("seasons_available", _SPAN, lambda: self._store.seasons_available(league), league)

    # -- internals -----------------------------------------------------------------------------------

    def _read(self, method: str, adapter: TypeAdapter[T], compute: Callable[[], T], *args: Any) -> T:
        key = f"{self._store.data_version()}:{method}:{json.dumps(args, separators=(',', ':'))}"
        try:
            text = self._cache.get(key)
        except ArenaError:  # down, or skipped while its breaker is open
            self._count_error()
            self._notify("unavailable")
            return compute()
        if text is not None:
            try:
                value = adapter.validate_json(text)
            except ValidationError:  # written by another release of Arena: recompute and overwrite
                self._count_error()
                self._notify("error")
            else:
                self._notify("hit")
                return value
        else:
            self._notify("miss")
        value = compute()
        try:
            self._cache.set(key, adapter.dump_json(value).decode("utf-8"))
        except ArenaError:
            self._count_error()
        return value

    def _count_error(self) -> None:
        with self._lock:
            self._cache_errors += 1

    def _notify(self, result: CacheLookup) -> None:
        for listener in self._listeners:
            listener.on_lookup(result)
