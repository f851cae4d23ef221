"""The stat store: players with their precomputed profiles, season rows, awards, team seasons, league
contexts and per-league import metadata.

Revision 0001, 2026-11-28.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "stat_imports",
        sa.Column("league", sa.String(length=8), nullable=False),
        sa.Column("players", sa.Integer(), nullable=False),
        sa.Column("player_seasons", sa.Integer(), nullable=False),
        sa.Column("first_season", sa.Integer(), nullable=True),
        sa.Column("last_season", sa.Integer(), nullable=True),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("sources", _JSON, nullable=False),
        sa.PrimaryKeyConstraint("league", name=op.f("pk_stat_imports")),
    )
    op.create_table(
        "stat_league_seasons",
        sa.Column("league", sa.String(length=8), nullable=False),
        sa.Column("season", sa.Integer(), nullable=False),
        sa.Column("stat_group", sa.String(length=32), nullable=False),
        sa.Column("totals", _JSON, nullable=False),
        sa.Column("players", sa.Integer(), nullable=False),
        sa.Column("per_player_game", _JSON, nullable=False),
        sa.PrimaryKeyConstraint("league", "season", "stat_group", name=op.f("pk_stat_league_seasons")),
    )
    op.create_table(
        "stat_players",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("league", sa.String(length=8), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_variants", _JSON, nullable=False),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("positions", _JSON, nullable=False),
        sa.Column("first_season", sa.Integer(), nullable=True),
        sa.Column("last_season", sa.Integer(), nullable=True),
        sa.Column("hall_of_fame", sa.Boolean(), nullable=False),
        sa.Column("seasons", sa.Integer(), nullable=False),
        sa.Column("career_first_season", sa.Integer(), nullable=True),
        sa.Column("career_last_season", sa.Integer(), nullable=True),
        sa.Column("games", sa.Float(), nullable=False),
        sa.Column("career", _JSON, nullable=False),
        sa.Column("award_counts", _JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stat_players")),
    )
    op.create_index(op.f("ix_stat_players_league"), "stat_players", ["league"])
    op.create_table(
        "stat_team_seasons",
        sa.Column("league", sa.String(length=8), nullable=False),
        sa.Column("season", sa.Integer(), nullable=False),
        sa.Column("competition", sa.String(length=16), nullable=False),
        sa.Column("team", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("wins", sa.Integer(), nullable=True),
        sa.Column("losses", sa.Integer(), nullable=True),
        sa.Column("ties", sa.Integer(), nullable=True),
        sa.Column("stats", _JSON, nullable=False),
        sa.PrimaryKeyConstraint("league", "season", "competition", "team", name=op.f("pk_stat_team_seasons")),
    )
    op.create_table(
        "stat_awards",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("player_id", sa.String(length=64), nullable=False),
        sa.Column("league", sa.String(length=8), nullable=False),
        sa.Column("season", sa.Integer(), nullable=False),
        sa.Column("award", sa.Text(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("is_winner", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["player_id"], ["stat_players.id"],
                                name=op.f("fk_stat_awards_player_id_stat_players")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stat_awards")),
    )
    op.create_index(op.f("ix_stat_awards_league"), "stat_awards", ["league"])
    op.create_index(op.f("ix_stat_awards_player_id"), "stat_awards", ["player_id"])
    op.create_table(
        "stat_player_seasons",
        sa.Column("player_id", sa.String(length=64), nullable=False),
        sa.Column("season", sa.Integer(), nullable=False),
        sa.Column("competition", sa.String(length=16), nullable=False),
        sa.Column("stat_group", sa.String(length=32), nullable=False),
        sa.Column("league", sa.String(length=8), nullable=False),
        sa.Column("teams", _JSON, nullable=False),
        sa.Column("position", sa.String(length=16), nullable=True),
        sa.Column("stats", _JSON, nullable=False),
        sa.ForeignKeyConstraint(["player_id"], ["stat_players.id"],
                                name=op.f("fk_stat_player_seasons_player_id_stat_players")),
        sa.PrimaryKeyConstraint("player_id", "season", "competition", "stat_group",
                                name=op.f("pk_stat_player_seasons")),
    )
    op.create_index("ix_stat_player_seasons_leaderboard", "stat_player_seasons",
                    ["league", "stat_group", "season"])


def downgrade() -> None:
    op.drop_table("stat_player_seasons")
    op.drop_table("stat_awards")
    op.drop_table("stat_team_seasons")
    op.drop_table("stat_players")
    op.drop_table("stat_league_seasons")
    op.drop_table("stat_imports")
