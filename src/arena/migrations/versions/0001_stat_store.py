"""The stat store: players with their precomputed profiles, season rows, awards, team seasons, league
contexts and per-league import metadata.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from arena.migrations.frozen import JSON, create_player_seasons, index, key, league, player, refers, season

revision = "0001"  # written 2026-11-28
down_revision = None


def upgrade() -> None:
    op.create_table(
        "stat_imports",
        league(),
        sa.Column("players", sa.Integer(), nullable=False),
        sa.Column("player_seasons", sa.Integer(), nullable=False),
        sa.Column("first_season", sa.Integer(), nullable=True),
        sa.Column("last_season", sa.Integer(), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("sources", JSON, nullable=False),
        key("stat_imports", "league"),
    )
    op.create_table(
        "stat_league_seasons",
        league(),
        season(),
        sa.Column("stat_group", sa.String(length=32), nullable=False),
        sa.Column("totals", JSON, nullable=False),
        sa.Column("players", sa.Integer(), nullable=False),
        sa.Column("per_player_game", JSON, nullable=False),
        key("stat_league_seasons", "league", "season", "stat_group"),
    )
    op.create_table(
        "stat_players",
        sa.Column("id", sa.String(length=64), nullable=False),
        league(),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_variants", JSON, nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("positions", JSON, nullable=False),
        sa.Column("first_season", sa.Integer(), nullable=True),
        sa.Column("last_season", sa.Integer(), nullable=True),
        sa.Column("hall_of_fame", sa.Boolean(), nullable=False),
        sa.Column("seasons", sa.Integer(), nullable=False),
        sa.Column("career_first_season", sa.Integer(), nullable=True),
        sa.Column("career_last_season", sa.Integer(), nullable=True),
        sa.Column("games", sa.Float(), nullable=False),
        sa.Column("career", JSON, nullable=False),
        sa.Column("award_counts", JSON, nullable=False),
        key("stat_players", "id"),
    )
    index("stat_players", "league")
    op.create_table(
        "stat_team_seasons",
        league(),
        season(),
        sa.Column("competition", sa.String(length=16), nullable=False),
        sa.Column("team", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("wins", sa.Integer(), nullable=True),
        sa.Column("losses", sa.Integer(), nullable=True),
        sa.Column("ties", sa.Integer(), nullable=True),
        sa.Column("stats", JSON, nullable=False),
        key("stat_team_seasons", "league", "season", "competition", "team"),
    )
    op.create_table(
        "stat_awards",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        player(),
        league(),
        season(),
        sa.Column("award", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("is_winner", sa.Boolean(), nullable=False),
        refers("stat_awards", "player_id", "stat_players.id"),
        key("stat_awards", "id"),
    )
    index("stat_awards", "league")
    index("stat_awards", "player_id")
    create_player_seasons([sa.Column("stats", JSON, nullable=False)])


def downgrade() -> None:
    for table in ("stat_player_seasons", "stat_awards", "stat_team_seasons", "stat_players", "stat_league_seasons",
                  "stat_imports"):
        op.drop_table(table)
