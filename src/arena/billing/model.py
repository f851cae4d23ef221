"""Billing's values: a verified Stripe event, what applying it changes, and the links Stripe hands out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from arena.accounts import SubscriptionTerms


@dataclass(frozen=True, slots=True)
class StripeEvent:
    """A webhook event whose signature was verified: its id, type, when Stripe created it and its object."""

    id: str
    type: str
    created: datetime
    object: dict[str, Any]


@dataclass(frozen=True, slots=True)
class CheckoutLink:
    """Where to send the customer to pay: a Stripe Checkout Session."""

    url: str
    session_id: str


@dataclass(frozen=True, slots=True)
class CustomerLinked:
    """Checkout completed: the Stripe customer belongs to the account (``client_reference_id``)."""

    account_id: str
    customer_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class SubscriptionChanged(SubscriptionTerms):
    """A subscription as Stripe last described it. ``account_id`` is the account named in its metadata, if
    any; the store finds the account by ``customer_id`` otherwise."""

    subscription_id: str
    customer_id: str
    account_id: str | None
    started_at: datetime
    ended_at: datetime | None


@dataclass(frozen=True, slots=True)
class InvoicePaid:
    """A paid invoice: revenue for the plan, and the subscription active again up to ``period_end``."""

    invoice_id: str
    customer_id: str
    subscription_id: str | None
    plan: str | None
    amount_cents: int
    currency: str
    paid_at: datetime
    period_end: datetime | None


@dataclass(frozen=True, slots=True)
class PaymentFailed:
    """A renewal that failed: the subscription is past due and keeps its plan until ``grace_until``."""

    subscription_id: str
    grace_until: datetime


Change = CustomerLinked | SubscriptionChanged | InvoicePaid | PaymentFailed


@dataclass(frozen=True, slots=True)
class EventChanges:
    """What one event changes, applied in one transaction with the event's id (so at most once)."""

    event: StripeEvent
    changes: tuple[Change, ...] = field(default_factory=tuple)
