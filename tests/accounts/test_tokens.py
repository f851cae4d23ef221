"""Access tokens: only HS256 tokens signed with a key of ours, unexpired, pass; forged ones never do."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import jwt
import pytest
from gateway_servers import JWT_SECRET, PUBLIC_KEY_PEM, forge_token

from arena.accounts import NotAuthenticated
from arena.accounts.tokens import AccessTokens, SigningKeys

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def _claims(**overrides: object) -> dict[str, object]:
    return {"sub": "account-1", "iss": "arena", "typ": "access", "iat": int(NOW.timestamp()),
            "exp": int((NOW + timedelta(minutes=15)).timestamp()), **overrides}


@pytest.fixture
def tokens() -> AccessTokens:
    return AccessTokens(SigningKeys.of("k1", JWT_SECRET), lifetime=timedelta(minutes=15))


def test_issued_token_names_its_key_and_verifies(tokens: AccessTokens) -> None:
    token = tokens.issue("account-1", NOW)
    assert jwt.get_unverified_header(token) == {"alg": "HS256", "kid": "k1", "typ": "JWT"}
    assert tokens.verify(token, NOW + timedelta(minutes=14)) == "account-1"


def test_expired_token_is_refused(tokens: AccessTokens) -> None:
    with pytest.raises(NotAuthenticated, match="expired"):
        tokens.verify(tokens.issue("account-1", NOW), NOW + timedelta(minutes=15))


@pytest.mark.parametrize(("header", "secret"), [
    ({"alg": "none", "kid": "k1"}, None),
    ({"alg": "HS256", "kid": "k1"}, b"another secret entirely, also 32 bytes long"),
    ({"alg": "RS256", "kid": "k1"}, PUBLIC_KEY_PEM.encode()),
    ({"alg": "HS256", "kid": "k1"}, PUBLIC_KEY_PEM.encode()),
    ({"alg": "HS512", "kid": "k1"}, JWT_SECRET.encode()),
    ({"alg": "HS256", "kid": "unknown"}, JWT_SECRET.encode()),
    ({"alg": "HS256"}, JWT_SECRET.encode()),
], ids=["alg-none", "wrong-key", "rs256-with-public-key", "hs256-with-public-key", "other-hs-alg",
        "unknown-kid", "no-kid"])
def test_forged_tokens_are_refused(tokens: AccessTokens, header: dict[str, object], secret: bytes | None) -> None:
    with pytest.raises(NotAuthenticated):
        tokens.verify(forge_token({"typ": "JWT", **header}, _claims(), secret), NOW)


@pytest.mark.parametrize("token", ["garbage", "a.b.c", "a.b", ""], ids=["one-part", "bad-parts", "two-parts",
                                                                        "empty"])
def test_a_malformed_token_is_refused_in_a_fixed_sentence(tokens: AccessTokens, token: str) -> None:
    # What a client is told names no library's own error text (README, "Output and state").
    with pytest.raises(NotAuthenticated) as refused:
        tokens.verify(token, NOW)
    assert refused.value.message == "the access token is malformed or not signed by this server"


def test_hand_made_token_with_our_key_passes_so_the_forgeries_fail_for_their_flaw(tokens: AccessTokens) -> None:
    assert tokens.verify(forge_token({"alg": "HS256", "kid": "k1"}, _claims(), JWT_SECRET.encode()), NOW) == "account-1"


@pytest.mark.parametrize("claims", [_claims(typ="refresh"), _claims(iss="someone-else"),
                                    {k: v for k, v in _claims().items() if k != "exp"}],
                         ids=["not-access", "other-issuer", "no-expiry"])
def test_tokens_with_the_wrong_claims_are_refused(tokens: AccessTokens, claims: dict[str, object]) -> None:
    with pytest.raises(NotAuthenticated):
        tokens.verify(forge_token({"alg": "HS256", "kid": "k1"}, claims, JWT_SECRET.encode()), NOW)


def test_rotation_keeps_retired_keys_verifying_and_signs_with_the_new_one() -> None:
    old = AccessTokens(SigningKeys.of("k1", JWT_SECRET), lifetime=timedelta(minutes=15))
    new_secret = "rotated-secret-" + "y" * 32
    rotated = AccessTokens(SigningKeys.of("k2", new_secret, {"k1": JWT_SECRET}), lifetime=timedelta(minutes=15))
    assert rotated.verify(old.issue("account-1", NOW), NOW) == "account-1"
    assert jwt.get_unverified_header(rotated.issue("account-1", NOW))["kid"] == "k2"
    retired = AccessTokens(SigningKeys.of("k2", new_secret), lifetime=timedelta(minutes=15))
    with pytest.raises(NotAuthenticated):
        retired.verify(old.issue("account-1", NOW), NOW)


def test_short_secrets_are_refused() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        SigningKeys.of("k1", "short")
