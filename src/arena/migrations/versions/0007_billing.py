"""Billing: the Stripe events applied (``billing_events``) and the invoices paid (``billing_payments``); when
each subscription began, ended and was last changed by an event; what people read of each plan (its title,
currency and features in words); the question and players of each debate's usage record, for analytics.

Revision 0007, after 0006, 2026-12-03.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"

_FREE = ["template writer", "SSE"]
_BASIC = [*_FREE, "LLM writers", "WebSocket", "OpenAI-compatible endpoint"]
_PREMIUM = [*_BASIC, "charts and analytics of own usage", "spectator rooms"]
_ENTERPRISE = [*_PREMIUM, "priority queue", "white-label flag", "SLA metrics"]
_PLANS = {"free": ("Free", _FREE), "basic": ("Basic", _BASIC), "premium": ("Premium", _PREMIUM),
          "enterprise": ("Enterprise", _ENTERPRISE)}


def _when(name: str, *, nullable: bool = False) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    with op.batch_alter_table("plans") as batch:
        batch.add_column(sa.Column("title", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("currency", sa.String(3), nullable=False, server_default="usd"))
    plans = sa.table("plans", sa.column("name", sa.String), sa.column("title", sa.String),
                     sa.column("features", sa.JSON))
    for name, (title, features) in _PLANS.items():
        op.execute(plans.update().where(plans.c.name == name).values(title=title, features=features))
    with op.batch_alter_table("plans") as batch:
        batch.alter_column("title", server_default=None)
        batch.alter_column("currency", server_default=None)
    with op.batch_alter_table("subscriptions") as batch:
        batch.add_column(_when("started_at", nullable=True))
        batch.add_column(_when("ended_at", nullable=True))
        batch.add_column(_when("event_at", nullable=True))
    with op.batch_alter_table("usage") as batch:
        batch.add_column(sa.Column("question", sa.Text))
        batch.add_column(sa.Column("players", sa.JSON))
    op.create_table(
        "billing_events",
        sa.Column("id", sa.String(255), nullable=False),
        sa.Column("type", sa.String(100), nullable=False),
        _when("created_at"),
        _when("received_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_billing_events")),
    )
    op.create_table(
        "billing_payments",
        sa.Column("invoice_id", sa.String(255), nullable=False),
        sa.Column("account_id", sa.String(36)),
        sa.Column("subscription_id", sa.String(255)),
        sa.Column("plan", sa.String(32)),
        sa.Column("amount_cents", sa.Integer, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        _when("paid_at"),
        sa.PrimaryKeyConstraint("invoice_id", name=op.f("pk_billing_payments")),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], ondelete="SET NULL",
                                name=op.f("fk_billing_payments_account_id_accounts")),
    )
    op.create_index(op.f("ix_billing_payments_account_id"), "billing_payments", ["account_id"])
    op.create_index(op.f("ix_billing_payments_paid_at"), "billing_payments", ["paid_at"])


def downgrade() -> None:
    op.drop_table("billing_payments")
    op.drop_table("billing_events")
    with op.batch_alter_table("usage") as batch:
        batch.drop_column("players")
        batch.drop_column("question")
    with op.batch_alter_table("subscriptions") as batch:
        for column in ("event_at", "ended_at", "started_at"):
            batch.drop_column(column)
    with op.batch_alter_table("plans") as batch:
        batch.drop_column("currency")
        batch.drop_column("title")
