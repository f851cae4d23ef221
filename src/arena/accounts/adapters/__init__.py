"""The accounts store's adapters: SQL tables and store, and the plan-limits rate limiter."""

from arena.accounts.adapters.limits_rate import LimitsRateLimiter
from arena.accounts.adapters.sql_accounts import SqlAccountStore
from arena.accounts.adapters.tables import accounts, plans, subscriptions, usage_ledger

__all__ = [
    "LimitsRateLimiter",
    "SqlAccountStore",
    "accounts",
    "plans",
    "subscriptions",
    "usage_ledger",
]
