"""Title-round records: ``stat_player_championships`` credits a player with the title rounds his club lost as
well as those it won (``won``), so a record reads "6-0 in the NBA Finals". A loss takes the same key as a
title (player, season, title): one club of a season's round, never both. The rows already stored are all
titles (``won`` true); the losses come with the next ``arena data import``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"  # written 2026-12-05
down_revision = "0008"


def upgrade() -> None:
    with op.batch_alter_table("stat_player_championships") as batch:
        batch.add_column(sa.Column("won", sa.Boolean(), nullable=False, server_default=sa.true()))
    with op.batch_alter_table("stat_player_championships") as batch:
        batch.alter_column("won", server_default=None)


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM stat_player_championships WHERE NOT won"))
    with op.batch_alter_table("stat_player_championships") as batch:  # SQLite drops a column by copying the table
        batch.drop_column("won")
