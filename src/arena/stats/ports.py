"""The stat store's ports: what the rest of Arena may ask of it, and what adapters must provide."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Literal, Protocol

from arena.stats import model
from arena.stats.catalog import League


class StatStore(Protocol):
    """Typed retrieval over every imported player season. Raises :class:`arena.stats.errors.StatsError`s."""

    def data_version(self) -> str:
        """An opaque string that changes whenever any league is re-imported."""
        ...

    def find_players(self, name: str, *, league: League | None = None, limit: int = 10) -> list[model.PlayerMatch]:
        """Players whose name or a variant matches ``name`` (accent- and case-insensitive, fuzzy)."""
        ...

    def get_player(self, player_id: str) -> model.Player:
        """The player; raises ``PlayerNotFound``."""
        ...

    def iter_players(self, league: League | None = None) -> Iterator[model.Player]:
        """Every player (for building indexes)."""
        ...

    def iter_profiles(self, league: League | None = None) -> Iterator[model.PlayerProfile]:
        """Every player with career lines and award counts, read in bulk (precomputed at import)."""
        ...

    def iter_roster(self, league: League) -> Iterator[model.RosterRow]:
        """Every player season of ``league`` with each club he played for, in bulk (for the parser's
        team + position reading), with each volume the league's positions rank players by (the group's
        yardstick volume first, a closer's saves...); a season with none of them is left out."""
        ...

    def iter_honours(self, league: League) -> Iterator[model.Honour]:
        """Every award won (not votes received) and every title of a team the player finished the season
        with, in bulk (for the parser's reading of "his MVP year", "his championship season")."""
        ...

    def iter_top_seasons(self, league: League, group: str, stat: str, *, limit: int) -> Iterator[model.SeasonTotal]:
        """The ``limit`` player seasons with the most ``stat`` (a counting stat of ``group``), most first."""
        ...

    def seasons(
        self, player_id: str, *, from_season: int | None = None, to_season: int | None = None,
        all_competitions: bool = False,
    ) -> list[model.PlayerSeason]:
        """The player's seasons in order, by default only those in the league's counted competitions; a
        season split between two counted competitions (the AL and the NL) is one season, summed."""
        ...

    def career(
        self, player_id: str, *, from_season: int | None = None, to_season: int | None = None
    ) -> model.Career:
        """Totals and rates per group, over the counted competitions, optionally within a season range.

        ``gaps`` name the figures that cover only part of it (seasons whose rows lack them, or a known hole
        of the league after the player's last season): say them with :func:`arena.stats.describe_gap`,
        never as "career" figures.
        """
        ...

    def best_season(self, player_id: str, *, stat: str, group: str | None = None) -> model.PlayerSeason | None:
        """The season with the best value of ``stat`` (lowest for lower-is-better stats)."""
        ...

    def leaders(
        self, league: League, *, stat: str, group: str | None = None, from_season: int | None = None,
        to_season: int | None = None, limit: int = 10, min_games: int | None = None,
        competition: str | None = None,
    ) -> list[model.LeaderRow]:
        """Leaders of ``stat`` summed (or, for rates, recomputed) over the range.

        Rates need the record books' minimum, scaled to the season's schedule (or ``min_games`` games when
        given). ``competition`` ranks within one of the league's competitions (the AL or the NL), as the
        record books count MLB's titles; raises ``UnknownLeague`` for one the league does not count.
        """
        ...

    def league_context(self, league: League, season: int) -> model.LeagueContext:
        """League totals and averages for ``season``; raises ``UnknownSeason``."""
        ...

    def awards(self, player_id: str) -> list[model.Award]:
        ...

    def team_seasons(self, league: League, *, team: str | None = None,
                     season: int | None = None) -> list[model.TeamSeason]:
        ...

    def champions(self, league: League, *, season: int | None = None) -> list[model.Championship]:
        """The league's season titles in season order; empty for a season with none (1994 in MLB)."""
        ...

    def championships(self, player_id: str) -> list[model.PlayerChampionship]:
        """Titles won by a team the player finished that season with, in season order."""
        ...

    def title_records(self, player_id: str) -> list[model.TitleRecord]:
        """The player's record in each title round a team he finished the season with reached, won and
        lost, with the seasons of his career it cannot cover (see :class:`model.TitleRecord`)."""
        ...

    def seasons_available(self, league: League) -> tuple[int, int] | None:
        """First and last season with data, or None when the league is not imported."""
        ...

    def status(self) -> list[model.LeagueStatus]:
        ...


class StatWriter(Protocol):
    """Replaces one league's data atomically: on any failure the previous data stays whole."""

    def replace_league(self, data: model.LeagueData) -> model.LeagueStatus:
        ...


class StatCache(Protocol):
    """A key-value cache of JSON text; keys already include the data version."""

    def get(self, key: str) -> str | None:
        ...

    def set(self, key: str, value: str) -> None:
        ...

    def clear(self) -> None:
        ...

    def counters(self) -> dict[str, int]:
        """``hits``, ``misses``, ``size`` and whatever else the adapter counts."""
        ...


class SourceReader(Protocol):
    """Where importers read upstream files from (a local folder laid out as ``shared/data``)."""

    def exists(self, path: str) -> bool:
        ...

    def open_text(self, path: str) -> Iterator[str]:
        """Lines of a text file (``.gz`` decompressed), as UTF-8; raises ``SourceFileMissing``."""
        ...

    def list(self, folder: str, suffix: str = "") -> Sequence[str]:
        """Paths (relative to the root) of files directly inside ``folder`` ending with ``suffix``."""
        ...


CacheLookup = Literal["hit", "miss", "unavailable", "error"]


class CacheListener(Protocol):
    """Told the result of every cache lookup (``unavailable``: the cache failed or its breaker refused it,
    and the store answered instead; ``error``: it held an entry this release cannot read)."""

    def on_lookup(self, result: CacheLookup) -> None:
        ...
