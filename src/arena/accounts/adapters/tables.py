"""The accounts tables (migration 0006): plans, accounts, subscriptions, API keys, refresh tokens, quota
counters and the usage ledger (0008 adds its debate and request digest). Billing adds its rows to
``subscriptions`` and the Stripe ids."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from arena.db import metadata, moment


def _uuid(name: str, *args: Any, **options: Any) -> Column[str]:
    """An id Arena makes: a UUID's 36 characters."""
    return Column(name, String(36), *args, **options)


def account_ref(*, ondelete: str, **options: Any) -> Column[str]:
    """The account a row belongs to (an :data:`accounts` id); ``ondelete`` says what becomes of the row when
    the account is deleted."""
    return _uuid("account_id", ForeignKey("accounts.id", ondelete=ondelete), **options)


plans = Table(
    "plans",
    metadata,
    Column("name", String(32), primary_key=True),
    Column("debates_per_month", Integer),  # NULL: unlimited
    Column("calls_per_hour", Integer, nullable=False),
    Column("price_cents", Integer, nullable=False),
    Column("features", JSON, nullable=False),
    Column("stripe_price_id", String(255), unique=True),
    Column("title", String(64), nullable=False),  # migration 0007: what people read ("Basic")
    Column("currency", String(3), nullable=False),
)

accounts = Table(
    "accounts",
    metadata,
    _uuid("id", primary_key=True),
    Column("email", String(320), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("is_admin", Boolean, nullable=False),
    moment("created_at", nullable=False),
    Column("stripe_customer_id", String(255), unique=True),
)

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", String(255), primary_key=True),  # Stripe's subscription id once billing makes them
    account_ref(ondelete="CASCADE", nullable=False, index=True),
    Column("plan", String(32), ForeignKey("plans.name"), nullable=False),
    Column("status", String(32), nullable=False),
    moment("period_start", nullable=False),
    moment("period_end", nullable=False),
    Column("cancel_at_period_end", Boolean, nullable=False),
    moment("updated_at", nullable=False),
    # Migration 0007: when it began and ended, and the time of the Stripe event that last changed it (an
    # older event arriving later changes nothing).
    moment("started_at"),
    moment("ended_at"),
    moment("event_at"),
)

api_keys = Table(
    "api_keys",
    metadata,
    _uuid("id", primary_key=True),
    account_ref(ondelete="CASCADE", nullable=False, index=True),
    Column("name", String(100), nullable=False),
    Column("prefix", String(32), nullable=False),
    Column("digest", String(64), nullable=False, unique=True),
    Column("scopes", JSON, nullable=False),
    moment("created_at", nullable=False),
    moment("last_used_at"),
    moment("revoked_at"),
)

refresh_tokens = Table(
    "refresh_tokens",
    metadata,
    Column("digest", String(64), primary_key=True),
    _uuid("family", nullable=False, index=True),
    account_ref(ondelete="CASCADE", nullable=False),
    moment("expires_at", nullable=False),
    moment("rotated_at"),
    moment("revoked_at"),
)

quota_counters = Table(
    "quota_counters",
    metadata,
    Column("subject", String(80), primary_key=True),  # an account id, or address:<ip> for anonymous callers
    Column("period_start", DateTime(timezone=True), primary_key=True),
    Column("used", Integer, nullable=False),
)

usage_ledger = Table(
    "usage_ledger",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("subject", String(80), nullable=False),
    account_ref(ondelete="SET NULL", index=True),
    _uuid("api_key_id"),
    Column("action", String(32), nullable=False),
    Column("idempotency_key", String(255)),
    moment("period_start", nullable=False),
    moment("created_at", nullable=False, index=True),
    Column("debate_id", String(64)),  # migration 0008: what an idempotent replay answers with
    Column("request_digest", String(64)),
    UniqueConstraint("subject", "idempotency_key", name="uq_usage_ledger_subject_idempotency_key"),
)
