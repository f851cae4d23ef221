"""Billing's own tables (migration 0007): the Stripe events applied, and the invoices paid. Billing also writes
the accounts tables' ``subscriptions`` and ``accounts.stripe_customer_id``, which are declared with them."""

from __future__ import annotations

from sqlalchemy import Column, Integer, String, Table

from arena.accounts.adapters import account_ref
from arena.db import metadata, moment

billing_events = Table(
    "billing_events",
    metadata,
    Column("id", String(255), primary_key=True),  # Stripe's event id: a delivery seen again is a duplicate
    Column("type", String(100), nullable=False),
    moment("created_at", nullable=False),  # when Stripe created the event
    moment("received_at", nullable=False),
)

billing_payments = Table(
    "billing_payments",
    metadata,
    Column("invoice_id", String(255), primary_key=True),
    account_ref(ondelete="SET NULL", index=True),
    Column("subscription_id", String(255)),
    Column("plan", String(32)),
    Column("amount_cents", Integer, nullable=False),
    Column("currency", String(3), nullable=False),
    moment("paid_at", nullable=False, index=True),
)
