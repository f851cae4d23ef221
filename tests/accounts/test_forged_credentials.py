"""Forged, expired and revoked credentials at the edge, over HTTP on each backend: each is a 401 problem on a
route that starts a debate, never an anonymous request; a token made right for the same account passes, so each
forgery fails for its own flaw."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from gateway_servers import JWT_SECRET, PUBLIC_KEY_PEM, QUESTION, GatewayServer, forge_token


def _claims(account_id: str, **overrides: object) -> dict[str, object]:
    now = datetime.now(UTC)
    return {"sub": account_id, "iss": "arena", "typ": "access", "iat": int(now.timestamp()),
            "exp": int((now + timedelta(minutes=15)).timestamp()), **overrides}


FORGERIES = {
    "alg-none": ({"alg": "none", "kid": "k1"}, None, {}),
    "wrong-key": ({"alg": "HS256", "kid": "k1"}, b"another secret entirely, also 32 bytes long", {}),
    "rs256-with-public-key": ({"alg": "RS256", "kid": "k1"}, PUBLIC_KEY_PEM.encode(), {}),
    "hs256-with-public-key": ({"alg": "HS256", "kid": "k1"}, PUBLIC_KEY_PEM.encode(), {}),
    "expired": ({"alg": "HS256", "kid": "k1"}, JWT_SECRET.encode(),
                {"iat": int(time.time()) - 3600, "exp": int(time.time()) - 60}),
}


def _start(http: httpx.Client, credential: str) -> httpx.Response:
    return http.post("/v1/debates", json={"question": QUESTION}, headers={"Authorization": f"Bearer {credential}"})


@pytest.mark.parametrize("forgery", list(FORGERIES))
def test_a_forged_or_expired_access_token_is_401(gateway: GatewayServer, forgery: str) -> None:
    account_id, _ = gateway.sign_up()
    header, secret, claims = FORGERIES[forgery]
    with gateway.client() as http:
        genuine = forge_token({"alg": "HS256", "kid": "k1", "typ": "JWT"}, _claims(account_id), JWT_SECRET.encode())
        assert _start(http, genuine).status_code == 201
        refused = _start(http, forge_token({"typ": "JWT", **header}, _claims(account_id, **claims), secret))
    assert refused.status_code == 401, refused.text
    assert refused.json()["code"] == "not-authenticated"
    assert "ratelimit-limit" not in refused.headers  # refused before anything is counted against anyone


def test_a_revoked_key_is_401_everywhere_it_was_accepted(gateway: GatewayServer) -> None:
    _, key = gateway.sign_up()
    with gateway.client() as http:
        keys = http.get("/v1/api-keys", headers={"Authorization": f"Bearer {key}"}).json()
        assert _start(http, key).status_code == 201
        assert http.delete(f"/v1/api-keys/{keys[0]['id']}", headers={"Authorization": f"Bearer {key}"}
                           ).status_code == 204
        time.sleep(2.1)  # past the server's key cache (ARENA_API_KEY_CACHE_SECONDS, 2 by default)
        for response in (_start(http, key), http.get("/v1/me", headers={"Authorization": f"Bearer {key}"})):
            assert response.status_code == 401, response.text
            assert response.json()["code"] == "not-authenticated"
