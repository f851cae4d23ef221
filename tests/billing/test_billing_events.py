"""Stripe's events applied to the database, on SQLite and PostgreSQL: each once, in event-time order, a failed
renewal's grace, a cancelled plan kept to its period's end, payments and subscriptions in the analytics; and
the webhook's signature checked by the SDK."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from stripe_servers import WEBHOOK_SECRET, event, sign

from arena.accounts import Account
from arena.accounts.adapters.sql_accounts import SqlAccountStore
from arena.accounts.adapters.tables import subscriptions
from arena.billing import InvalidDateRange, InvalidWebhook
from arena.billing.adapters.sql_billing import SqlBillingStore
from arena.billing.adapters.stripe_provider import StripeProvider
from arena.billing.analytics import date_range, report
from arena.billing.model import EventChanges
from arena.billing.webhooks import EventReader
from arena.db import make_engine
from store_databases import BACKENDS, DatabaseFactory, schema_drift

DAY = 86_400
BASIC_PRICE = "arena-basic-2999-usd-month"


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, database_factory: DatabaseFactory) -> Iterator[Engine]:
    engine = make_engine(database_factory(request.param))
    yield engine
    engine.dispose()


@pytest.fixture
def provider() -> StripeProvider:
    # Verifying a webhook reaches nothing: no Stripe behind this address.
    return StripeProvider("sk_test_unused", webhook_secret=WEBHOOK_SECRET, api_base="http://127.0.0.1:9",
                          timeout_seconds=1)


class Billing:
    """An account with a Stripe customer, and its events applied as the webhook would."""

    def __init__(self, engine: Engine, provider: StripeProvider) -> None:
        self.accounts = SqlAccountStore(engine)
        self.store = SqlBillingStore(engine)
        self.provider = provider
        self.engine = engine
        self.customer = f"cus_{uuid.uuid4().hex[:14]}"
        self.account = Account(id=str(uuid.uuid4()), email=f"{uuid.uuid4().hex[:8]}@example.com", is_admin=False,
                               created_at=datetime.now(UTC) - timedelta(days=40), stripe_customer_id=self.customer)
        self.accounts.add_account(self.account, "not-a-hash")
        self.subscription = f"sub_{uuid.uuid4().hex[:14]}"

    def changes(self, body: bytes) -> EventChanges:
        verified = self.provider.verify_event(body, sign(body))
        return EventReader(self.accounts.plans(), grace=timedelta(days=7)).changes(verified)

    def deliver(self, body: bytes) -> bool:
        return self.store.apply(self.changes(body))

    def subscription_object(self, *, status: str = "active", start: int, end: int, cancel: bool = False,
                            price: str = BASIC_PRICE) -> dict[str, Any]:
        return {"id": self.subscription, "object": "subscription", "customer": self.customer, "status": status,
                "cancel_at_period_end": cancel, "start_date": start, "created": start, "metadata": {},
                "items": {"object": "list", "data": [{"id": "si_1", "current_period_start": start,
                                                      "current_period_end": end,
                                                      "price": {"id": price, "metadata": {}}}]}}

    def plan_at(self, at: datetime) -> str:
        found = self.accounts.subscription(self.account.id, at)
        return found.plan if found is not None else "free"

    def rows(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(subscriptions)
                                    .where(subscriptions.c.account_id == self.account.id)).scalar() or 0)


@pytest.fixture
def billing(engine: Engine, provider: StripeProvider) -> Billing:
    return Billing(engine, provider)


def _at(seconds: int) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


@pytest.mark.parametrize("backend", BACKENDS)
def test_migrations_create_exactly_the_billing_tables(database_factory: DatabaseFactory, backend: str) -> None:
    assert schema_drift(database_factory(backend), "billing_") == []
    assert schema_drift(database_factory(backend), "subscriptions") == []


def test_a_duplicate_event_is_applied_once(billing: Billing) -> None:
    now = int(time.time())
    body = event("customer.subscription.created", billing.subscription_object(start=now, end=now + 30 * DAY))
    assert billing.deliver(body) is True
    assert billing.deliver(body) is False
    assert billing.rows() == 1 and billing.plan_at(_at(now + DAY)) == "basic"


def test_an_older_event_arriving_late_changes_nothing(billing: Billing) -> None:
    now = int(time.time())
    newer = event("customer.subscription.updated",
                  billing.subscription_object(start=now, end=now + 30 * DAY, price="arena-premium-9999-usd-month"),
                  created=now + 10)
    older = event("customer.subscription.created", billing.subscription_object(start=now, end=now + 30 * DAY),
                  created=now)
    assert billing.deliver(newer) and billing.deliver(older)
    assert billing.plan_at(_at(now + DAY)) == "premium"


def test_a_failed_renewal_keeps_the_plan_through_the_grace_then_falls_to_free(billing: Billing) -> None:
    now = int(time.time())
    billing.deliver(event("customer.subscription.created", billing.subscription_object(start=now, end=now + 30 * DAY),
                          created=now))
    # As Stripe's API since 2025-03-31 names an invoice's subscription (older versions: "subscription").
    failed = {"id": "in_failed", "object": "invoice", "customer": billing.customer, "status": "open",
              "parent": {"type": "subscription_details",
                         "subscription_details": {"subscription": billing.subscription}}}
    billing.deliver(event("invoice.payment_failed", failed, created=now + 60))
    # Stripe describes the past-due subscription with its whole period: the grace stays as it was cut.
    billing.deliver(event("customer.subscription.updated",
                          billing.subscription_object(status="past_due", start=now, end=now + 30 * DAY),
                          created=now + 60))
    assert billing.plan_at(_at(now + 6 * DAY)) == "basic"
    assert billing.plan_at(_at(now + 8 * DAY)) == "free"


def test_a_paid_invoice_after_a_failure_restores_the_period_and_counts_as_revenue(billing: Billing) -> None:
    now = int(time.time())
    billing.deliver(event("customer.subscription.created", billing.subscription_object(start=now, end=now + 30 * DAY),
                          created=now))
    billing.deliver(event("invoice.payment_failed", {"id": "in_1", "object": "invoice", "customer": billing.customer,
                                                     "subscription": billing.subscription}, created=now + 60))
    paid = {"id": "in_1", "object": "invoice", "customer": billing.customer, "subscription": billing.subscription,
            "amount_paid": 2999, "currency": "usd", "status_transitions": {"paid_at": now + 120},
            "lines": {"data": [{"price": {"id": BASIC_PRICE}, "period": {"start": now, "end": now + 30 * DAY}}]}}
    billing.deliver(event("invoice.paid", paid, created=now + 120))
    assert billing.plan_at(_at(now + 20 * DAY)) == "basic"
    today = _at(now).date()
    analytics = report(billing.store.figures(today, today))
    assert analytics.revenue_by_plan == {"basic": 2999} and analytics.mrr_cents >= 2999


def test_a_deleted_subscription_keeps_its_plan_to_the_period_end(billing: Billing) -> None:
    now = int(time.time())
    billing.deliver(event("customer.subscription.created", billing.subscription_object(start=now, end=now + 30 * DAY),
                          created=now))
    billing.deliver(event("customer.subscription.deleted",
                          billing.subscription_object(status="canceled", start=now, end=now + 30 * DAY),
                          created=now + 5))
    assert billing.plan_at(_at(now + 29 * DAY)) == "basic"
    assert billing.plan_at(_at(now + 30 * DAY)) == "free"
    today = _at(now).date()
    figures = billing.store.figures(today, today)
    assert figures.mrr_cents == 0 and figures.ended == 1  # cancelled: no longer recurring revenue, churned


def test_checkout_completed_links_the_customer_named_by_the_session(engine: Engine, billing: Billing) -> None:
    other = Account(id=str(uuid.uuid4()), email=f"{uuid.uuid4().hex[:8]}@example.com", is_admin=False,
                    created_at=datetime.now(UTC))
    billing.accounts.add_account(other, "not-a-hash")
    session = {"id": "cs_test_1", "object": "checkout.session", "mode": "subscription", "customer": "cus_new",
               "client_reference_id": other.id, "status": "complete"}
    assert billing.deliver(event("checkout.session.completed", session))
    assert billing.store.customer_of(other.id) == "cus_new"


def test_an_unknown_price_grants_nothing(billing: Billing) -> None:
    now = int(time.time())
    body = event("customer.subscription.created",
                 billing.subscription_object(start=now, end=now + 30 * DAY, price="price_someone_elses"))
    assert billing.deliver(body) is True  # recorded, so Stripe stops sending it, but nobody is upgraded
    assert billing.rows() == 0


def test_a_bad_or_stale_signature_is_refused(provider: StripeProvider) -> None:
    body = event("invoice.paid", {"id": "in_1"})
    with pytest.raises(InvalidWebhook):
        provider.verify_event(body, sign(body, secret="whsec_someone_else"))
    with pytest.raises(InvalidWebhook):
        provider.verify_event(body, sign(body, at=int(time.time()) - 3600))
    with pytest.raises(InvalidWebhook):
        provider.verify_event(body, None)
    with pytest.raises(InvalidWebhook):
        provider.verify_event(body + b" ", sign(body))
    not_an_event = json.dumps({"hello": "world"}).encode()
    with pytest.raises(InvalidWebhook):
        provider.verify_event(not_an_event, sign(not_an_event))
    assert provider.verify_event(body, sign(body)).type == "invoice.paid"


def test_a_range_that_runs_backwards_or_past_a_year_is_refused() -> None:
    with pytest.raises(InvalidDateRange):
        date_range(date(2026, 12, 2), date(2026, 12, 1), today=date(2026, 12, 3))
    with pytest.raises(InvalidDateRange):
        date_range(date(2024, 1, 1), date(2026, 12, 1), today=date(2026, 12, 3))
    assert date_range(None, None, today=date(2026, 12, 3)) == (date(2026, 11, 4), date(2026, 12, 3))
