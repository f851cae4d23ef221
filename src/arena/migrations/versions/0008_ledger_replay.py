"""The usage ledger remembers what each charge paid for: the debate it started and the SHA-256 of the request,
so an ``Idempotency-Key`` sent again answers with the original debate, and refuses a different request.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from arena.migrations.frozen import digest

revision = "0008"  # written 2026-12-03
down_revision = "0007"


def upgrade() -> None:
    op.add_column("usage_ledger", sa.Column("debate_id", sa.String(64)))
    op.add_column("usage_ledger", digest("request_digest", nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("usage_ledger") as batch:  # SQLite drops a column by copying the table
        batch.drop_column("request_digest")
        batch.drop_column("debate_id")
