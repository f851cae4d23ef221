"""The month's allowance is taken atomically: 200 requests at once on an account with 5 debates left start
exactly 5 debates and get 195 quota-exceeded problems, on PostgreSQL (the truth for quotas)."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Iterator

import httpx
import pytest
from gateway_servers import QUESTION, GatewayServer, start_gateway, subscribe

from store_databases import DatabaseFactory

REQUESTS = 200
LEFT = 5


@pytest.fixture(scope="module")
def postgres_gateway(database_factory: DatabaseFactory,
                     tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayServer]:
    # Quotas live in PostgreSQL alone; rate limits (in memory here) are tested on Redis in test_gateway_api.py.
    server = start_gateway(database_factory("postgresql"), tmp_path_factory.mktemp("quota"))
    yield server
    server.thread.stop()


async def _create_debates(base_url: str, key: str) -> list[httpx.Response]:
    limits = httpx.Limits(max_connections=REQUESTS, max_keepalive_connections=REQUESTS)
    async with httpx.AsyncClient(base_url=base_url, timeout=120, limits=limits) as http:
        return await asyncio.gather(*(http.post("/v1/debates", json={"question": QUESTION},
                                                headers={"Authorization": f"Bearer {key}"})
                                      for _ in range(REQUESTS)))


@pytest.mark.postgres
@pytest.mark.integration
def test_200_concurrent_debates_with_5_left_start_exactly_5(postgres_gateway: GatewayServer) -> None:
    account_id, key = postgres_gateway.sign_up()
    # Premium: 1,000 calls an hour, so only the allowance (500 a month, 495 spent) can refuse.
    subscribe(postgres_gateway.database_url, account_id, "premium", used=500 - LEFT)
    time.sleep(2.1)  # past the server's cache of the account's plan (ARENA_API_KEY_CACHE_SECONDS)
    responses = asyncio.run(_create_debates(postgres_gateway.base_url, key))
    statuses = Counter(response.status_code for response in responses)
    assert statuses == {201: LEFT, 429: REQUESTS - LEFT}, [r.text for r in responses if r.status_code not in
                                                            (201, 429)][:3]
    codes = {response.json()["code"] for response in responses if response.status_code == 429}
    assert codes == {"quota-exceeded"}
    with postgres_gateway.client() as http:
        usage = http.get("/v1/me", headers={"Authorization": f"Bearer {key}"}).json()["usage"]
    assert usage == {"debates": 500, "debates_remaining": 0}
