"""The base of the wrappers around a :class:`arena.stats.ports.StatStore` (the read-through cache, the
guarded store): every port method passes through one hook, ``_call``, so a wrapper says only what it does
differently."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

from arena.stats import model
from arena.stats.catalog import League
from arena.stats.ports import StatStore

P = ParamSpec("P")
T = TypeVar("T")


class StatStoreDecorator:
    """A :class:`StatStore` that hands each call to ``_call`` with the wrapped store's own bound method;
    as it stands, a plain pass-through.

    >>> class Counted(StatStoreDecorator):
    ...     def _call(self, method, /, *args, **kwargs):
    ...         self.calls += 1
    ...         return method(*args, **kwargs)
    """

    def __init__(self, store: StatStore) -> None:
        self._store = store

    @property
    def store(self) -> StatStore:
        """The store this one wraps."""
        return self._store

    def _call(self, method: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        return method(*args, **kwargs)

    def data_version(self) -> str:
        return self._call(self._store.data_version)

    def find_players(self, name: str, *, league: League | None = None,
                     limit: int = 10) -> list[model.PlayerMatch]:
        return self._call(self._store.find_players, name, league=league, limit=limit)

    def get_player(self, player_id: str) -> model.Player:
        return self._call(self._store.get_player, player_id)

    def iter_players(self, league: League | None = None) -> Iterator[model.Player]:
        return self._call(self._store.iter_players, league)

    def iter_profiles(self, league: League | None = None) -> Iterator[model.PlayerProfile]:
        return self._call(self._store.iter_profiles, league)

    def iter_roster(self, league: League) -> Iterator[model.RosterRow]:
        return self._call(self._store.iter_roster, league)

    def iter_honours(self, league: League) -> Iterator[model.Honour]:
        return self._call(self._store.iter_honours, league)

    def iter_top_seasons(self, league: League, group: str, stat: str, *, limit: int) -> Iterator[model.SeasonTotal]:
        return self._call(self._store.iter_top_seasons, league, group, stat, limit=limit)

    def seasons(self, player_id: str, *, from_season: int | None = None, to_season: int | None = None,
                all_competitions: bool = False) -> list[model.PlayerSeason]:
        return self._call(self._store.seasons, player_id, from_season=from_season, to_season=to_season,
                          all_competitions=all_competitions)

    def career(self, player_id: str, *, from_season: int | None = None,
               to_season: int | None = None) -> model.Career:
        return self._call(self._store.career, player_id, from_season=from_season, to_season=to_season)

    def best_season(self, player_id: str, *, stat: str, group: str | None = None) -> model.PlayerSeason | None:
        return self._call(self._store.best_season, player_id, stat=stat, group=group)

    def leaders(self, league: League, *, stat: str, group: str | None = None, from_season: int | None = None,
                to_season: int | None = None, limit: int = 10, min_games: int | None = None,
                competition: str | None = None) -> list[model.LeaderRow]:
        return self._call(self._store.leaders, league, stat=stat, group=group, from_season=from_season,
                          to_season=to_season, limit=limit, min_games=min_games, competition=competition)

    def league_context(self, league: League, season: int) -> model.LeagueContext:
        return self._call(self._store.league_context, league, season)

    def awards(self, player_id: str) -> list[model.Award]:
        return self._call(self._store.awards, player_id)

    def team_seasons(self, league: League, *, team: str | None = None,
                     season: int | None = None) -> list[model.TeamSeason]:
        return self._call(self._store.team_seasons, league, team=team, season=season)

    def champions(self, league: League, *, season: int | None = None) -> list[model.Championship]:
        return self._call(self._store.champions, league, season=season)

    def championships(self, player_id: str) -> list[model.PlayerChampionship]:
        return self._call(self._store.championships, player_id)

    def title_records(self, player_id: str) -> list[model.TitleRecord]:
        return self._call(self._store.title_records, player_id)

    def seasons_available(self, league: League) -> tuple[int, int] | None:
        return self._call(self._store.seasons_available, league)

    def status(self) -> list[model.LeagueStatus]:
        return self._call(self._store.status)
