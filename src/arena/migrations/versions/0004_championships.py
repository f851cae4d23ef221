"""Championships: each league's season titles (``stat_championships``) and the players credited with them
(``stat_player_championships``). Both are filled by the league imports: run ``arena data import`` again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from arena.migrations.frozen import drop_index, index, key, league, player, refers, season

revision = "0004"  # written 2026-12-03
down_revision = "0003"


def upgrade() -> None:
    op.create_table(
        "stat_championships",
        league(),
        season(),
        sa.Column("title", sa.String(32), nullable=False),
        sa.Column("champion", sa.String(16), nullable=False),
        sa.Column("champion_name", sa.Text, nullable=False),
        sa.Column("runner_up", sa.String(16)),
        sa.Column("runner_up_name", sa.Text),
        sa.Column("result", sa.String(16)),
        sa.Column("source", sa.Text, nullable=False),
        key("stat_championships", "league", "season", "title"),
    )
    op.create_table(
        "stat_player_championships",
        player(),
        season(),
        sa.Column("title", sa.String(32), nullable=False),
        league(),
        sa.Column("team", sa.String(16), nullable=False),
        refers("stat_player_championships", "player_id", "stat_players.id"),
        key("stat_player_championships", "player_id", "season", "title"),
    )
    index("stat_player_championships", "league")


def downgrade() -> None:
    drop_index("stat_player_championships", "league")
    op.drop_table("stat_player_championships")
    op.drop_table("stat_championships")
