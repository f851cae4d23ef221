"""What billing needs from the payment provider (Stripe) and from the database."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from arena.accounts import Plan
from arena.billing.analytics import AnalyticsFigures
from arena.billing.model import CheckoutLink, EventChanges, StripeEvent


class PaymentProvider(Protocol):
    """The payment provider's API. Calls that reach it raise
    :class:`arena.billing.errors.BillingUnavailable` when it cannot be reached and
    :class:`arena.billing.errors.BillingRefused` when it refuses; ``verify_event`` reaches nothing."""

    def create_customer(self, *, email: str, account_id: str) -> str:
        """A new customer for the account; returns its id."""
        ...

    def ensure_price(self, plan: Plan, price_id: str) -> None:
        """Make sure a monthly price ``price_id`` for ``plan`` exists (created once, found after that)."""
        ...

    def create_checkout(self, *, customer_id: str, price_id: str, account_id: str, plan: str,
                        success_url: str, cancel_url: str) -> CheckoutLink:
        """A Checkout Session subscribing the customer to the price."""
        ...

    def create_portal(self, *, customer_id: str, return_url: str) -> str:
        """A Customer Portal session's URL."""
        ...

    def verify_event(self, payload: bytes, signature: str | None) -> StripeEvent:
        """The event in ``payload`` if ``signature`` (the ``Stripe-Signature`` header) signs it with the
        webhook secret within the timestamp tolerance; raises :class:`arena.billing.errors.InvalidWebhook`."""
        ...


class BillingStore(Protocol):
    """Stripe customers of accounts, subscriptions, payments and the webhook events applied. Every method
    raises :class:`arena.accounts.errors.AccountsUnavailable` when the database cannot be reached."""

    def customer_of(self, account_id: str) -> str | None:
        """The account's Stripe customer id, read from the database (never from a cache)."""
        ...

    def link_customer(self, account_id: str, customer_id: str) -> None:
        """Record the account's customer id (an account keeps the first one it was given)."""
        ...

    def apply(self, changes: EventChanges) -> bool:
        """Record the event's id and apply its changes in one transaction; False (and nothing applied) when
        the event was applied before. A subscription is changed only by an event at least as recent as the
        one that last changed it, so a late, older event never overwrites a newer state."""
        ...

    def figures(self, start: date, end: date) -> AnalyticsFigures:
        """What the operator's analytics are computed from, for the days ``start`` to ``end`` inclusive."""
        ...
