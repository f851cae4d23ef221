"""Accounts, plans, API keys and who is calling: plain values, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

Scope = Literal["debates:write", "debates:read", "chat", "admin"]
SCOPES: tuple[Scope, ...] = ("debates:write", "debates:read", "chat", "admin")
# What a signed-in user (a JWT) and an anonymous caller may do; admin comes only with an admin account.
USER_SCOPES: frozenset[Scope] = frozenset({"debates:write", "debates:read", "chat"})

FREE_PLAN = "free"


@dataclass(frozen=True, slots=True)
class Plan:
    """A plan's limits and price, as stored (plans change without a deploy).

    ``name`` is the plan's id (``basic``), ``title`` what people read (``Basic``); ``debates_per_month`` is
    ``None`` for unlimited; ``price_cents`` is cents of ``currency`` per month.
    """

    name: str
    debates_per_month: int | None
    calls_per_hour: int
    price_cents: int
    features: tuple[str, ...]
    stripe_price_id: str | None = None
    title: str = ""
    currency: str = "usd"


@dataclass(frozen=True, slots=True)
class Account:
    id: str
    email: str
    is_admin: bool
    created_at: datetime
    stripe_customer_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SubscriptionTerms:
    """What a subscription grants: a plan, in a Stripe status, for a billing period, and whether it ends with
    it. Billing reads these from Stripe's events; entitlements read them from the store."""

    plan: str
    status: str  # Stripe's words: active, trialing, past_due, canceled...
    period_start: datetime
    period_end: datetime
    cancel_at_period_end: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Subscription(SubscriptionTerms):
    """An account's paid plan for a billing period; the billing domain writes these, entitlements read them."""

    account_id: str


@dataclass(frozen=True, slots=True)
class ApiKey:
    """An API key as listed: never the key itself, which is shown once when made."""

    id: str
    account_id: str
    name: str
    prefix: str
    scopes: tuple[Scope, ...]
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Period:
    """The quota period: [start, end), UTC."""

    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class Principal:
    """Who a request acts for: an account (through a JWT or one of its keys), or an anonymous address.

    ``subject`` is what quotas and rate limits count against: the account id, or ``address:<ip>``.
    """

    subject: str
    plan: Plan
    period: Period
    scopes: frozenset[Scope]
    account: Account | None = None
    key_id: str | None = None

    @property
    def is_anonymous(self) -> bool:
        return self.account is None


@dataclass(frozen=True, slots=True)
class ChargeRequest:
    """One debate to take from ``subject``'s allowance for ``period_start``'s period."""

    subject: str
    account_id: str | None
    key_id: str | None
    action: str
    idempotency_key: str | None
    period_start: datetime
    allowance: int | None  # None: unlimited
    at: datetime
    debate_id: str | None = None  # the debate the charge pays for, which a replay answers with
    request_digest: str | None = None  # SHA-256 of what was asked: a key sent again must ask the same


@dataclass(frozen=True, slots=True)
class Charge:
    """A charge's outcome: ``accepted`` (taken now, or ``replayed``: taken before under the same idempotency
    key, for ``debate_id`` and a request whose digest was ``request_digest``), with ``used`` the period's count
    after it; not accepted when the allowance is spent."""

    accepted: bool
    replayed: bool
    used: int
    ledger_id: int | None
    debate_id: str | None = None
    request_digest: str | None = None


@dataclass(frozen=True, slots=True)
class UsageSummary:
    """What ``GET /v1/me`` tells an account about itself; ``subscription`` is the paid plan entitling it now."""

    account: Account
    plan: Plan
    period: Period
    debates_used: int
    subscription: Subscription | None = None


def calendar_month(now: datetime) -> Period:
    """The UTC calendar month holding ``now``: the quota period of accounts without a paid subscription."""
    start = datetime(now.year, now.month, 1, tzinfo=UTC)
    end = datetime(now.year + (now.month == 12), now.month % 12 + 1, 1, tzinfo=UTC)
    return Period(start, end)
