"""Debates belong to the account that started them (accounts on, over HTTP on each backend): its keys and
tokens cancel and delete them, anyone else is refused; everyone may watch the permalink and vote."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from gateway_servers import PASSWORD, QUESTION, GatewayServer, random_address
from websockets.sync.client import connect

PROBLEM = "application/problem+json"


def _bearer(credential: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {credential}"}


def _refused(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["code"] == code


@pytest.fixture
def http(gateway: GatewayServer) -> Iterator[httpx.Client]:
    with gateway.client() as client:
        yield client


def _start(http: httpx.Client, key: str) -> dict[str, Any]:
    created = http.post("/v1/debates", json={"question": QUESTION}, headers=_bearer(key))
    assert created.status_code == 201, created.text
    debate: dict[str, Any] = created.json()
    return debate


def _second_key(http: httpx.Client, key: str, *scopes: str) -> str:
    made = http.post("/v1/api-keys", json={"name": "another", "scopes": list(scopes)}, headers=_bearer(key))
    assert made.status_code == 201, made.text
    second: str = made.json()["key"]
    return second


def test_only_the_owner_cancels_or_deletes_and_anyone_watches(gateway: GatewayServer, http: httpx.Client) -> None:
    _, alice = gateway.sign_up()
    _, bob = gateway.sign_up()
    debate = _start(http, alice)
    cancel, permalink = f"/v1/debates/{debate['id']}/cancel", f"/v1/debates/{debate['id']}"
    anonymous = {"X-Forwarded-For": random_address()}
    for who in (_bearer(bob), anonymous):
        _refused(http.post(cancel, headers=who), 403, "debate-control-forbidden")
        _refused(http.delete(permalink, headers=who), 403, "debate-control-forbidden")
    # The permalink is public: a stranger and an anonymous caller read it and vote.
    watched = http.get(permalink, headers=anonymous)
    assert watched.status_code == 200 and watched.json()["id"] == debate["id"]
    side = http.get(permalink, headers=_bearer(bob)).json()["stat_cards"][0]["players"][0]["id"]
    assert http.post(f"{permalink}/votes", json={"choice": side}, headers=_bearer(bob)).status_code == 201
    # Any key of the owner's account controls it, and so does a signed-in session of the owner.
    assert http.post(cancel, headers=_bearer(_second_key(http, alice, "debates:write"))).status_code == 202
    assert http.delete(permalink, headers=_bearer(alice)).status_code == 204
    _refused(http.get(permalink), 404, "debate-not-found")


def test_a_read_only_key_of_the_owner_is_told_it_lacks_the_scope(gateway: GatewayServer,
                                                                   http: httpx.Client) -> None:
    _, alice = gateway.sign_up()
    debate = _start(http, alice)
    reader = _second_key(http, alice, "debates:read")
    _refused(http.post(f"/v1/debates/{debate['id']}/cancel", headers=_bearer(reader)), 403, "missing-scope")


def test_the_control_token_travels_beside_the_account_credential(gateway: GatewayServer,
                                                                 http: httpx.Client) -> None:
    _, alice = gateway.sign_up()
    _, bob = gateway.sign_up()
    debate = _start(http, alice)
    # The token handed to the owner, for clients that cannot send the owner's credential (a browser socket).
    token = {"Arena-Control-Token": debate["control_token"]}
    assert http.post(f"/v1/debates/{debate['id']}/cancel", headers={**_bearer(bob), **token}).status_code == 202
    # As Authorization it is no credential: a 401, never anonymous.
    _refused(http.delete(f"/v1/debates/{debate['id']}", headers=_bearer(debate["control_token"])), 401,
             "not-authenticated")


def test_a_signed_in_session_owns_what_its_keys_start(gateway: GatewayServer, http: httpx.Client) -> None:
    email = f"owner-{random_address().replace(':', '')}@example.com"
    assert http.post("/v1/accounts", json={"email": email, "password": PASSWORD}).status_code == 201
    session = http.post("/v1/auth/token", json={"email": email, "password": PASSWORD}).json()["access_token"]
    key = _second_key(http, session, "debates:write")
    debate = _start(http, key)
    assert http.delete(f"/v1/debates/{debate['id']}", headers=_bearer(session)).status_code == 204


def _socket_url(gateway: GatewayServer, debate_id: str) -> str:
    return f"{gateway.base_url.replace('http', 'ws', 1)}/v1/debates/{debate_id}/ws"


def _cancel_over_socket(gateway: GatewayServer, debate_id: str, headers: dict[str, str]) -> list[dict[str, Any]]:
    """The frames after sending cancel, until the server closes the socket: the debate may end before the
    command is read, and its answer then follows the last event. The closing handshake may take long on a
    loaded machine (websockets gives it 10 s by default, which a full run beside another once exceeded)."""
    with connect(_socket_url(gateway, debate_id), additional_headers=headers, open_timeout=30,
                 close_timeout=60) as socket:
        socket.send(json.dumps({"type": "cancel"}))
        return [json.loads(frame) for frame in socket]


def test_over_the_websocket_a_spectator_is_refused_and_the_owner_cancels(gateway: GatewayServer,
                                                                          http: httpx.Client) -> None:
    _, alice = gateway.sign_up()
    _, bob = gateway.sign_up()
    debate = _start(http, alice)
    refused = [frame for frame in _cancel_over_socket(gateway, debate["id"], _bearer(bob))
               if frame.get("code") == "debate-control-forbidden"]
    assert refused, "a spectator's cancel must be refused"
    frames = _cancel_over_socket(gateway, debate["id"], _bearer(alice))
    assert not [frame for frame in frames if frame.get("code") == "debate-control-forbidden"]


def test_a_bad_credential_on_the_websocket_is_closed_with_4401(gateway: GatewayServer, http: httpx.Client) -> None:
    _, alice = gateway.sign_up()
    debate = _start(http, alice)
    with connect(_socket_url(gateway, debate["id"]), additional_headers=_bearer("arena_test_forged"),
                 open_timeout=30) as socket:
        assert json.loads(socket.recv(timeout=30))["code"] == "not-authenticated"
        with pytest.raises(Exception, match="4401"):
            socket.recv(timeout=30)
