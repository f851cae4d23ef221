"""The payment provider on Stripe's official SDK (``stripe.StripeClient``), pointed at ``api_base`` (Stripe's
own, or a local stand-in such as localstripe). Stripe's exceptions stop here: an unreachable or failing
Stripe is ``BillingUnavailable``, a refusal ``BillingRefused``, a bad webhook ``InvalidWebhook``.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import stripe

from arena.accounts import Plan
from arena.billing.errors import BillingRefused, BillingUnavailable, InvalidWebhook
from arena.billing.model import CheckoutLink, StripeEvent
from arena.billing.webhooks import ACCOUNT_METADATA_KEY, PLAN_METADATA_KEY, timestamp

T = TypeVar("T")

# Stripe's own failures and throttling are its being unavailable; anything else it answers is a refusal.
_UNAVAILABLE = (stripe.APIConnectionError, stripe.RateLimitError)


@contextmanager
def _translated(action: str) -> Iterator[None]:
    try:
        yield
    except _UNAVAILABLE as exc:
        raise BillingUnavailable(f"Stripe is unreachable ({action}): {exc.user_message or exc}") from exc
    except stripe.StripeError as exc:
        if exc.http_status is None or exc.http_status >= 500:
            raise BillingUnavailable(f"Stripe failed ({action}): {exc.user_message or exc}") from exc
        raise BillingRefused(f"Stripe refused {action} ({exc.http_status}): {exc.user_message or exc}") from exc


class StripeProvider:
    """A :class:`arena.billing.ports.PaymentProvider` on Stripe.

    >>> provider = StripeProvider("sk_live_...", webhook_secret="whsec_...", api_base="https://api.stripe.com")
    >>> provider.create_portal(customer_id="cus_...", return_url="https://arena.example.com/").startswith("https")

    Calls are not retried here (the billing breaker decides when Stripe is worth calling again); creating a
    customer sends an idempotency key, so a repeated attempt makes one customer. ``tolerance_seconds`` is how
    old a webhook's signed timestamp may be.
    """

    def __init__(self, secret_key: str, *, webhook_secret: str, api_base: str, timeout_seconds: float,
                 tolerance_seconds: int = 300) -> None:
        self._client = stripe.StripeClient(secret_key, base_addresses={"api": api_base}, max_network_retries=0,
                                           http_client=stripe.RequestsClient(timeout=timeout_seconds))
        self._webhook_secret = webhook_secret
        self._tolerance = tolerance_seconds

    def create_customer(self, *, email: str, account_id: str) -> str:
        with _translated("creating a customer"):
            customer = self._client.v1.customers.create(
                {"email": email, "metadata": {ACCOUNT_METADATA_KEY: account_id}},
                {"idempotency_key": f"arena-customer-{account_id}"})
        return str(customer.id)

    def ensure_price(self, plan: Plan, price_id: str) -> None:
        # A Stripe plan with our own id is a price Checkout accepts, and one we can find again by that id.
        def find() -> bool:
            try:
                self._client.v1.plans.retrieve(price_id)
            except stripe.InvalidRequestError as exc:
                if exc.http_status == 404:
                    return False
                raise
            return True

        with _translated(f"finding the price {price_id}"):
            if find():
                return
        try:
            with _translated(f"creating the price {price_id}"):
                self._client.v1.plans.create({
                    "id": price_id, "amount": plan.price_cents, "currency": plan.currency, "interval": "month",
                    "product": {"name": f"Arena {plan.title}"}, "metadata": {PLAN_METADATA_KEY: plan.name}})
        except (BillingRefused, BillingUnavailable):
            with _translated(f"finding the price {price_id}"):
                if find():  # another server created it meanwhile
                    return
            raise

    def create_checkout(self, *, customer_id: str, price_id: str, account_id: str, plan: str,
                        success_url: str, cancel_url: str) -> CheckoutLink:
        metadata = {ACCOUNT_METADATA_KEY: account_id, PLAN_METADATA_KEY: plan}
        with _translated("creating a Checkout Session"):
            session = self._client.v1.checkout.sessions.create({
                "mode": "subscription", "customer": customer_id, "client_reference_id": account_id,
                "line_items": [{"price": price_id, "quantity": 1}], "success_url": success_url,
                "cancel_url": cancel_url, "metadata": metadata, "subscription_data": {"metadata": metadata}})
        if not session.url:
            raise BillingRefused(f"Stripe's Checkout Session {session.id} has no URL")
        return CheckoutLink(url=session.url, session_id=session.id)

    def create_portal(self, *, customer_id: str, return_url: str) -> str:
        with _translated("creating a Customer Portal session"):
            session = self._client.v1.billing_portal.sessions.create(
                {"customer": customer_id, "return_url": return_url})
        return str(session.url)

    def verify_event(self, payload: bytes, signature: str | None) -> StripeEvent:
        if not signature:
            raise InvalidWebhook("the Stripe-Signature header is missing")
        try:
            stripe.Webhook.construct_event(payload, signature, self._webhook_secret, tolerance=self._tolerance)
        except stripe.SignatureVerificationError as exc:
            raise InvalidWebhook(f"the webhook's signature does not verify: {exc.user_message or exc}") from exc
        except ValueError as exc:
            raise InvalidWebhook("the webhook's body is not JSON") from exc
        body: Any = json.loads(payload)
        data = body.get("data") if isinstance(body, dict) else None
        obj = data.get("object") if isinstance(data, dict) else None
        created = timestamp(body.get("created")) if isinstance(body, dict) else None
        if not (isinstance(body.get("id"), str) and isinstance(body.get("type"), str)
                and isinstance(obj, dict) and created is not None):
            raise InvalidWebhook("the webhook's body is not a Stripe event (id, type, created, data.object)")
        return StripeEvent(id=body["id"], type=body["type"], created=created, object=obj)

    async def ping(self) -> None:
        """Ask Stripe for the account's balance: the cheapest call a secret key may always make."""
        await asyncio.to_thread(self._call, "reading the balance", self._client.v1.balance.retrieve)

    @staticmethod
    def _call(action: str, fn: Callable[[], T]) -> T:
        with _translated(action):
            return fn()
