"""Season rows keep each counting stat in its own column instead of a JSON document, so leaderboards sum
plain columns. The stored leagues are cleared: run ``arena data import`` again.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from arena.migrations.frozen import JSON, create_player_seasons

revision = "0002"  # written 2026-11-28
down_revision = "0001"

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


def _replace_player_seasons(stats: list[sa.Column[Any]]) -> None:
    op.drop_index("ix_stat_player_seasons_leaderboard", table_name="stat_player_seasons")
    op.drop_table("stat_player_seasons")
    for table in _LEAGUE_TABLES:
        op.execute(sa.text(f"DELETE FROM {table}"))
    create_player_seasons(stats)


def upgrade() -> None:
    _replace_player_seasons([*(sa.Column(key, sa.Float(), nullable=True) for key in _STAT_COLUMNS),
                             sa.Column("extra_stats", JSON, nullable=False)])


def downgrade() -> None:
    _replace_player_seasons([sa.Column("stats", JSON, nullable=False)])
