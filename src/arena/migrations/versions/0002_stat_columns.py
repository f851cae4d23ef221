"""Season rows keep each counting stat in its own column instead of a JSON document, so leaderboards sum
plain columns. The stored leagues are cleared: run ``arena data import`` again.

Revision 0002, after 0001, 2026-11-28.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"

_JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
_STAT_COLUMNS = (
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
# Derived data only: every league is re-imported from the upstream files.
_LEAGUE_TABLES = ("stat_awards", "stat_players", "stat_team_seasons", "stat_league_seasons", "stat_imports")


def _create_player_seasons(stats: list[sa.Column[Any]]) -> None:
    op.create_table(
        "stat_player_seasons",
        sa.Column("player_id", sa.String(length=64), nullable=False),
        sa.Column("season", sa.Integer(), nullable=False),
        sa.Column("competition", sa.String(length=16), nullable=False),
        sa.Column("stat_group", sa.String(length=32), nullable=False),
        sa.Column("league", sa.String(length=8), nullable=False),
        sa.Column("teams", _JSON, nullable=False),
        sa.Column("position", sa.String(length=16), nullable=True),
        *stats,
        sa.ForeignKeyConstraint(["player_id"], ["stat_players.id"],
                                name=op.f("fk_stat_player_seasons_player_id_stat_players")),
        sa.PrimaryKeyConstraint("player_id", "season", "competition", "stat_group",
                                name=op.f("pk_stat_player_seasons")),
    )
    op.create_index("ix_stat_player_seasons_leaderboard", "stat_player_seasons",
                    ["league", "stat_group", "season"])


def _replace_player_seasons(stats: list[sa.Column[Any]]) -> None:
    op.drop_index("ix_stat_player_seasons_leaderboard", table_name="stat_player_seasons")
    op.drop_table("stat_player_seasons")
    for table in _LEAGUE_TABLES:
        op.execute(sa.text(f"DELETE FROM {table}"))
    _create_player_seasons(stats)


def upgrade() -> None:
    _replace_player_seasons([*(sa.Column(key, sa.Float(), nullable=True) for key in _STAT_COLUMNS),
                             sa.Column("extra_stats", _JSON, nullable=False)])


def downgrade() -> None:
    _replace_player_seasons([sa.Column("stats", _JSON, nullable=False)])
