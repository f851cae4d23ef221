"""The ``votes`` table: spectators' votes, one per voter per debate (the primary key keeps it so).

Revision 0005, after 0004, 2026-12-03.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    op.create_table(
        "votes",
        sa.Column("debate_id", sa.String(64), nullable=False),
        sa.Column("voter", sa.String(128), nullable=False),
        sa.Column("choice", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("debate_id", "voter", name=op.f("pk_votes")),
    )


def downgrade() -> None:
    op.drop_table("votes")
