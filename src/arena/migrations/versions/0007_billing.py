"""Billing: the Stripe events applied (``billing_events``) and the invoices paid (``billing_payments``); when
each subscription began, ended and was last changed by an event; what people read of each plan (its title,
currency and features in words); the question and players of each debate's usage record, for analytics.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from arena.migrations.frozen import cumulative, index, key, refers, uuid, when

revision = "0007"  # written 2026-12-03
down_revision = "0006"

_FREE, _BASIC, _PREMIUM, _ENTERPRISE = cumulative(
    ["template writer", "SSE"], ["LLM writers", "WebSocket", "OpenAI-compatible endpoint"],
    ["charts and analytics of own usage", "spectator rooms"], ["priority queue", "white-label flag", "SLA metrics"])
_PLANS = {"free": ("Free", _FREE), "basic": ("Basic", _BASIC), "premium": ("Premium", _PREMIUM),
          "enterprise": ("Enterprise", _ENTERPRISE)}


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
        batch.add_column(when("started_at", nullable=True))
        batch.add_column(when("ended_at", nullable=True))
        batch.add_column(when("event_at", nullable=True))
    with op.batch_alter_table("usage") as batch:
        batch.add_column(sa.Column("question", sa.Text))
        batch.add_column(sa.Column("players", sa.JSON))
    op.create_table(
        "billing_events",
        sa.Column("id", sa.String(255), nullable=False),
        sa.Column("type", sa.String(100), nullable=False),
        when("created_at"),
        when("received_at"),
        key("billing_events", "id"),
    )
    op.create_table(
        "billing_payments",
        sa.Column("invoice_id", sa.String(255), nullable=False),
        uuid("account_id", nullable=True),
        sa.Column("subscription_id", sa.String(255)),
        sa.Column("plan", sa.String(32)),
        sa.Column("amount_cents", sa.Integer, nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        when("paid_at"),
        key("billing_payments", "invoice_id"),
        refers("billing_payments", "account_id", "accounts.id", ondelete="SET NULL"),
    )
    index("billing_payments", "account_id")
    index("billing_payments", "paid_at")


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
