"""The ``votes`` table: spectators' votes, one per voter per debate (the primary key keeps it so)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from arena.migrations.frozen import key, when

revision = "0005"  # written 2026-12-03
down_revision = "0004"


def upgrade() -> None:
    op.create_table(
        "votes",
        sa.Column("debate_id", sa.String(64), nullable=False),
        sa.Column("voter", sa.String(128), nullable=False),
        sa.Column("choice", sa.String(64), nullable=False),
        when("created_at"),
        key("votes", "debate_id", "voter"),
    )


def downgrade() -> None:
    op.drop_table("votes")
