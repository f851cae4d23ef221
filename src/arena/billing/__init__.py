"""Billing: Stripe Checkout and the Customer Portal, Stripe's webhooks applied to the subscriptions, and the
operator's analytics."""

from arena.billing.analytics import JSON_NAMES, Analytics, DayCount, PlayerCount, QuestionCount
from arena.billing.errors import (
    BillingError,
    BillingNotConfigured,
    BillingRefused,
    BillingUnavailable,
    InvalidDateRange,
    InvalidWebhook,
    NotACustomer,
    PlanNotForSale,
)
from arena.billing.guarded_provider import GuardedPaymentProvider
from arena.billing.model import CheckoutLink, StripeEvent
from arena.billing.ports import BillingStore, PaymentProvider
from arena.billing.service import BillingService

__all__ = [
    "JSON_NAMES",
    "Analytics",
    "BillingError",
    "BillingNotConfigured",
    "BillingRefused",
    "BillingService",
    "BillingStore",
    "BillingUnavailable",
    "CheckoutLink",
    "DayCount",
    "GuardedPaymentProvider",
    "InvalidDateRange",
    "InvalidWebhook",
    "NotACustomer",
    "PaymentProvider",
    "PlanNotForSale",
    "PlayerCount",
    "QuestionCount",
    "StripeEvent",
]
