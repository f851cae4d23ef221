"""The web page's own requests count against a generous per-address browser limit, through the page pass the
page hands out, so one visit's autocomplete never spends the plan's API calls; API clients stay limited."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import httpx
from gateway_servers import JWT_SECRET, QUESTION, Clock, GatewayServer, random_address

from arena.accounts import PagePasses

AUTOCOMPLETE = ("J", "Jo", "Jor", "Jord", "Jorda", "Jordan", "Wilt", "Wilt C", "Cham", "Chamb", "Kareem", "Magic")


@contextmanager
def _visit(gateway: GatewayServer, address: str) -> Iterator[httpx.Client]:
    """A browser that opened the page from ``address`` (behind the server's trusted proxy)."""
    with gateway.client(headers={"X-Forwarded-For": address}) as browser:
        assert browser.get("/").status_code == 200
        assert "arena_page" in browser.cookies
        yield browser


def test_a_visits_autocomplete_does_not_spend_the_free_plans_calls(gateway: GatewayServer) -> None:
    address = random_address()
    with _visit(gateway, address) as browser:
        for prefix in AUTOCOMPLETE * 2:  # 24 lookups: more than the free plan's 10 calls an hour
            response = browser.get("/v1/players", params={"q": prefix, "limit": 6})
            assert response.status_code == 200, response.text
            assert response.headers["ratelimit-limit"] == "600"
        assert response.headers["ratelimit-remaining"] == str(600 - 2 * len(AUTOCOMPLETE))
    with gateway.client(headers={"X-Forwarded-For": address}) as api_client:  # same address, no page pass
        statuses = [api_client.get("/v1/players", params={"q": "Jordan"}).status_code for _ in range(11)]
    assert statuses == [200] * 10 + [429]


def test_a_page_pass_works_only_from_its_address_and_never_with_an_api_key(gateway: GatewayServer) -> None:
    _, key = gateway.sign_up()
    address = random_address()
    with _visit(gateway, address) as browser:
        elsewhere = browser.get("/v1/players", params={"q": "Jordan"}, headers={"X-Forwarded-For": random_address()})
        assert elsewhere.headers["ratelimit-limit"] == "10"  # the free plan's, for that other address
        with_key = browser.get("/v1/players", params={"q": "Jordan"}, headers={"Authorization": f"Bearer {key}"})
        assert with_key.headers["ratelimit-limit"] == "10"  # the key's plan
    with gateway.client(headers={"X-Forwarded-For": address, "Cookie": "arena_page=9999999999.00"}) as forger:
        assert forger.get("/v1/players", params={"q": "Jordan"}).headers["ratelimit-limit"] == "10"


def test_the_pages_debates_still_come_from_the_plans_allowance(gateway: GatewayServer) -> None:
    with _visit(gateway, random_address()) as browser:
        statuses = [browser.post("/v1/debates", json={"question": QUESTION}).status_code for _ in range(6)]
        refused = browser.post("/v1/debates", json={"question": QUESTION})
    assert statuses == [201] * 5 + [429]
    assert refused.json()["code"] == "quota-exceeded"


def test_a_page_pass_expires_and_cannot_be_altered() -> None:
    clock = Clock()
    passes = PagePasses(JWT_SECRET.encode(), lifetime=timedelta(hours=1), clock=clock)
    issued = passes.issue("203.0.113.7")
    assert passes.is_valid(issued, "203.0.113.7") and not passes.is_valid(issued, "203.0.113.8")
    expires, _, signature = issued.partition(".")
    assert not passes.is_valid(f"{int(expires) + 3600}.{signature}", "203.0.113.7")
    assert not PagePasses(b"another secret " * 3, lifetime=timedelta(hours=1), clock=clock).is_valid(
        issued, "203.0.113.7")
    clock.advance(3600)
    assert not passes.is_valid(issued, "203.0.113.7")
