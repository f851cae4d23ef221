"""The usage ledger remembers what each charge paid for: the debate it started and the SHA-256 of the request,
so an ``Idempotency-Key`` sent again answers with the original debate, and refuses a different request.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("usage_ledger", sa.Column("debate_id", sa.String(64)))
    op.add_column("usage_ledger", sa.Column("request_digest", sa.String(64)))


def downgrade() -> None:
    with op.batch_alter_table("usage_ledger") as batch:  # SQLite drops a column by copying the table
        batch.drop_column("request_digest")
        batch.drop_column("debate_id")
