"""The stat store's domain types: frozen, serialisable, no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field, computed_field

from arena.stats.catalog import League, StatLine


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class _LeagueSeason(_Frozen):
    """Of one season of one league."""

    league: League
    season: int


class Player(_Frozen):
    """One person in one league. ``id`` is ``"<league>:<upstream id>"`` (``nba:jordami01``)."""

    id: str
    league: League
    name: str
    name_variants: tuple[str, ...] = ()
    birth_year: int | None = None
    positions: tuple[str, ...] = ()
    first_season: int | None = None
    last_season: int | None = None
    hall_of_fame: bool = False


class SeasonRow(_Frozen):
    """One player's counting stats in one stat group for one season of one competition.

    Multi-team seasons are already combined (the importer's job); ``teams`` lists the clubs in order.
    ``stats`` holds counting stats only; rates are derived by :mod:`arena.stats.catalog`.
    """

    player_id: str
    league: League
    season: int
    competition: str
    group: str
    teams: tuple[str, ...] = ()
    position: str | None = None
    stats: dict[str, float | None]


class Award(_Frozen):
    """An award, selection or vote share (``award`` like "nba mvp", "all-nba", "all-star", "hart")."""

    player_id: str
    league: League
    season: int
    award: str
    detail: str | None = None  # "winner", "1st team", "share 0.856", ...
    is_winner: bool = True


class TeamSeason(_LeagueSeason):
    """A club's season record, where the sources have one."""

    competition: str
    team: str
    name: str
    wins: int | None = None
    losses: int | None = None
    ties: int | None = None
    stats: dict[str, float | None] = Field(default_factory=dict)


class Championship(_LeagueSeason):
    """A season's title: who won it, whom they beat, and where that is written.

    ``title`` names the competition ("NBA championship", "ABA championship", "Super Bowl", "World Series",
    "Stanley Cup"); ``champion`` and ``runner_up`` are team codes spelt as the league's player seasons spell
    them, so a player's season finds its title by team. ``source`` is the upstream file, or the public
    reference a curated row comes from.
    """

    title: str
    champion: str
    champion_name: str
    runner_up: str | None = None
    runner_up_name: str | None = None
    result: str | None = None  # "4-2" (games in a series) or "38-35" (the final's score)
    source: str


class PlayerChampionship(_Frozen):
    """A title won by a team the player finished that season with."""

    player_id: str
    league: League
    season: int
    label: str
    title: str
    team: str
    team_name: str


class TitleRecord(_Frozen):
    """A player's record in one league's title round (the NBA Finals, the Super Bowl, the World Series, the
    Stanley Cup Final): the seasons a club he finished the season with won it and lost it, credited by the
    rule titles are (see arena.stats.titles).

    ``unknown`` are seasons of his career the store cannot tell about (no runner-up named, or no rosters to
    credit from: the NHL's after 2017-18), so the record is never claimed over them.
    """

    player_id: str
    league: League
    title: str  # as stat_championships names it: "NBA championship"
    round_name: str  # as a fan names the round: "NBA Finals"
    won: tuple[int, ...]
    lost: tuple[int, ...]
    unknown: tuple[int, ...] = ()

    @computed_field  # type: ignore[prop-decorator]
    @property
    def record(self) -> str:
        """Wins and losses as a fan writes them: "6-0"."""
        return f"{len(self.won)}-{len(self.lost)}"

    @computed_field  # type: ignore[prop-decorator]
    @property
    def through(self) -> int | None:
        """The last season the record covers, where the seasons it cannot cover come after every one it
        does ("through 2017-18"); None where it covers the whole career or the holes lie within it."""
        known = sorted({*self.won, *self.lost})
        if self.unknown and (not known or min(self.unknown) > known[-1]):
            return min(self.unknown) - 1
        return None


class LeagueData(BaseModel):
    """Everything one importer read for one league, before it is stored."""

    league: League
    players: list[Player]
    seasons: list[SeasonRow]
    awards: list[Award] = Field(default_factory=list)
    teams: list[TeamSeason] = Field(default_factory=list)
    championships: list[Championship] = Field(default_factory=list)
    # (player id, season) of everyone who played in that season's playoffs, where a source records it, or
    # was on the roster without playing (a curated table): it credits a title to a late arrival and to a
    # player the club carried all season (see arena.stats.titles).
    playoff_appearances: list[tuple[str, int]] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)  # files read, relative to the source dir


class PlayerSeason(_Frozen):
    """A season as the retrieval API returns it: every group's totals and rates, and per group the position
    its row names, where the source records one per season (MLB batting: the season's primary position)."""

    season: int
    label: str
    competition: str
    teams: tuple[str, ...]
    groups: dict[str, StatLine]
    positions: dict[str, str] = Field(default_factory=dict)


class CareerGap(_Frozen):
    """Figures of one group that cover only part of a career: ``keys`` cover ``first_season`` to
    ``last_season`` except ``missing`` (seasons of the career whose rows lack them: an era that did not
    record the stat, a source that lacks it); ``missing_after``: the seasons after it are missing from
    every source (a known hole), so the career may go on where the store cannot follow; ``missing_before``:
    the seasons before it are in no source that covers every player, so the career may have begun earlier.
    :func:`arena.stats.coverage.describe_gap` says it in words."""

    group: str
    keys: tuple[str, ...]
    first_season: int
    last_season: int
    missing: tuple[int, ...] = ()
    missing_after: int | None = None
    missing_before: int | None = None


class Career(_Frozen):
    """Career totals and rates per group over the counted competitions (or a season range).

    ``gaps`` name the figures that cover only part of it; a figure not named covers every season.
    """

    player_id: str
    seasons: int
    first_season: int | None
    last_season: int | None
    groups: dict[str, StatLine]
    gaps: tuple[CareerGap, ...] = ()


class PlayerMatch(_Frozen):
    player: Player
    score: float


class LeaderRow(_Frozen):
    rank: int
    player_id: str
    name: str
    value: float
    games: float | None
    seasons: int
    first_season: int
    last_season: int


class Schedule(_Frozen):
    """How many games the teams played in one season: what scales a rate title's minimum.

    ``by_team`` is each club's games from the team records (1981's MLB clubs played 102 to 111);
    ``games`` the longest any team played, or, in a season with no team records (the NFL, the NHL after
    2017-18), the most games any player played.
    """

    season: int
    games: float
    by_team: dict[str, float] = Field(default_factory=dict)

    def team_games(self, teams: Sequence[str]) -> float:
        """The games of his team: for a traded season the most of his teams', else the season's length."""
        known = [self.by_team[team] for team in teams if team in self.by_team]
        return max(known) if known else self.games


class LeagueContext(_LeagueSeason):
    """League-wide totals and rates for one season: the yardstick for era-relative comparisons.

    ``per_player_game`` divides each total by the league's player-games, so a player's per-game rate can
    be set against the league's level that year.
    """

    label: str
    groups: dict[str, StatLine]
    players: dict[str, int]
    per_player_game: dict[str, StatLine]
    schedule: Schedule | None = None


class PlayerProfile(_Frozen):
    """A player with career lines and award counts, for bulk consumers (name index, fame prior, peers).

    ``career`` holds totals and rates per group over the counted competitions; ``award_counts`` counts
    winning awards and selections by award name ("nba mvp": 5, "all-star": 14).
    """

    player: Player
    seasons: int
    games: float
    career: dict[str, StatLine]
    award_counts: dict[str, int]


class RosterRow(NamedTuple):
    """One player's season with one club in one stat group, read in bulk to tell who played a position or
    filled a role for a club ("the 85 bears qb", "the Yankees closer in 2005"). ``position`` is the season's,
    else the player's first listed; ``volumes`` are the season's volumes the group's positions are ranked by,
    in step with ``measures``, which name each one's stats (the group's yardstick volume first; a closer's
    saves; a point guard's starts, else minutes, else games: the first the season records), None where it
    records none. A plain tuple: a bulk read makes a few hundred thousand of them."""

    player_id: str
    league: League
    season: int
    team: str
    group: str
    position: str | None
    games: float | None
    volumes: tuple[float | None, ...]
    measures: tuple[tuple[str, ...], ...]


class Honour(NamedTuple):
    """An award or a title a player won in a season ("nba mvp", "NBA championship"), read in bulk for the
    parser, which reads a season named by what he won in it ("his MVP year"). ``detail`` is the award's
    ("winner, share 1.000"). A plain tuple: a bulk read makes tens of thousands."""

    player_id: str
    season: int
    honour: str
    detail: str | None
    is_title: bool


class SeasonTotal(NamedTuple):
    """A player's total of one stat in one season, over the league's counted competitions (bulk read)."""

    player_id: str
    season: int
    value: float


class LeagueStatus(_Frozen):
    league: League
    players: int
    player_seasons: int
    first_season: int | None
    last_season: int | None
    imported_at: str | None
    version: str | None
