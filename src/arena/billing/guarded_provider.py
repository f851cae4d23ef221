"""A :class:`arena.billing.ports.PaymentProvider` whose calls to Stripe go through a
:class:`arena.guard.CallGuard` (the billing circuit breaker): while Stripe is known to be down, checkout and
the portal fail at once with ``BillingUnavailable`` and its ``retry_after``, without waiting on Stripe.
Verifying a webhook reaches nothing, so it is never refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from arena.accounts import Plan
from arena.billing.errors import BillingUnavailable
from arena.billing.model import CheckoutLink, StripeEvent
from arena.billing.ports import PaymentProvider
from arena.guard import CallGuard, CallRefused

T = TypeVar("T")


class GuardedPaymentProvider:
    """``provider`` through ``guard``.

    >>> provider = GuardedPaymentProvider(StripeProvider(...), SyncGuard(breakers["billing"], loop, ...))
    """

    def __init__(self, provider: PaymentProvider, guard: CallGuard) -> None:
        self._provider = provider
        self._guard = guard

    def _call(self, fn: Callable[[], T]) -> T:
        try:
            return self._guard.call(fn)
        except CallRefused as exc:
            raise BillingUnavailable(str(exc), retry_after=getattr(exc, "retry_after", None)) from exc

    def create_customer(self, *, email: str, account_id: str) -> str:
        return self._call(lambda: self._provider.create_customer(email=email, account_id=account_id))

    def ensure_price(self, plan: Plan, price_id: str) -> None:
        self._call(lambda: self._provider.ensure_price(plan, price_id))

    def create_checkout(self, *, customer_id: str, price_id: str, account_id: str, plan: str,
                        success_url: str, cancel_url: str) -> CheckoutLink:
        return self._call(lambda: self._provider.create_checkout(
            customer_id=customer_id, price_id=price_id, account_id=account_id, plan=plan,
            success_url=success_url, cancel_url=cancel_url))

    def create_portal(self, *, customer_id: str, return_url: str) -> str:
        return self._call(lambda: self._provider.create_portal(customer_id=customer_id, return_url=return_url))

    def verify_event(self, payload: bytes, signature: str | None) -> StripeEvent:
        return self._provider.verify_event(payload, signature)
