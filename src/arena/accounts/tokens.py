"""Access tokens (JWT, HS256, with a ``kid`` so keys rotate) and refresh tokens (random, stored hashed).

Verification names its one algorithm: a token saying ``none``, ``RS256`` or anything else is refused before
its signature is looked at, so neither an unsigned token nor one signed with a public key as an HMAC secret
passes.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

import jwt

from arena.accounts.errors import NotAuthenticated

ALGORITHM = "HS256"
_ISSUER = "arena"
_ACCESS = "access"
_MIN_SECRET_BYTES = 32  # RFC 7518 §3.2: an HS256 key at least as long as the hash


@dataclass(frozen=True, slots=True)
class SigningKeys:
    """The current key (``kid``, secret) that signs, and every key still accepted, by ``kid``."""

    current_kid: str
    secrets: Mapping[str, bytes]

    @classmethod
    def of(cls, current_kid: str, current: str, retired: Mapping[str, str] | None = None) -> SigningKeys:
        keys = {kid: secret.encode() for kid, secret in (retired or {}).items()}
        keys[current_kid] = current.encode()
        short = [kid for kid, secret in keys.items() if len(secret) < _MIN_SECRET_BYTES]
        if short:
            raise ValueError(f"JWT secrets must be at least {_MIN_SECRET_BYTES} bytes (kid {', '.join(short)})")
        return cls(current_kid, keys)


class AccessTokens:
    """Issues and verifies access tokens for accounts.

    >>> tokens = AccessTokens(SigningKeys.of("k1", secret), lifetime=timedelta(minutes=15))
    >>> tokens.verify(tokens.issue("account-id", now), now)   # "account-id"
    """

    def __init__(self, keys: SigningKeys, *, lifetime: timedelta) -> None:
        self._keys = keys
        self._lifetime = lifetime

    @property
    def lifetime(self) -> timedelta:
        return self._lifetime

    def issue(self, account_id: str, now: datetime) -> str:
        claims = {"sub": account_id, "iss": _ISSUER, "typ": _ACCESS, "iat": now, "exp": now + self._lifetime,
                  "jti": uuid.uuid4().hex}
        kid = self._keys.current_kid
        return jwt.encode(claims, self._keys.secrets[kid], algorithm=ALGORITHM, headers={"kid": kid})

    def verify(self, token: str, now: datetime) -> str:
        """The account id the token was issued to; raises :class:`NotAuthenticated` if it is malformed,
        expired, signed with another algorithm or an unknown key, or forged."""
        try:
            header = jwt.get_unverified_header(token)
            secret = self._keys.secrets.get(str(header.get("kid")))
            if secret is None or header.get("alg") != ALGORITHM:
                raise NotAuthenticated("the access token is not signed by this server")
            # Times are checked against the injected clock, not PyJWT's own reading of it.
            claims = jwt.decode(token, secret, algorithms=[ALGORITHM], issuer=_ISSUER,
                                options={"require": ["exp", "iat", "sub", "iss"], "verify_exp": False,
                                         "verify_iat": False})
            expired = claims["exp"] <= now.timestamp()
        except jwt.PyJWTError as exc:
            # A fixed sentence: PyJWT's own text is no part of what a client is told.
            raise NotAuthenticated("the access token is malformed or not signed by this server") from exc
        if expired:
            raise NotAuthenticated("the access token has expired")
        if claims.get("typ") != _ACCESS:
            raise NotAuthenticated("not an access token")
        return str(claims["sub"])


def new_refresh_token() -> str:
    return "arena_rt_" + secrets.token_urlsafe(32)


def refresh_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
