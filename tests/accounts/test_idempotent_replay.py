"""An ``Idempotency-Key`` on the routes that start a debate, over HTTP on each backend: the key sent again
answers with the first request's debate and takes nothing; sent with another body it is a 422; keys belong to
their caller."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import httpx
import pytest
from gateway_servers import QUESTION, GatewayServer

from store_databases import BACKENDS, DatabaseFactory, schema_drift

PROBLEM = "application/problem+json"


@pytest.fixture
def http(gateway: GatewayServer) -> Iterator[httpx.Client]:
    with gateway.client() as client:
        yield client


@pytest.mark.parametrize("backend", BACKENDS)
def test_migration_0008_gives_the_ledger_the_columns_the_adapter_declares(database_factory: DatabaseFactory,
                                                                           backend: str) -> None:
    assert schema_drift(database_factory(backend), "usage_ledger") == []


def _order(key: str, idempotency_key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}", "Idempotency-Key": idempotency_key}


def _used(http: httpx.Client, key: str) -> int:
    used: int = http.get("/v1/me", headers={"Authorization": f"Bearer {key}"}).json()["usage"]["debates"]
    return used


def test_a_repeated_key_answers_with_the_first_debate_and_charges_once(gateway: GatewayServer,
                                                                        http: httpx.Client) -> None:
    _, key = gateway.sign_up()
    order = _order(key, str(uuid.uuid4()))
    body = {"question": QUESTION, "criteria": {"peak": 2, "longevity": 1}}
    first = http.post("/v1/debates", json=body, headers=order)
    assert first.status_code == 201, first.text
    # The same body written otherwise (key order, spacing) is the same request.
    same = json.dumps({"criteria": {"longevity": 1, "peak": 2}, "question": QUESTION}, indent=2)
    again = http.post("/v1/debates", content=same, headers={**order, "Content-Type": "application/json"})
    assert again.status_code == 200, again.text
    assert again.headers["idempotent-replayed"] == "true"
    assert again.headers["location"] == first.headers["location"]
    replayed, original = again.json(), first.json()
    assert replayed["control_token"] is None and original["control_token"]
    assert {**replayed, "control_token": None} == {**original, "control_token": None}
    assert _used(http, key) == 1


def test_the_key_sent_with_another_body_or_route_is_a_422(gateway: GatewayServer, http: httpx.Client) -> None:
    _, key = gateway.sign_up()
    order = _order(key, str(uuid.uuid4()))
    assert http.post("/v1/debates", json={"question": QUESTION}, headers=order).status_code == 201
    for path, body in (("/v1/debates", {"question": QUESTION, "seed": 7}),
                       ("/v1/debates/stream", {"question": QUESTION})):
        refused = http.post(path, json=body, headers=order)
        assert refused.status_code == 422, refused.text
        assert refused.headers["content-type"] == PROBLEM
        assert refused.json()["code"] == "idempotency-key-reused"
    assert _used(http, key) == 1


def test_keys_belong_to_their_caller(gateway: GatewayServer, http: httpx.Client) -> None:
    (_, alice), (_, bob) = gateway.sign_up(), gateway.sign_up()
    shared = str(uuid.uuid4())
    by_alice = http.post("/v1/debates", json={"question": QUESTION}, headers=_order(alice, shared))
    by_bob = http.post("/v1/debates", json={"question": QUESTION}, headers=_order(bob, shared))
    assert by_alice.status_code == by_bob.status_code == 201
    assert by_alice.json()["id"] != by_bob.json()["id"]
    assert _used(http, alice) == _used(http, bob) == 1


def test_the_stream_route_replays_the_first_debates_events(gateway: GatewayServer, http: httpx.Client) -> None:
    _, key = gateway.sign_up()
    order = _order(key, str(uuid.uuid4()))
    first = http.post("/v1/debates/stream", json={"question": QUESTION}, headers=order)
    again = http.post("/v1/debates/stream", json={"question": QUESTION}, headers=order)
    assert first.status_code == again.status_code == 200
    assert again.headers["idempotent-replayed"] == "true" and "arena-control-token" not in again.headers
    assert again.headers["location"] == first.headers["location"]

    def events(response: httpx.Response) -> list[str]:  # the debate's events, not the viewer counts between
        return [line for line in response.text.splitlines() if line.startswith("data: {\"debate_id\"")]

    assert events(again) == events(first) and events(first)
    assert _used(http, key) == 1


def test_a_chat_completion_replays_the_same_reply(gateway: GatewayServer, http: httpx.Client) -> None:
    _, key = gateway.sign_up(scopes=("chat",))
    order = _order(key, str(uuid.uuid4()))
    body = {"model": "arena-debate", "messages": [{"role": "user", "content": QUESTION}]}
    first, again = (http.post("/v1/chat/completions", json=body, headers=order) for _ in range(2))
    assert first.status_code == again.status_code == 200, again.text
    assert again.json()["id"] == first.json()["id"]
    assert again.json()["choices"] == first.json()["choices"]
    assert _used(http, key) == 1
