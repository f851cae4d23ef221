"""Championships: each league's season titles (``stat_championships``) and the players credited with them
(``stat_player_championships``). Both are filled by the league imports: run ``arena data import`` again.

Revision 0004, after 0003, 2026-12-03.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    op.create_table(
        "stat_championships",
        sa.Column("league", sa.String(8), nullable=False),
        sa.Column("season", sa.Integer, nullable=False),
        sa.Column("title", sa.String(32), nullable=False),
        sa.Column("champion", sa.String(16), nullable=False),
        sa.Column("champion_name", sa.Text, nullable=False),
        sa.Column("runner_up", sa.String(16)),
        sa.Column("runner_up_name", sa.Text),
        sa.Column("result", sa.String(16)),
        sa.Column("source", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("league", "season", "title", name=op.f("pk_stat_championships")),
    )
    op.create_table(
        "stat_player_championships",
        sa.Column("player_id", sa.String(64), nullable=False),
        sa.Column("season", sa.Integer, nullable=False),
        sa.Column("title", sa.String(32), nullable=False),
        sa.Column("league", sa.String(8), nullable=False),
        sa.Column("team", sa.String(16), nullable=False),
        sa.ForeignKeyConstraint(["player_id"], ["stat_players.id"],
                                name=op.f("fk_stat_player_championships_player_id_stat_players")),
        sa.PrimaryKeyConstraint("player_id", "season", "title", name=op.f("pk_stat_player_championships")),
    )
    op.create_index(op.f("ix_stat_player_championships_league"), "stat_player_championships", ["league"])


def downgrade() -> None:
    op.drop_index(op.f("ix_stat_player_championships_league"), table_name="stat_player_championships")
    op.drop_table("stat_player_championships")
    op.drop_table("stat_championships")
