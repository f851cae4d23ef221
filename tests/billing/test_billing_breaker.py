"""The billing breaker: calls to a Stripe that does not answer open it, and then checkout is refused at once
with a wait to retry after, without trying Stripe; verifying a webhook is never refused."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from stripe_servers import WEBHOOK_SECRET, event, sign

from arena.accounts import Plan
from arena.billing import BillingUnavailable
from arena.billing.adapters.stripe_provider import StripeProvider
from arena.billing.guarded_provider import GuardedPaymentProvider
from arena.resilience.adapters.memory_state import MemoryBreakerState
from arena.resilience.breaker import CircuitBreaker
from arena.resilience.policy import BreakerConfig
from arena.resilience.registry import BILLING
from arena.resilience.sync_guard import BreakerLoop, SyncGuard

BASIC = Plan(name="basic", debates_per_month=50, calls_per_hour=100, price_cents=2999, features=(), title="Basic")


class CountingProvider(StripeProvider):
    """Stripe at an address nothing answers, counting the calls that reach for it."""

    calls = 0

    def create_customer(self, *, email: str, account_id: str) -> str:
        self.calls += 1
        return super().create_customer(email=email, account_id=account_id)


@pytest.fixture
def loop() -> Iterator[BreakerLoop]:
    loop = BreakerLoop()
    yield loop
    loop.close()


def test_an_unreachable_stripe_opens_the_breaker_and_checkout_is_refused_at_once(closed_port: int,
                                                                                  loop: BreakerLoop) -> None:
    breaker = CircuitBreaker(BILLING, BreakerConfig(window_size=4, minimum_calls=2, wait_in_open=60),
                             store=MemoryBreakerState())
    stripe = CountingProvider("sk_test_x", webhook_secret=WEBHOOK_SECRET, api_base=f"http://127.0.0.1:{closed_port}",
                              timeout_seconds=2)
    provider = GuardedPaymentProvider(stripe, SyncGuard(breaker, loop, failures=(BillingUnavailable,)))
    for _ in range(2):
        with pytest.raises(BillingUnavailable) as unreachable:
            provider.create_customer(email="a@example.com", account_id="a1")
        assert unreachable.value.retry_after is None  # Stripe was tried, and failed
    with pytest.raises(BillingUnavailable) as refused:
        provider.create_customer(email="a@example.com", account_id="a1")
    assert stripe.calls == 2  # the third was never sent
    assert refused.value.retry_after is not None and 0 < refused.value.retry_after <= 60
    body = event("customer.subscription.deleted", {"id": "sub_1"})
    assert provider.verify_event(body, sign(body)).type == "customer.subscription.deleted"
    with pytest.raises(BillingUnavailable):
        provider.ensure_price(BASIC, "arena-basic-2999-usd-month")
