"""Accounts: plans (seeded with free, basic, premium and enterprise), accounts, subscriptions, API keys,
refresh tokens, quota counters and the usage ledger.

Plans are data: change a row to change a plan, no deploy needed. Billing fills ``stripe_price_id``,
``accounts.stripe_customer_id`` and ``subscriptions``.

Revision 0006, after 0005, 2026-12-03.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"

_FREE = ["template_writer", "sse"]
_BASIC = [*_FREE, "llm_writers", "websocket", "openai_compatible"]
_PREMIUM = [*_BASIC, "usage_analytics", "spectator_rooms"]
_ENTERPRISE = [*_PREMIUM, "priority_queue", "white_label", "sla_metrics"]
PLANS: list[dict[str, Any]] = [
    {"name": "free", "debates_per_month": 5, "calls_per_hour": 10, "price_cents": 0, "features": _FREE},
    {"name": "basic", "debates_per_month": 50, "calls_per_hour": 100, "price_cents": 2999, "features": _BASIC},
    {"name": "premium", "debates_per_month": 500, "calls_per_hour": 1000, "price_cents": 9999,
     "features": _PREMIUM},
    {"name": "enterprise", "debates_per_month": None, "calls_per_hour": 10000, "price_cents": 49999,
     "features": _ENTERPRISE},
]


def _when(name: str, *, nullable: bool = False) -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    plans = op.create_table(
        "plans",
        sa.Column("name", sa.String(32), nullable=False),
        sa.Column("debates_per_month", sa.Integer),
        sa.Column("calls_per_hour", sa.Integer, nullable=False),
        sa.Column("price_cents", sa.Integer, nullable=False),
        sa.Column("features", sa.JSON, nullable=False),
        sa.Column("stripe_price_id", sa.String(255)),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_plans")),
        sa.UniqueConstraint("stripe_price_id", name=op.f("uq_plans_stripe_price_id")),
    )
    op.bulk_insert(plans, PLANS)
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("is_admin", sa.Boolean, nullable=False),
        _when("created_at"),
        sa.Column("stripe_customer_id", sa.String(255)),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("email", name=op.f("uq_accounts_email")),
        sa.UniqueConstraint("stripe_customer_id", name=op.f("uq_accounts_stripe_customer_id")),
    )
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.String(255), nullable=False),
        sa.Column("account_id", sa.String(36), nullable=False),
        sa.Column("plan", sa.String(32), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        _when("period_start"),
        _when("period_end"),
        sa.Column("cancel_at_period_end", sa.Boolean, nullable=False),
        _when("updated_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscriptions")),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], ondelete="CASCADE",
                                name=op.f("fk_subscriptions_account_id_accounts")),
        sa.ForeignKeyConstraint(["plan"], ["plans.name"], name=op.f("fk_subscriptions_plan_plans")),
    )
    op.create_index(op.f("ix_subscriptions_account_id"), "subscriptions", ["account_id"])
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("account_id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("prefix", sa.String(32), nullable=False),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("scopes", sa.JSON, nullable=False),
        _when("created_at"),
        _when("last_used_at", nullable=True),
        _when("revoked_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_api_keys")),
        sa.UniqueConstraint("digest", name=op.f("uq_api_keys_digest")),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], ondelete="CASCADE",
                                name=op.f("fk_api_keys_account_id_accounts")),
    )
    op.create_index(op.f("ix_api_keys_account_id"), "api_keys", ["account_id"])
    op.create_table(
        "refresh_tokens",
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("family", sa.String(36), nullable=False),
        sa.Column("account_id", sa.String(36), nullable=False),
        _when("expires_at"),
        _when("rotated_at", nullable=True),
        _when("revoked_at", nullable=True),
        sa.PrimaryKeyConstraint("digest", name=op.f("pk_refresh_tokens")),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], ondelete="CASCADE",
                                name=op.f("fk_refresh_tokens_account_id_accounts")),
    )
    op.create_index(op.f("ix_refresh_tokens_family"), "refresh_tokens", ["family"])
    op.create_table(
        "quota_counters",
        sa.Column("subject", sa.String(80), nullable=False),
        _when("period_start"),
        sa.Column("used", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("subject", "period_start", name=op.f("pk_quota_counters")),
    )
    op.create_table(
        "usage_ledger",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("subject", sa.String(80), nullable=False),
        sa.Column("account_id", sa.String(36)),
        sa.Column("api_key_id", sa.String(36)),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("idempotency_key", sa.String(255)),
        _when("period_start"),
        _when("created_at"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_usage_ledger")),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], ondelete="SET NULL",
                                name=op.f("fk_usage_ledger_account_id_accounts")),
        sa.UniqueConstraint("subject", "idempotency_key", name="uq_usage_ledger_subject_idempotency_key"),
    )
    op.create_index(op.f("ix_usage_ledger_account_id"), "usage_ledger", ["account_id"])
    op.create_index(op.f("ix_usage_ledger_created_at"), "usage_ledger", ["created_at"])


def downgrade() -> None:
    for table in ("usage_ledger", "quota_counters", "refresh_tokens", "api_keys", "subscriptions", "accounts",
                  "plans"):
        op.drop_table(table)
