"""The billing service: checkout and the customer portal through the payment provider, Stripe's webhooks
applied to the database, and the operator's analytics.

Entitlements are never read from Stripe: a plan changes only when a verified webhook event says so, and the
accounts service reads it from the database. So while Stripe is unreachable, checkout and the portal fail
(503) and everything else, paid plans included, carries on.
"""

from __future__ import annotations

from datetime import date, timedelta

from arena.accounts import FREE_PLAN, Account, AccountService, UnknownPlan
from arena.billing.analytics import Analytics, date_range, report
from arena.billing.errors import BillingNotConfigured, NotACustomer, PlanNotForSale
from arena.billing.model import CheckoutLink
from arena.billing.ports import BillingStore, PaymentProvider
from arena.billing.webhooks import EventReader, price_id_for
from arena.clock import Clock, utc_now
from arena.telemetry import get_logger

_log = get_logger(__name__)


class BillingService:
    """Billing over a :class:`BillingStore` and a :class:`PaymentProvider` (guarded by the billing breaker).

    >>> billing = BillingService(store, provider, accounts, return_url="https://arena.example.com/",
    ...                          grace=timedelta(days=7))
    >>> billing.checkout(account, "basic").url        # Stripe Checkout
    >>> billing.receive(body, request.headers["Stripe-Signature"])   # True: applied; False: a duplicate

    ``provider`` None: Stripe is not configured, so checkout, the portal and webhooks answer
    ``BillingUnavailable`` (analytics still work). ``return_url`` is where Checkout and the portal send the
    customer back; ``grace`` how long a subscription whose renewal failed keeps its plan (never past its
    period's end).
    """

    def __init__(self, store: BillingStore, provider: PaymentProvider | None, accounts: AccountService, *,
                 return_url: str, grace: timedelta,
                 clock: Clock = utc_now) -> None:
        self._store = store
        self._provider = provider
        self._accounts = accounts
        self._return_url = return_url
        self._grace = grace
        self._clock = clock

    def checkout(self, account: Account, plan_name: str) -> CheckoutLink:
        """A Checkout Session for ``plan_name``: the account becomes a Stripe customer first if it is not one.
        Raises :class:`PlanNotForSale` for an unknown or free plan, ``BillingUnavailable`` when Stripe cannot
        be reached. The plan changes only when Stripe's webhook confirms the subscription."""
        provider = self._configured()
        try:
            plan = self._accounts.plan(plan_name)
        except UnknownPlan as exc:
            raise PlanNotForSale(plan_name) from exc
        if plan.name == FREE_PLAN or plan.price_cents <= 0:
            raise PlanNotForSale(plan_name)
        customer = self._store.customer_of(account.id)
        if customer is None:
            customer = provider.create_customer(email=account.email, account_id=account.id)
            self._store.link_customer(account.id, customer)
            customer = self._store.customer_of(account.id) or customer  # a concurrent checkout linked first
        price = plan.stripe_price_id
        if price is None:
            price = price_id_for(plan)
            provider.ensure_price(plan, price)
        return provider.create_checkout(
            customer_id=customer, price_id=price, account_id=account.id, plan=plan.name,
            success_url=f"{self._return_url}?checkout=success&session_id={{CHECKOUT_SESSION_ID}}",
            cancel_url=f"{self._return_url}?checkout=cancelled")

    def portal(self, account: Account) -> str:
        """The Customer Portal's URL for the account; raises :class:`NotACustomer` if it never checked out."""
        provider = self._configured()
        customer = self._store.customer_of(account.id)
        if customer is None:
            raise NotACustomer
        return provider.create_portal(customer_id=customer, return_url=self._return_url)

    def receive(self, payload: bytes, signature: str | None) -> bool:
        """Verify and apply one webhook delivery; False when the event was applied before (a duplicate).
        Raises ``InvalidWebhook`` for a bad or stale signature (nothing is read from an unverified body)."""
        event = self._configured().verify_event(payload, signature)
        changes = EventReader(self._accounts.plans(), grace=self._grace).changes(event)
        applied = self._store.apply(changes)
        _log.info("stripe event received", event_id=event.id, type=event.type, duplicate=not applied,
                  changes=len(changes.changes))
        return applied

    def _configured(self) -> PaymentProvider:
        if self._provider is None:
            raise BillingNotConfigured
        return self._provider

    def analytics(self, start: date | None = None, end: date | None = None) -> Analytics:
        """The operator's analytics for the days ``start`` to ``end`` (default: the 30 days up to today)."""
        start, end = date_range(start, end, today=self._clock().date())
        return report(self._store.figures(start, end))
