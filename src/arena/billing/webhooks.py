"""What each Stripe event means for Arena, read from the event's object alone (no call to Stripe).

Handled: ``checkout.session.completed``, ``customer.subscription.created/updated/deleted``, ``invoice.paid``
(and ``invoice.payment_succeeded``, its older twin) and ``invoice.payment_failed``; any other type changes
nothing. Subscription periods are read from the subscription's item (Stripe's API since 2025-03-31) or from
the subscription itself (older API versions, and localstripe).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from arena.accounts import Plan
from arena.billing.model import (
    Change,
    CustomerLinked,
    EventChanges,
    InvoicePaid,
    PaymentFailed,
    StripeEvent,
    SubscriptionChanged,
)
from arena.telemetry import get_logger

_log = get_logger(__name__)

PLAN_METADATA_KEY = "arena_plan"  # on the Stripe price (or plan): which Arena plan it sells
ACCOUNT_METADATA_KEY = "arena_account"  # on the customer and the subscription: whose it is

SUBSCRIPTION_EVENTS = ("customer.subscription.created", "customer.subscription.updated",
                       "customer.subscription.deleted")
PAID_EVENTS = ("invoice.paid", "invoice.payment_succeeded")


def price_id_for(plan: Plan) -> str:
    """The id of the Stripe price Arena creates for ``plan`` when the plan names none: it carries the amount,
    so a plan whose price changes in the database gets a new Stripe price rather than reusing the old one."""
    return f"arena-{plan.name}-{plan.price_cents}-usd-month"


def timestamp(value: object) -> datetime | None:
    """A Stripe Unix timestamp as an aware UTC datetime."""
    return datetime.fromtimestamp(int(value), UTC) if isinstance(value, int | float | str) and value else None


def _id(value: object) -> str | None:
    """An id field, whether Stripe sent the id or the expanded object."""
    if isinstance(value, Mapping):
        value = value.get("id")
    return value if isinstance(value, str) and value else None


def _first(items: object) -> dict[str, Any]:
    data = items.get("data") if isinstance(items, Mapping) else None
    return data[0] if isinstance(data, list) and data and isinstance(data[0], dict) else {}


class EventReader:
    """Turns verified events into :class:`EventChanges` against the current ``plans``.

    ``grace`` is how long a subscription whose renewal failed keeps its plan (never past its period's end).
    """

    def __init__(self, plans: Sequence[Plan], *, grace: timedelta) -> None:
        self._by_price = {plan.stripe_price_id or price_id_for(plan): plan.name for plan in plans}
        self._names = {plan.name for plan in plans}
        self._grace = grace

    def changes(self, event: StripeEvent) -> EventChanges:
        obj = event.object
        found: list[Change | None] = []
        if event.type == "checkout.session.completed":
            found.append(self._checkout(obj))
        elif event.type in SUBSCRIPTION_EVENTS:
            found.append(self._subscription(obj, event))
        elif event.type in PAID_EVENTS:
            found.append(self._paid(obj, event))
        elif event.type == "invoice.payment_failed":
            subscription = self._invoice_subscription(obj)
            if subscription is not None:
                found.append(PaymentFailed(subscription, grace_until=event.created + self._grace))
        return EventChanges(event, tuple(change for change in found if change is not None))

    def plan_of(self, price: Mapping[str, Any]) -> str | None:
        """The Arena plan a Stripe price (or plan) sells: its ``arena_plan`` metadata, else its id."""
        metadata = price.get("metadata") or {}
        named = metadata.get(PLAN_METADATA_KEY) if isinstance(metadata, Mapping) else None
        if isinstance(named, str) and named in self._names:
            return named
        price_id = _id(price)
        return self._by_price.get(price_id) if price_id else None

    @staticmethod
    def _checkout(obj: Mapping[str, Any]) -> CustomerLinked | None:
        account, customer = obj.get("client_reference_id"), _id(obj.get("customer"))
        if isinstance(account, str) and account and customer:
            return CustomerLinked(account_id=account, customer_id=customer)
        return None

    def _subscription(self, obj: Mapping[str, Any], event: StripeEvent) -> SubscriptionChanged | None:
        item = _first(obj.get("items"))
        price = item.get("price") or item.get("plan") or obj.get("plan") or {}
        plan = self.plan_of(price) if isinstance(price, Mapping) else None
        subscription, customer = _id(obj.get("id")), _id(obj.get("customer"))
        start = timestamp(item.get("current_period_start") or obj.get("current_period_start"))
        end = timestamp(item.get("current_period_end") or obj.get("current_period_end"))
        if plan is None or subscription is None or customer is None or start is None or end is None:
            _log.warning("subscription event Arena cannot place: ignored", event_id=event.id,
                         subscription=subscription, price=_id(price) if isinstance(price, Mapping) else None)
            return None
        metadata = obj.get("metadata") or {}
        account = metadata.get(ACCOUNT_METADATA_KEY) if isinstance(metadata, Mapping) else None
        status = str(obj.get("status") or "active")
        ended = timestamp(obj.get("ended_at"))
        if event.type == "customer.subscription.deleted":
            status, ended = "canceled", ended or event.created
        return SubscriptionChanged(
            subscription_id=subscription, customer_id=customer, account_id=account if isinstance(account, str)
            else None, plan=plan, status=status, period_start=start, period_end=end,
            cancel_at_period_end=bool(obj.get("cancel_at_period_end")),
            started_at=timestamp(obj.get("start_date") or obj.get("created")) or start, ended_at=ended)

    @staticmethod
    def _invoice_subscription(obj: Mapping[str, Any]) -> str | None:
        # Older API versions put the subscription on the invoice; newer ones under parent.subscription_details.
        parent = obj.get("parent")
        details = parent.get("subscription_details") if isinstance(parent, Mapping) else None
        nested = _id(details.get("subscription")) if isinstance(details, Mapping) else None
        return _id(obj.get("subscription")) or nested

    def _paid(self, obj: Mapping[str, Any], event: StripeEvent) -> InvoicePaid | None:
        invoice, customer = _id(obj.get("id")), _id(obj.get("customer"))
        if invoice is None or customer is None:
            return None
        line = _first(obj.get("lines"))
        price = line.get("price") or line.get("plan") or {}
        period = line.get("period") or {}
        transitions = obj.get("status_transitions") or {}
        paid_at = timestamp(transitions.get("paid_at")) if isinstance(transitions, Mapping) else None
        amount = obj.get("amount_paid", obj.get("total", 0))
        return InvoicePaid(invoice_id=invoice, customer_id=customer, subscription_id=self._invoice_subscription(obj),
                           plan=self.plan_of(price) if isinstance(price, Mapping) else None,
                           amount_cents=int(amount or 0), currency=str(obj.get("currency") or "usd"),
                           paid_at=paid_at or event.created,
                           period_end=timestamp(period.get("end")) if isinstance(period, Mapping) else None)
