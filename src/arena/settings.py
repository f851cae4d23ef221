"""Arena's settings, read from ``ARENA_*`` environment variables (and a ``.env`` file if present).

Only entrypoints and :mod:`arena.bootstrap` read settings; domains receive plain values.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import platformdirs
from pydantic import Field, HttpUrl, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("arena", appauthor=False))


class Settings(BaseSettings):
    """Every knob Arena has. Nothing needs setting for the embedded SQLite, in-process default."""

    model_config = SettingsConfigDict(env_prefix="ARENA_", env_file=".env", extra="ignore")

    # Storage
    data_dir: Path = Field(default_factory=default_data_dir)
    # Unset: the SQLite file ``arena.db`` in ``data_dir``, so ARENA_DATA_DIR alone moves the whole store.
    # URLs are secrets: a PostgreSQL, Redis or LLM server URL may carry a password, so its value is read only
    # where a connection is made (``get_secret_value()``) and shows as ``**********`` everywhere else.
    database_url: SecretStr = Field(
        default_factory=lambda data: SecretStr(f"sqlite:///{data['data_dir'] / 'arena.db'}"))
    redis_url: SecretStr | None = None
    redis_timeout_seconds: float = Field(default=2.0, gt=0)  # connecting to Redis, and each command
    # PostgreSQL's network waits: opening a connection, one statement (imports exempt), a pooled connection.
    database_connect_timeout_seconds: float = Field(default=5.0, gt=0)
    database_statement_timeout_seconds: float = Field(default=30.0, gt=0)
    database_pool_timeout_seconds: float = Field(default=10.0, gt=0)

    # Upstream data: a local folder laid out like the upstream repositories, or a mirror URL for sync.
    source_dir: Path | None = None
    mirror_url: str | None = None
    feed_timeout_seconds: float = Field(default=30.0, gt=0)

    # Stat cache
    cache_size: int = 50_000
    cache_ttl_seconds: int = 24 * 3600
    cache_decoded_entries: int = Field(default=4096, ge=0)

    # Writers
    writer: str = "template"
    llm_base_url: SecretStr | None = None
    llm_model: str = "arena-writer"
    llm_api_key: SecretStr = SecretStr("")
    llm_first_token_timeout_seconds: float = 3.0
    llm_request_timeout_seconds: float = 30.0
    llm_max_concurrent: int = Field(default=8, ge=1)  # the bulkhead: LLM rounds written at once per process

    # Streaming and the HTTP API
    stream_heartbeat_seconds: float = Field(default=15.0, gt=0)
    stream_retention_seconds: float = Field(default=3600.0, gt=0)
    stream_grace_seconds: float = Field(default=30.0, ge=0)
    stream_poll_seconds: float = Field(default=1.0, gt=0)
    stream_producer_lease_seconds: float = Field(default=3.0, gt=0)
    stream_max_events: int = Field(default=20_000, ge=1)
    # Debates kept in all, and the bytes of their events: past either the least recently active is evicted.
    stream_max_debates: int = Field(default=10_000, ge=1)
    stream_max_bytes: int = Field(default=256 * 1024 * 1024, ge=1)
    api_max_question_chars: int = Field(default=500, ge=1)
    api_max_body_bytes: int = Field(default=65_536, ge=1)
    # Anonymous votes one client address may cast in one debate (a household or an office shares one), so that
    # a voter who drops the voter cookie cannot vote without end; a signed-in account votes once, anywhere.
    votes_per_address: int = Field(default=5, ge=1)
    # Where clients reach this server (``https://arena.example.com``), for ``Location`` and links; unset: the
    # address the server listens on. Never the request's Host header, which any client sets.
    public_base_url: HttpUrl | None = None

    # Connections to ``arena serve``, per worker process: a client must finish each request's headers within
    # the header timeout; an idle kept-alive connection closes after the keep-alive timeout.
    server_header_timeout_seconds: float = Field(default=10.0, gt=0)
    server_max_header_bytes: int = Field(default=65_536, ge=1024)  # larger: 431
    server_keep_alive_seconds: int = Field(default=5, ge=1)
    server_max_connections: int = Field(default=4096, ge=1)  # lowered to what the descriptor limit allows
    server_max_connections_per_client: int = Field(default=64, ge=1)
    server_websocket_max_message_bytes: int = Field(default=65_536, ge=1)  # larger: closed with 1009
    server_websocket_messages_per_second: float = Field(default=10.0, gt=0)  # faster: closed with 1008

    # Circuit breakers: one per dependency (database, redis, llm, stat_feed, billing), all alike.
    breaker_failure_rate: float = Field(default=50.0, gt=0, le=100)
    breaker_minimum_calls: int = Field(default=10, ge=1)
    breaker_window_size: int = Field(default=20, ge=1)
    breaker_slow_call_seconds: float = Field(default=2.0, gt=0)
    breaker_wait_seconds: float = Field(default=10.0, gt=0)
    breaker_max_half_open_seconds: float = Field(default=30.0, ge=0)
    health_probe_timeout_seconds: float = Field(default=2.0, gt=0)
    # Retries, for idempotent calls only (stat reads, data downloads): jittered exponential backoff.
    retry_attempts: int = Field(default=3, ge=1, le=10)
    retry_backoff_seconds: float = Field(default=0.1, gt=0)

    # Usage records: buffered in memory while the database is down, written in batches.
    usage_buffer_size: int = Field(default=10_000, ge=1)
    usage_flush_seconds: float = Field(default=1.0, gt=0)

    # Accounts, API keys, plans, quotas and rate limits (the commercial gateway). Off: no sign-up, no limits.
    accounts_enabled: bool = False
    jwt_secret: SecretStr = SecretStr("")  # signs access tokens (HS256); required when accounts are on
    jwt_key_id: str = "k1"  # the ``kid`` of jwt_secret; rotate by moving the old pair into jwt_retired_keys
    jwt_retired_keys: dict[str, SecretStr] = Field(default_factory=dict)  # kid -> secret, still verified
    access_token_seconds: int = Field(default=15 * 60, ge=1)
    refresh_token_days: int = Field(default=30, ge=1)
    api_key_mode: Literal["live", "test"] = "live"  # new keys start ``arena_live_`` or ``arena_test_``
    api_key_cache_seconds: float = Field(default=2.0, ge=0, le=5)  # a revoked key works this long at most
    trusted_proxies: list[str] = Field(default_factory=list)  # addresses/CIDRs whose X-Forwarded-For is believed
    login_failures_per_account: int = Field(default=5, ge=1)  # failed logins per account per minute
    login_failures_per_address: int = Field(default=20, ge=1)  # failed logins per client address per minute
    upgrade_url: str = "/v1/plans"  # where a quota-exceeded problem sends the caller
    # The web page's own requests (player autocomplete, ...) per client address and hour, instead of the plan's
    # API calls: generous, so that one visit never runs into the plan's limit (see arena.accounts.page_passes).
    browser_calls_per_hour: int = Field(default=600, ge=1)

    # Billing through Stripe (with accounts on). No secret key: checkout and the portal answer 503.
    stripe_api_base: str = "https://api.stripe.com"  # localstripe's address for local development
    stripe_secret_key: SecretStr = SecretStr("")
    stripe_webhook_secret: SecretStr = SecretStr("")  # the endpoint's signing secret (whsec_...)
    stripe_timeout_seconds: float = Field(default=10.0, gt=0)  # each call to Stripe
    stripe_webhook_tolerance_seconds: int = Field(default=300, ge=1)  # how old a signed webhook may be
    # Where Checkout and the portal send the customer back; unset: ARENA_PUBLIC_BASE_URL, else localhost.
    billing_return_url: HttpUrl | None = None
    billing_grace_days: float = Field(default=7.0, ge=0)  # a failed renewal keeps the plan this long at most

    log_level: str = "INFO"
    log_json: bool = False

    def secret_values(self) -> list[str]:
        """The secrets these settings hold, for the log to redact: the API key and every URL's password."""
        urls = (self.database_url, self.redis_url, self.llm_base_url)
        passwords = [urlsplit(url.get_secret_value()).password for url in urls if url is not None]
        keys = (self.llm_api_key, self.stripe_secret_key, self.stripe_webhook_secret)
        return [secret for secret in (*(key.get_secret_value() for key in keys), *passwords) if secret]

    @property
    def cache_dir(self) -> Path:
        return self.data_dir / "cache"
