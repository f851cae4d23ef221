"""localstripe in a process of its own and the Stripe front before it (module-wide: starting them takes a
moment), and an API server with accounts and billing on, on PostgreSQL with rate limits in Redis."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from stripe_servers import SECRET_KEY, WEBHOOK_SECRET, LocalStripe, StripeFront

from accounts.gateway_servers import GatewayServer, start_gateway
from store_databases import DatabaseFactory


@pytest.fixture(scope="module")
def localstripe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalStripe]:
    server = LocalStripe(tmp_path_factory.mktemp("localstripe")).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def stripe_front(localstripe: LocalStripe) -> Iterator[StripeFront]:
    front = StripeFront(localstripe).start()
    yield front
    front.stop()


@pytest.fixture(scope="module")
def billing_gateway(database_factory: DatabaseFactory, redis_url: str, localstripe: LocalStripe,
                    stripe_front: StripeFront, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayServer]:
    server = start_gateway(database_factory("postgresql"), tmp_path_factory.mktemp("billing"), redis_url=redis_url,
                           stripe_api_base=stripe_front.url, stripe_secret_key=SECRET_KEY,
                           stripe_webhook_secret=WEBHOOK_SECRET)
    localstripe.send_webhooks_to(f"{server.base_url}/v1/billing/webhook")
    yield server
    localstripe.stop()  # first: a webhook it is delivering would be a connection left open in the server
    server.thread.stop()
