"""Billing's adapters: Stripe through its official SDK, and the database."""
from arena.billing.adapters.sql_billing import SqlBillingStore
from arena.billing.adapters.stripe_provider import StripeProvider

__all__ = [
    "SqlBillingStore",
    "StripeProvider",
]
