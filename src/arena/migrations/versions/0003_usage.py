"""The ``usage`` table: one row per ended debate (writer asked and used, outcome, tokens, fact-check
rejections, fallbacks, duration), keyed by the debate id so a record is never stored twice.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from arena.migrations.frozen import drop_index, index, key, when

revision = "0003"  # written 2026-11-29
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "usage",
        sa.Column("debate_id", sa.String(64), nullable=False),
        sa.Column("request_id", sa.String(128)),
        sa.Column("writer_asked", sa.String(64), nullable=False),
        sa.Column("writer_used", sa.String(64), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("error_code", sa.String(64)),
        sa.Column("tokens", sa.Integer, nullable=False),
        sa.Column("fact_check_rejections", sa.Integer, nullable=False),
        sa.Column("fallbacks", sa.Integer, nullable=False),
        sa.Column("duration_ms", sa.Float, nullable=False),
        when("created_at"),
        key("usage", "debate_id"),
    )
    index("usage", "created_at")


def downgrade() -> None:
    drop_index("usage", "created_at")
    op.drop_table("usage")
