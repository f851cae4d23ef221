"""The stat store's tables (SQLAlchemy Core on :data:`arena.db.metadata`); ``arena/migrations`` creates them.

Season rows keep counting stats only, one column per stat; rates are derived on read. Player
profiles and league-season contexts are precomputed at import so the common reads are single lookups.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.dialects.postgresql import JSONB

from arena.db import metadata, moment

JSONDocument = JSON().with_variant(JSONB(), "postgresql")


# The keys most tables share, each declared once so that every table spells them alike.
def _league(**options: Any) -> Column[str]:
    """The league's code (``"nba"``)."""
    return Column("league", String(8), **options)


def _season(**options: Any) -> Column[int]:
    """The season as the store numbers it (the year it ends in the NBA and NHL, the year played otherwise)."""
    return Column("season", Integer, **options)


def _player(**options: Any) -> Column[str]:
    """The player a row is about: a :data:`players` id."""
    return Column("player_id", String(64), ForeignKey("stat_players.id"), **options)


def _competition() -> Column[str]:
    """The competition a season was played in, part of the key: the league itself, or the AL or NL in MLB."""
    return Column("competition", String(16), primary_key=True)


def _team(name: str, **options: Any) -> Column[str]:
    """A club's code (``"BOS"``)."""
    return Column(name, String(16), **options)


def _seasons(name: str, whose: Column[str], *columns: Column[Any] | Index) -> Table:
    """A table of seasons, keyed by ``whose`` season (a league's or a player's: :func:`_league` or
    :func:`_player`), then by any other key among ``columns``."""
    return Table(name, metadata, whose, _season(primary_key=True), *columns)


players = Table(
    "stat_players",
    metadata,
    Column("id", String(64), primary_key=True),
    _league(nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("name_variants", JSONDocument, nullable=False),
    Column("birth_year", Integer),
    Column("positions", JSONDocument, nullable=False),
    Column("first_season", Integer),
    Column("last_season", Integer),
    Column("hall_of_fame", Boolean, nullable=False),
    # The profile, over the league's counted competitions.
    Column("seasons", Integer, nullable=False),
    Column("career_first_season", Integer),
    Column("career_last_season", Integer),
    Column("games", Float, nullable=False),
    Column("career", JSONDocument, nullable=False),
    Column("award_counts", JSONDocument, nullable=False),
)

# The catalogue's counting stats, one nullable column each (NULL: the era did not record it), so that
# leaderboards sum plain columns. A stat added to the catalogue later lands in ``extra_stats`` until a
# migration gives it a column.
STAT_COLUMNS: tuple[str, ...] = (
    "assists", "at_bats", "attempts", "blocks", "carries", "completions", "defensive_rebounds", "doubles",
    "earned_runs", "fg3_attempts", "fg3_made", "fg_attempts", "fg_made", "fouls", "ft_attempts", "ft_made",
    "game_winning_goals", "games", "games_started", "goals", "goals_against", "hit_by_pitch", "hits",
    "hits_allowed", "home_runs", "home_runs_allowed", "interceptions", "losses", "minutes",
    "offensive_rebounds", "outs_pitched", "passing_tds", "passing_yards", "penalty_minutes", "plus_minus",
    "points", "power_play_goals", "rbi", "rebounds", "receiving_tds", "receiving_yards", "receptions", "runs",
    "rushing_tds", "rushing_yards", "sacrifice_flies", "saves", "shots", "shots_against", "shutouts",
    "steals", "stolen_bases", "strikeouts", "targets", "ties_ot_losses", "triples", "turnovers", "walks",
    "wins",
)

player_seasons = _seasons(
    "stat_player_seasons", _player(primary_key=True),
    _competition(),
    Column("stat_group", String(32), primary_key=True),
    _league(nullable=False),
    Column("teams", JSONDocument, nullable=False),
    Column("position", String(16)),
    *(Column(key, Float) for key in STAT_COLUMNS),
    Column("extra_stats", JSONDocument, nullable=False),
    Index("ix_stat_player_seasons_leaderboard", "league", "stat_group", "season"),
)

awards = Table(
    "stat_awards",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _player(nullable=False, index=True),
    _league(nullable=False, index=True),
    _season(nullable=False),
    Column("award", Text, nullable=False),
    Column("detail", Text),
    Column("is_winner", Boolean, nullable=False),
)

team_seasons = _seasons(
    "stat_team_seasons", _league(primary_key=True),
    _competition(),
    _team("team", primary_key=True),
    Column("name", Text, nullable=False),
    Column("wins", Integer),
    Column("losses", Integer),
    Column("ties", Integer),
    Column("stats", JSONDocument, nullable=False),
)

# Season titles (champion and runner-up as team codes, with the file or public reference they come from),
# and the players credited with each round: those whose season ended with the champion or the runner-up
# (see arena.stats.titles).
championships = _seasons(
    "stat_championships", _league(primary_key=True),
    Column("title", String(32), primary_key=True),
    _team("champion", nullable=False),
    Column("champion_name", Text, nullable=False),
    _team("runner_up"),
    Column("runner_up_name", Text),
    Column("result", String(16)),
    Column("source", Text, nullable=False),
)

player_championships = _seasons(
    "stat_player_championships", _player(primary_key=True),
    Column("title", String(32), primary_key=True),
    _league(nullable=False, index=True),
    _team("team", nullable=False),
    Column("won", Boolean, nullable=False),  # false: his club lost that title round (the runner-up)
)

league_seasons = _seasons(
    "stat_league_seasons", _league(primary_key=True),
    Column("stat_group", String(32), primary_key=True),
    Column("totals", JSONDocument, nullable=False),
    Column("players", Integer, nullable=False),
    Column("per_player_game", JSONDocument, nullable=False),
)

imports = Table(
    "stat_imports",
    metadata,
    _league(primary_key=True),
    Column("players", Integer, nullable=False),
    Column("player_seasons", Integer, nullable=False),
    Column("first_season", Integer),
    Column("last_season", Integer),
    moment("imported_at", nullable=False),
    Column("version", String(32), nullable=False),
    Column("sources", JSONDocument, nullable=False),
)

# Children before parents: the order a league's rows are deleted in.
LEAGUE_TABLES = (player_seasons, awards, player_championships, players, team_seasons, league_seasons, championships)
