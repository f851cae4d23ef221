"""What the accounts tests share: a clock tests move, an accounts service on a given store, and API servers with
accounts on over a database holding a small hand-built NBA league (so debates start in a moment)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import random
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import insert

from api_servers import ServerThread, api_settings
from arena.accounts import AccountService
from arena.accounts.adapters.memory_rate import MemoryRateLimiter
from arena.accounts.adapters.sql_accounts import SqlAccountStore
from arena.accounts.adapters.tables import quota_counters, subscriptions
from arena.accounts.model import calendar_month
from arena.accounts.page_passes import PagePasses
from arena.accounts.tokens import AccessTokens, SigningKeys
from arena.api.app import create_app
from arena.db import make_engine
from arena.stats.adapters.sql_store import SqlStatStore
from stats.stat_samples import sample_nba

JWT_SECRET = "test-secret-" + "x" * 32
# What an RS256 server would publish; the HS/RS confusion attack signs HS256 with it as the secret.
PUBLIC_KEY_PEM = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----\n"
PASSWORD = "correct horse battery"
QUESTION = "Who was better, Michael Jordan or Wilt Chamberlain?"


class Clock:
    """UTC now, moved by hand."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def forge_token(header: dict[str, object], claims: dict[str, object], secret: bytes | None) -> str:
    """A JWT assembled by hand, so any header (alg none, RS256) can be forged."""
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest() if secret else b""
    return f"{signing_input}.{_b64(signature)}"


def unique_email() -> str:
    return f"user-{uuid.uuid4().hex[:12]}@example.com"


def random_address() -> str:
    """A documentation-range address no other test uses, for anonymous callers behind the trusted proxy."""
    return str(ipaddress.ip_address("2001:db8::") + random.getrandbits(64))


def make_service(store: SqlAccountStore, clock: Clock, **overrides: object) -> AccountService:
    options: dict[str, object] = {
        "refresh_lifetime": timedelta(days=30), "key_mode": "test", "key_cache_seconds": 2.0,
        "login_failures_per_account": 5, "login_failures_per_address": 20, "upgrade_url": "/v1/plans",
        "page_passes": PagePasses(JWT_SECRET.encode(), lifetime=timedelta(hours=1), clock=clock),
        "browser_calls_per_hour": 600,
        **overrides,
    }
    tokens = AccessTokens(SigningKeys.of("k1", JWT_SECRET), lifetime=timedelta(minutes=15))
    return AccountService(store, MemoryRateLimiter(), tokens, clock=clock, **options)  # type: ignore[arg-type]


def subscribe(database_url: str, account_id: str, plan: str, *, used: int = 0) -> None:
    """Put the account on ``plan`` for this month with ``used`` debates already taken, as billing would."""
    period = calendar_month(datetime.now(UTC))
    engine = make_engine(database_url)
    try:
        with engine.begin() as conn:
            conn.execute(insert(subscriptions).values(
                id=f"sub_{uuid.uuid4().hex}", account_id=account_id, plan=plan, status="active",
                period_start=period.start, period_end=period.end, cancel_at_period_end=False,
                updated_at=datetime.now(UTC)))
            if used:
                conn.execute(insert(quota_counters).values(subject=account_id, period_start=period.start, used=used))
    finally:
        engine.dispose()


class GatewayServer:
    """An API server with accounts on; ``database_url`` is its database (accounts and a sample league)."""

    def __init__(self, thread: ServerThread, database_url: str) -> None:
        self.thread = thread
        self.database_url = database_url
        self.base_url = thread.base_url

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.base_url, timeout=60, **kwargs)  # type: ignore[arg-type]

    def sign_up(self, *, scopes: tuple[str, ...] = ("debates:write", "debates:read", "chat")) -> tuple[str, str]:
        """A new account and an API key of it: (account id, key)."""
        email = unique_email()
        with self.client() as http:
            account = http.post("/v1/accounts", json={"email": email, "password": PASSWORD})
            assert account.status_code == 201, account.text
            token = http.post("/v1/auth/token", json={"email": email, "password": PASSWORD}).json()["access_token"]
            key = http.post("/v1/api-keys", json={"name": "test", "scopes": list(scopes)},
                            headers={"Authorization": f"Bearer {token}"})
            assert key.status_code == 201, key.text
        return account.json()["id"], key.json()["key"]


def with_sample_league(database_url: str) -> str:
    """``database_url``, once it holds the small NBA league."""
    engine = make_engine(database_url)
    try:
        SqlStatStore(engine).replace_league(sample_nba())
    finally:
        engine.dispose()
    return database_url


def start_gateway(database_url: str, data_dir: Path, *, llm_base_url: str = "http://127.0.0.1:9/v1",
                  **overrides: object) -> GatewayServer:
    with_sample_league(database_url)
    values: dict[str, object] = {"accounts_enabled": True, "jwt_secret": JWT_SECRET,
                                 "trusted_proxies": ["127.0.0.1"], **overrides}
    settings = api_settings(database_url, data_dir, llm_base_url, **values)
    return GatewayServer(ServerThread(create_app(settings=settings)).start(), database_url)
