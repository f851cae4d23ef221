"""Errors of billing: checkout, the customer portal, Stripe's webhooks and the operator's analytics.

    BillingError
    ├── PlanNotForSale        (checkout for an unknown plan, or the free one)
    ├── NotACustomer          (the portal for an account that never went through checkout)
    ├── InvalidWebhook        (a webhook whose signature is wrong or stale, or whose body is not an event)
    ├── InvalidDateRange      (analytics asked for a range that is backwards or too long)
    ├── BillingUnavailable    (Stripe cannot be reached, or its breaker is open)
    │   └── BillingNotConfigured (no Stripe secret key is set)
    └── BillingRefused        (Stripe answered, and refused the call)
"""

from __future__ import annotations

from arena.errors import AboutOne, ArenaError


class BillingError(ArenaError, code="billing-error"): ...


class PlanNotForSale(AboutOne, BillingError, code="plan-not-for-sale"):
    template = "no paid plan {id} to check out; see GET /v1/plans"


class NotACustomer(BillingError, code="not-a-customer"):
    def __init__(self) -> None:
        super().__init__("this account has no billing record yet: check out a plan first")


class InvalidWebhook(BillingError, code="invalid-webhook"): ...


class InvalidDateRange(BillingError, code="invalid-date-range"): ...


class BillingUnavailable(BillingError, code="billing-unavailable",
                         public_message="billing is unavailable right now; your plan is unaffected, try again shortly"):
    """Stripe could not be reached (or billing is not configured); ``retry_after`` in seconds."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class BillingNotConfigured(BillingUnavailable, code="billing-not-configured",
                           public_message="billing is not configured on this server"):
    def __init__(self) -> None:
        super().__init__("billing is not configured: set ARENA_STRIPE_SECRET_KEY and ARENA_STRIPE_WEBHOOK_SECRET")


class BillingRefused(BillingError, code="billing-refused",
                     public_message="the payment provider refused the request"):
    """Stripe answered and refused the call (a bad price id, a deleted customer): the operator's to fix."""
