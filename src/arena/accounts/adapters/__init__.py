"""The accounts store's adapters: SQL tables and store, and the plan-limits rate limiters (Redis, memory)."""

from arena.accounts.adapters.limits_rate import LimitsRateLimiter
from arena.accounts.adapters.memory_rate import MemoryRateLimiter
from arena.accounts.adapters.sql_accounts import SqlAccountStore
from arena.accounts.adapters.tables import account_ref, accounts, plans, subscriptions, usage_ledger

__all__ = [
    "LimitsRateLimiter",
    "MemoryRateLimiter",
    "SqlAccountStore",
    "account_ref",
    "accounts",
    "plans",
    "subscriptions",
    "usage_ledger",
]
