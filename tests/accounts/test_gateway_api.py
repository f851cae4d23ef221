"""The gateway over HTTP, on each backend with rate limits in Redis: sign-up, logins, keys, who may do what,
rate limits and quotas on the metered routes, and tenancy."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import httpx
import pytest
from gateway_servers import PASSWORD, QUESTION, GatewayServer, random_address, start_gateway, unique_email

from store_databases import DatabaseFactory

PROBLEM = "application/problem+json"


def _bearer(credential: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {credential}"}


def _anonymous() -> dict[str, str]:
    return {"X-Forwarded-For": random_address()}  # the server trusts 127.0.0.1 as its proxy


def _assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body: dict[str, object] = response.json()
    assert body["type"] == f"urn:arena:problem:{code}"
    return body


@pytest.fixture
def http(gateway: GatewayServer) -> Iterator[httpx.Client]:
    with gateway.client() as client:
        yield client


def test_sign_up_then_log_in_with_json_or_the_oauth2_form(http: httpx.Client) -> None:
    email = unique_email()
    created = http.post("/v1/accounts", json={"email": f" {email.upper()}", "password": PASSWORD})
    assert created.status_code == 201 and created.json()["email"] == email
    # A taken email is answered as a new one (no one learns which emails have accounts) and changes nothing.
    again = http.post("/v1/accounts", json={"email": email, "password": "someone else's password"})
    assert again.status_code == 201 and again.json().keys() == created.json().keys()
    assert again.json()["email"] == email and again.json()["id"] != created.json()["id"]
    _assert_problem(http.post("/v1/auth/token", json={"email": email, "password": "someone else's password"}), 401,
                    "invalid-login")
    _assert_problem(http.post("/v1/accounts", json={"email": unique_email(), "password": "short"}), 422,
                    "weak-password")
    by_json = http.post("/v1/auth/token", json={"email": email, "password": PASSWORD})
    by_form = http.post("/v1/auth/token", data={"grant_type": "password", "username": email, "password": PASSWORD})
    for response in (by_json, by_form):
        assert response.status_code == 200, response.text
        assert response.json()["token_type"] == "bearer" and response.json()["expires_in"] == 900
        assert response.headers["cache-control"] == "no-store"
    me = http.get("/v1/me", headers=_bearer(by_form.json()["access_token"]))
    assert me.status_code == 200 and me.json()["account"]["email"] == email


def test_refresh_rotates_and_logout_ends_the_login(gateway: GatewayServer, http: httpx.Client) -> None:
    email = unique_email()
    http.post("/v1/accounts", json={"email": email, "password": PASSWORD})
    tokens = http.post("/v1/auth/token", json={"email": email, "password": PASSWORD}).json()
    refreshed = http.post("/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert refreshed.status_code == 200
    _assert_problem(http.post("/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}), 401,
                    "not-authenticated")
    again = http.post("/v1/auth/token", json={"email": email, "password": PASSWORD}).json()
    assert http.post("/v1/auth/logout", json={"refresh_token": again["refresh_token"]}).status_code == 204
    _assert_problem(http.post("/v1/auth/refresh", json={"refresh_token": again["refresh_token"]}), 401,
                    "not-authenticated")


def test_me_tells_plan_period_usage_and_limits(gateway: GatewayServer, http: httpx.Client) -> None:
    _, key = gateway.sign_up()
    me = http.get("/v1/me", headers=_bearer(key)).json()
    assert me["plan"]["name"] == "free" and me["limits"]["debates_per_month"] == 5
    assert me["limits"]["calls_per_hour"] == 10 and me["usage"] == {"debates": 0, "debates_remaining": 5}
    assert me["period"]["start"] < me["period"]["end"]
    missing = http.get("/v1/me", headers=_anonymous())
    _assert_problem(missing, 401, "not-authenticated")
    assert missing.headers["www-authenticate"] == "Bearer"


def test_a_bad_credential_is_401_never_anonymous(http: httpx.Client) -> None:
    for header in ("Bearer arena_live_0000000000000000000000000000000000000", "Bearer eyJhbGciOiJub25lIn0.e30.",
                   "Token abc"):
        response = http.post("/v1/debates", json={"question": QUESTION}, headers={"Authorization": header})
        _assert_problem(response, 401, "not-authenticated")


def test_keys_are_listed_without_the_key_and_revoked_ones_are_refused(gateway: GatewayServer,
                                                                        http: httpx.Client) -> None:
    _, key = gateway.sign_up()
    created = http.post("/v1/api-keys", json={"name": "second", "scopes": ["debates:read"]}, headers=_bearer(key))
    assert created.status_code == 201
    second = created.json()
    listed = http.get("/v1/api-keys", headers=_bearer(key)).json()
    assert [k["name"] for k in listed] == ["test", "second"]
    assert all("key" not in k and k["prefix"].startswith("arena_live_") for k in listed)
    assert listed[1]["scopes"] == ["debates:read"] and listed[0]["last_used_at"] is not None
    assert http.get("/v1/players", params={"q": "Jordan"}, headers=_bearer(second["key"])).status_code == 200
    assert http.delete(f"/v1/api-keys/{second['id']}", headers=_bearer(key)).status_code == 204
    time.sleep(2.1)  # past the server's key cache (ARENA_API_KEY_CACHE_SECONDS, 2 by default)
    refused = http.get("/v1/players", params={"q": "Jordan"}, headers=_bearer(second["key"]))
    _assert_problem(refused, 401, "not-authenticated")


def test_a_key_without_the_scope_is_403(gateway: GatewayServer, http: httpx.Client) -> None:
    _, chat_key = gateway.sign_up(scopes=("chat",))
    _assert_problem(http.post("/v1/debates", json={"question": QUESTION}, headers=_bearer(chat_key)), 403,
                    "missing-scope")
    _assert_problem(http.get("/v1/players", params={"q": "Jordan"}, headers=_bearer(chat_key)), 403,
                    "missing-scope")
    _assert_problem(http.post("/v1/api-keys", json={"name": "up", "scopes": ["admin"]}, headers=_bearer(chat_key)),
                    403, "missing-scope")


def test_metered_routes_count_calls_and_refuse_past_the_plan(http: httpx.Client) -> None:
    caller = _anonymous()  # anonymous: the free plan's 10 calls per hour, counted per address
    remaining = []
    for _ in range(10):
        response = http.get("/v1/players", params={"q": "Jordan"}, headers=caller)
        assert response.status_code == 200
        assert response.headers["ratelimit-limit"] == "10"
        assert 1 <= int(response.headers["ratelimit-reset"]) <= 3600
        remaining.append(int(response.headers["ratelimit-remaining"]))
    assert remaining == list(range(9, -1, -1))
    refused = http.get("/v1/leaders", params={"league": "nba", "stat": "points"}, headers=caller)
    body = _assert_problem(refused, 429, "rate-limited")
    assert refused.headers["ratelimit-remaining"] == "0"
    assert int(refused.headers["retry-after"]) == round(float(str(body["retry_after"])))
    other = http.get("/v1/players", params={"q": "Jordan"}, headers=_anonymous())
    assert other.headers["ratelimit-remaining"] == "9"  # another address has its own allowance


def test_unmetered_routes_carry_no_rate_limit(http: httpx.Client) -> None:
    caller = _anonymous()
    for path in ("/v1/sources", "/livez", "/v1/models"):
        response = http.get(path, headers=caller)
        assert response.status_code == 200 and "ratelimit-limit" not in response.headers


def test_five_debates_a_month_then_quota_exceeded_with_the_upgrade_link(gateway: GatewayServer,
                                                                        http: httpx.Client) -> None:
    _, key = gateway.sign_up()
    for _ in range(5):
        created = http.post("/v1/debates", json={"question": QUESTION}, headers=_bearer(key))
        assert created.status_code == 201, created.text
        assert created.headers["ratelimit-limit"] == "10"
    body = _assert_problem(http.post("/v1/debates", json={"question": QUESTION}, headers=_bearer(key)), 429,
                           "quota-exceeded")
    assert body["upgrade_url"] == "/v1/plans"
    assert http.get("/v1/me", headers=_bearer(key)).json()["usage"] == {"debates": 5, "debates_remaining": 0}


def test_an_idempotency_key_charges_once_and_a_refused_debate_is_given_back(gateway: GatewayServer,
                                                                          http: httpx.Client) -> None:
    _, key = gateway.sign_up()
    order = {**_bearer(key), "Idempotency-Key": str(uuid.uuid4())}
    assert http.post("/v1/debates", json={"question": QUESTION}, headers=order).status_code == 201
    assert http.post("/v1/debates", json={"question": QUESTION}, headers=order).status_code == 200  # a replay
    invalid = http.post("/v1/debates", json={"question": QUESTION, "seed": -1}, headers=_bearer(key))
    assert invalid.status_code == 422, invalid.text
    refused = http.post("/v1/debates", json={"question": "What should I cook tonight?"}, headers=_bearer(key))
    assert refused.status_code == 422, refused.text
    assert http.get("/v1/me", headers=_bearer(key)).json()["usage"]["debates"] == 1


def test_chat_completions_take_a_debate_too(gateway: GatewayServer, http: httpx.Client) -> None:
    _, key = gateway.sign_up(scopes=("chat",))
    reply = http.post("/v1/chat/completions", headers=_bearer(key),
                      json={"model": "arena-debate", "messages": [{"role": "user", "content": QUESTION}]})
    assert reply.status_code == 200, reply.text
    assert reply.headers["ratelimit-remaining"] == "9"
    assert http.get("/v1/me", headers=_bearer(key)).json()["usage"]["debates"] == 1


def test_failed_logins_are_slowed_with_retry_after(http: httpx.Client) -> None:
    email = unique_email()
    http.post("/v1/accounts", json={"email": email, "password": PASSWORD})
    for _ in range(5):
        _assert_problem(http.post("/v1/auth/token", json={"email": email, "password": "not the password"},
                                  headers=_anonymous()), 401, "invalid-login")
    throttled = http.post("/v1/auth/token", json={"email": email, "password": PASSWORD}, headers=_anonymous())
    _assert_problem(throttled, 429, "login-throttled")
    assert 1 <= int(throttled.headers["retry-after"]) <= 60


def test_one_account_sees_nothing_of_anothers_keys_or_usage(gateway: GatewayServer, http: httpx.Client) -> None:
    _, alice = gateway.sign_up()
    _, bob = gateway.sign_up()
    alice_keys = http.get("/v1/api-keys", headers=_bearer(alice)).json()
    assert http.post("/v1/debates", json={"question": QUESTION}, headers=_bearer(alice)).status_code == 201
    _assert_problem(http.delete(f"/v1/api-keys/{alice_keys[0]['id']}", headers=_bearer(bob)), 404,
                    "api-key-not-found")
    assert [k["id"] for k in http.get("/v1/api-keys", headers=_bearer(bob)).json()] != [alice_keys[0]["id"]]
    assert http.get("/v1/me", headers=_bearer(bob)).json()["usage"]["debates"] == 0
    assert http.get("/v1/me", headers=_bearer(alice)).json()["usage"]["debates"] == 1


def test_with_accounts_off_there_is_no_sign_up_and_no_limit(database_factory: DatabaseFactory,
                                                            tmp_path_factory: pytest.TempPathFactory) -> None:
    server = start_gateway(database_factory("sqlite"), tmp_path_factory.mktemp("open"), accounts_enabled=False)
    try:
        with server.client() as http:
            assert http.post("/v1/accounts", json={"email": unique_email(), "password": PASSWORD}).status_code == 404
            for _ in range(12):
                response = http.get("/v1/players", params={"q": "Jordan"})
                assert response.status_code == 200 and "ratelimit-limit" not in response.headers
            created = http.post("/v1/debates", json={"question": QUESTION},
                                headers={"Authorization": "Bearer whatever"})
            assert created.status_code == 201
    finally:
        server.thread.stop()


def _vote(gateway: GatewayServer, debate_id: str, headers: dict[str, str]) -> httpx.Response:
    """A vote from a browser with no voter cookie (a new one, or one that dropped it)."""
    with gateway.client() as fresh:
        return fresh.post(f"/v1/debates/{debate_id}/votes", json={"choice": "nba:jordami01"}, headers=headers)


def test_an_account_votes_once_and_an_address_casts_a_bounded_number_of_anonymous_votes(
    gateway: GatewayServer, http: httpx.Client
) -> None:
    _, key = gateway.sign_up()
    created = http.post("/v1/debates", json={"question": QUESTION}, headers=_bearer(key))
    assert created.status_code == 201, created.text
    debate_id = created.json()["id"]
    with http.stream("GET", f"/v1/debates/{debate_id}/events") as events:
        for _ in events.iter_lines():
            pass

    # Signed in, the account is the voter: dropping the cookie does not make it another one.
    assert _vote(gateway, debate_id, _bearer(key)).status_code == 201
    _assert_problem(_vote(gateway, debate_id, _bearer(key)), 409, "already-voted")
    read = http.get(f"/v1/debates/{debate_id}/votes", headers=_bearer(key))
    assert read.json()["your_choice"] == "nba:jordami01"

    # Anonymous: each cookie-less browser at one address votes, up to the address's limit (5 by default).
    home = _anonymous()
    assert [_vote(gateway, debate_id, home).status_code for _ in range(5)] == [201] * 5
    refused = _vote(gateway, debate_id, home)
    body = _assert_problem(refused, 409, "address-votes-spent")
    assert "5 votes" in str(body["detail"]) and "set-cookie" not in refused.headers
    assert _vote(gateway, debate_id, _anonymous()).status_code == 201  # another address is counted apart
    assert http.get(f"/v1/debates/{debate_id}/votes").json()["total"] == 1 + 5 + 1
