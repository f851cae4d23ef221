"""Accounts: plans (seeded with free, basic, premium and enterprise), accounts, subscriptions, API keys,
refresh tokens, quota counters and the usage ledger.

Plans are data: change a row to change a plan, no deploy needed. Billing fills ``stripe_price_id``,
``accounts.stripe_customer_id`` and ``subscriptions``.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from arena.migrations.frozen import cumulative, digest, index, key, refers, unique, uuid, when

revision = "0006"  # written 2026-12-03
down_revision = "0005"

_FREE, _BASIC, _PREMIUM, _ENTERPRISE = cumulative(
    ["template_writer", "sse"], ["llm_writers", "websocket", "openai_compatible"],
    ["usage_analytics", "spectator_rooms"], ["priority_queue", "white_label", "sla_metrics"])
PLANS: list[dict[str, Any]] = [
    {"name": "free", "debates_per_month": 5, "calls_per_hour": 10, "price_cents": 0, "features": _FREE},
    {"name": "basic", "debates_per_month": 50, "calls_per_hour": 100, "price_cents": 2999, "features": _BASIC},
    {"name": "premium", "debates_per_month": 500, "calls_per_hour": 1000, "price_cents": 9999,
     "features": _PREMIUM},
    {"name": "enterprise", "debates_per_month": None, "calls_per_hour": 10000, "price_cents": 49999,
     "features": _ENTERPRISE},
]


def upgrade() -> None:
    plans = op.create_table(
        "plans",
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("debates_per_month", sa.Integer),
        sa.Column("calls_per_hour", sa.Integer, nullable=False),
        sa.Column("price_cents", sa.Integer, nullable=False),
        sa.Column("features", sa.JSON, nullable=False),
        sa.Column("stripe_price_id", sa.String(255)),
        key("plans", "name"),
        unique("plans", "stripe_price_id"),
    )
    op.bulk_insert(plans, PLANS)
    op.create_table(
        "accounts",
        uuid("id"),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("is_admin", sa.Boolean, nullable=False),
        when("created_at"),
        sa.Column("stripe_customer_id", sa.String(255)),
        key("accounts", "id"),
        unique("accounts", "email"),
        unique("accounts", "stripe_customer_id"),
    )
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.String(255), nullable=False),
        uuid("account_id"),
        sa.Column("plan", sa.String(32), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        when("period_start"),
        when("period_end"),
        sa.Column("cancel_at_period_end", sa.Boolean, nullable=False),
        when("updated_at"),
        key("subscriptions", "id"),
        refers("subscriptions", "account_id", "accounts.id", ondelete="CASCADE"),
        refers("subscriptions", "plan", "plans.name"),
    )
    index("subscriptions", "account_id")
    op.create_table(
        "api_keys",
        uuid("id"),
        uuid("account_id"),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("prefix", sa.String(32), nullable=False),
        digest("digest"),
        sa.Column("scopes", sa.JSON, nullable=False),
        when("created_at"),
        when("last_used_at", nullable=True),
        when("revoked_at", nullable=True),
        key("api_keys", "id"),
        unique("api_keys", "digest"),
        refers("api_keys", "account_id", "accounts.id", ondelete="CASCADE"),
    )
    index("api_keys", "account_id")
    op.create_table(
        "refresh_tokens",
        digest("digest"),
        uuid("family"),
        uuid("account_id"),
        when("expires_at"),
        when("rotated_at", nullable=True),
        when("revoked_at", nullable=True),
        key("refresh_tokens", "digest"),
        refers("refresh_tokens", "account_id", "accounts.id", ondelete="CASCADE"),
    )
    index("refresh_tokens", "family")
    op.create_table(
        "quota_counters",
        sa.Column("subject", sa.String(80), nullable=False),
        when("period_start"),
        sa.Column("used", sa.Integer, nullable=False),
        key("quota_counters", "subject", "period_start"),
    )
    op.create_table(
        "usage_ledger",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("subject", sa.String(80), nullable=False),
        uuid("account_id", nullable=True),
        uuid("api_key_id", nullable=True),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("idempotency_key", sa.String(255)),
        when("period_start"),
        when("created_at"),
        key("usage_ledger", "id"),
        refers("usage_ledger", "account_id", "accounts.id", ondelete="SET NULL"),
        unique("usage_ledger", "subject", "idempotency_key"),
    )
    index("usage_ledger", "account_id")
    index("usage_ledger", "created_at")


def downgrade() -> None:
    for table in ("usage_ledger", "quota_counters", "refresh_tokens", "api_keys", "subscriptions", "accounts",
                  "plans"):
        op.drop_table(table)
