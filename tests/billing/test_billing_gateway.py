"""Billing end to end on PostgreSQL, Redis and localstripe: a free account runs out, pays at Checkout, gets the
basic plan from Stripe's webhook, and falls back to free at the end of the period it paid for; the webhook's
security; and Stripe becoming unreachable while subscribers keep debating."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
import stripe
from sqlalchemy import select, update
from stripe_servers import SECRET_KEY, LocalStripe, StripeFront, event, sign

from accounts.gateway_servers import PASSWORD, QUESTION, GatewayServer, unique_email
from arena.accounts.adapters.sql_accounts import SqlAccountStore
from arena.accounts.adapters.tables import accounts, subscriptions
from arena.db import make_engine

pytestmark = [pytest.mark.integration, pytest.mark.postgres, pytest.mark.redis]

PROBLEM = "application/problem+json"
BASIC_PRICE = "arena-basic-2999-usd-month"
WAIT_SECONDS = 20.0  # localstripe delivers its events a second after the change


def _bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def _eventually(check: Callable[[], bool], waiting_for: str = "Stripe's webhook") -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not check():
        assert time.monotonic() < deadline, f"{waiting_for} did not arrive"
        time.sleep(0.2)


@pytest.fixture
def http(billing_gateway: GatewayServer) -> Iterator[httpx.Client]:
    with billing_gateway.client() as client:
        yield client


@pytest.fixture
def stripe_client(localstripe: LocalStripe) -> stripe.StripeClient:
    """Stripe as the customer's browser meets it at Checkout (localstripe itself)."""
    return stripe.StripeClient(SECRET_KEY, base_addresses={"api": localstripe.url}, max_network_retries=0)


def _row(gateway: GatewayServer, query: Any) -> Any:
    engine = make_engine(gateway.database_url)
    try:
        with engine.begin() as conn:
            return conn.execute(query).first()
    finally:
        engine.dispose()


def _admin_key(gateway: GatewayServer, http: httpx.Client) -> str:
    email = unique_email()
    account = http.post("/v1/accounts", json={"email": email, "password": PASSWORD}).json()
    engine = make_engine(gateway.database_url)
    try:
        with engine.begin() as conn:  # the first operator is made from the CLI; here, straight in the database
            conn.execute(update(accounts).where(accounts.c.id == account["id"]).values(is_admin=True))
    finally:
        engine.dispose()
    token = http.post("/v1/auth/token", json={"email": email, "password": PASSWORD}).json()["access_token"]
    key = http.post("/v1/api-keys", json={"name": "ops", "scopes": ["admin"]}, headers=_bearer(token))
    assert key.status_code == 201, key.text
    return str(key.json()["key"])


def _pay_at_checkout(stripe_client: stripe.StripeClient, customer: str, account_id: str) -> str:
    """What Stripe does when the customer pays: a card on file, and the subscription; returns its id."""
    card = stripe_client.v1.tokens.create({"card": {"number": "4242424242424242", "exp_month": "12",
                                                    "exp_year": "2030", "cvc": "123"}})
    stripe_client.v1.customers.payment_sources.create(customer, {"source": card.id})
    subscription = stripe_client.v1.subscriptions.create(
        {"customer": customer, "items": [{"plan": BASIC_PRICE}], "metadata": {"arena_account": account_id}})
    return str(subscription.id)


def _plan(http: httpx.Client, key: str) -> str:
    return str(http.get("/v1/me", headers=_bearer(key)).json()["plan"]["name"])


def test_plans_are_listed_cheapest_first_as_the_contract_says(http: httpx.Client) -> None:
    plans = http.get("/v1/plans").json()["plans"]
    assert [p["id"] for p in plans] == ["free", "basic", "premium", "enterprise"]
    assert plans[0] == {"id": "free", "name": "Free", "debates_per_month": 5, "api_calls_per_hour": 10,
                        "price_cents": 0, "currency": "usd", "features": ["template writer", "SSE"]}
    assert plans[3]["debates_per_month"] is None and plans[1]["price_cents"] == 2999


def test_a_free_account_pays_for_basic_then_falls_back_to_free_at_the_period_end(
        billing_gateway: GatewayServer, http: httpx.Client, stripe_client: stripe.StripeClient,
        stripe_front: StripeFront) -> None:
    admin = _admin_key(billing_gateway, http)
    mrr_before = http.get("/v1/admin/analytics", headers=_bearer(admin)).json()["mrr_cents"]
    account_id, key = billing_gateway.sign_up()
    for _ in range(5):
        assert http.post("/v1/debates", json={"question": QUESTION}, headers=_bearer(key)).status_code == 201
    refused = http.post("/v1/debates", json={"question": QUESTION}, headers=_bearer(key))
    assert refused.status_code == 429 and refused.json()["code"] == "quota-exceeded"

    checkout = http.post("/v1/billing/checkout", json={"plan": "basic"}, headers=_bearer(key))
    assert checkout.status_code == 201, checkout.text
    session = checkout.json()
    assert session["url"].startswith("https://checkout.stripe.com/") and session["session_id"].startswith("cs_")
    assert _plan(http, key) == "free"  # nobody is upgraded before Stripe says so
    customer = _row(billing_gateway, select(accounts.c.stripe_customer_id).where(accounts.c.id == account_id))[0]
    assert stripe_front.checkouts[session["session_id"]]["customer"] == customer

    subscription = _pay_at_checkout(stripe_client, customer, account_id)
    completed = {**stripe_front.checkouts[session["session_id"]], "status": "complete", "payment_status": "paid",
                 "subscription": subscription}
    body = event("checkout.session.completed", completed)
    delivered = http.post("/v1/billing/webhook", content=body, headers={"Stripe-Signature": sign(body)})
    assert delivered.json() == {"received": True, "duplicate": False}
    _eventually(lambda: _plan(http, key) == "basic")  # customer.subscription.created, from localstripe

    me = http.get("/v1/me", headers=_bearer(key)).json()
    assert me["limits"]["debates_per_month"] == 50 and me["usage"]["debates_remaining"] == 50
    assert me["subscription"]["plan"] == "basic" and me["subscription"]["status"] == "active"
    assert http.post("/v1/debates", json={"question": QUESTION}, headers=_bearer(key)).status_code == 201
    analytics = http.get("/v1/admin/analytics", headers=_bearer(admin)).json()
    assert analytics["mrr_cents"] == mrr_before + 2999 and analytics["subscriptions_by_plan"]["basic"] >= 1
    assert analytics["debates_per_day"][-1]["debates"] >= 6

    def usage_flushed() -> bool:  # the usage recorder writes its buffer in batches, on its own thread
        report = http.get("/v1/admin/analytics", headers=_bearer(admin)).json()
        return (any(q["question"] == QUESTION.lower() for q in report["top_questions"])
                and any(p["name"] == "Michael Jordan" for p in report["top_players"]))
    _eventually(usage_flushed, "the debates' usage records")

    stripe_client.v1.subscriptions.cancel(subscription)
    _eventually(lambda: _row(billing_gateway, select(subscriptions.c.status)
                             .where(subscriptions.c.id == subscription))[0] == "canceled")
    me = http.get("/v1/me", headers=_bearer(key)).json()
    assert me["plan"]["name"] == "basic" and me["subscription"]["status"] == "canceled"  # paid to its end
    period_end = _row(billing_gateway, select(subscriptions.c.period_end)
                      .where(subscriptions.c.id == subscription))[0]
    engine = make_engine(billing_gateway.database_url)
    try:
        assert SqlAccountStore(engine).subscription(account_id, period_end) is None  # then free
    finally:
        engine.dispose()
    assert http.get("/v1/admin/analytics", headers=_bearer(admin)).json()["mrr_cents"] == mrr_before


def test_the_webhook_refuses_bad_and_stale_signatures_and_applies_a_duplicate_once(
        billing_gateway: GatewayServer, http: httpx.Client) -> None:
    body = event("invoice.paid", {"id": "in_nobodys", "object": "invoice", "customer": "cus_nobody",
                                  "amount_paid": 100, "currency": "usd"})
    for signature in (sign(body, secret="whsec_forged"), sign(body, at=int(time.time()) - 3600), "t=1,v1=00"):
        refused = http.post("/v1/billing/webhook", content=body, headers={"Stripe-Signature": signature})
        assert refused.status_code == 400 and refused.headers["content-type"] == PROBLEM
        assert refused.json()["code"] == "invalid-webhook"
    assert http.post("/v1/billing/webhook", content=body).status_code == 400
    first = http.post("/v1/billing/webhook", content=body, headers={"Stripe-Signature": sign(body)})
    again = http.post("/v1/billing/webhook", content=body, headers={"Stripe-Signature": sign(body)})
    assert first.json() == {"received": True, "duplicate": False}
    assert again.json() == {"received": True, "duplicate": True}


def test_checkout_of_the_free_or_an_unknown_plan_and_a_portal_without_checkout_are_refused(
        billing_gateway: GatewayServer, http: httpx.Client) -> None:
    _, key = billing_gateway.sign_up()
    assert http.get("/v1/me", headers=_bearer(key)).json()["subscription"] is None
    for plan in ("free", "platinum"):
        refused = http.post("/v1/billing/checkout", json={"plan": plan}, headers=_bearer(key))
        assert refused.status_code == 422 and refused.json()["code"] == "plan-not-for-sale"
    portal = http.post("/v1/billing/portal", headers=_bearer(key))
    assert portal.status_code == 409 and portal.json()["code"] == "not-a-customer"
    assert http.post("/v1/billing/checkout", json={"plan": "basic"}).status_code == 401
    member = http.get("/v1/admin/analytics", headers=_bearer(key))
    assert member.status_code == 403 and member.json()["code"] == "missing-scope"


def _billing_health(http: httpx.Client) -> dict[str, Any]:
    health: dict[str, Any] = http.get("/healthz").json()["dependencies"]["billing"]
    return health


def test_while_stripe_is_unreachable_subscribers_keep_debating_and_checkout_is_503(
        billing_gateway: GatewayServer, http: httpx.Client, stripe_front: StripeFront) -> None:
    account_id, key = billing_gateway.sign_up()
    portal_ready = http.post("/v1/billing/checkout", json={"plan": "premium"}, headers=_bearer(key))
    assert portal_ready.status_code == 201  # the account is a Stripe customer now
    customer = _row(billing_gateway, select(accounts.c.stripe_customer_id).where(accounts.c.id == account_id))[0]
    now = int(time.time())
    subscription = {"id": f"sub_{account_id[:8]}", "object": "subscription", "customer": customer,
                    "status": "active", "cancel_at_period_end": False, "start_date": now, "metadata": {},
                    "items": {"data": [{"current_period_start": now, "current_period_end": now + 30 * 86_400,
                                        "price": {"id": "arena-premium-9999-usd-month", "metadata": {}}}]}}
    body = event("customer.subscription.created", subscription, created=now)
    assert http.post("/v1/billing/webhook", content=body, headers={"Stripe-Signature": sign(body)}).status_code == 200
    _eventually(lambda: _plan(http, key) == "premium")
    assert _billing_health(http)["status"] == "up"

    stripe_front.stop()
    try:
        for path, payload in (("/v1/billing/checkout", {"plan": "enterprise"}), ("/v1/billing/portal", None)):
            refused = http.post(path, json=payload, headers=_bearer(key))
            assert refused.status_code == 503 and refused.json()["code"] == "billing-unavailable"
            assert int(refused.headers["retry-after"]) >= 1
        for _ in range(6):  # past the free plan's five: the paid plan holds without Stripe
            assert http.post("/v1/debates", json={"question": QUESTION}, headers=_bearer(key)).status_code == 201
        # A webhook Stripe sends meanwhile is applied, in its order.
        later = event("customer.subscription.updated", {**subscription, "cancel_at_period_end": True},
                      created=now + 5)
        assert http.post("/v1/billing/webhook", content=later, headers={"Stripe-Signature": sign(later)}).json() \
            == {"received": True, "duplicate": False}
        assert _billing_health(http)["status"] == "down"
    finally:
        stripe_front.start()
    assert _row(billing_gateway, select(subscriptions.c.cancel_at_period_end)
                .where(subscriptions.c.id == subscription["id"]))[0] is True
    assert _plan(http, key) == "premium"
    assert http.post("/v1/billing/portal", headers=_bearer(key)).status_code == 201
    assert _billing_health(http)["status"] == "up"
