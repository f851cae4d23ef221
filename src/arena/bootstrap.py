"""The composition root: ``build(settings)`` chooses every adapter from settings; ``question_parser(settings)``
gives a command that only reads questions the parser alone, from its saved indexes where it can.

Importing this module connects to nothing and imports no adapter; ``build`` creates the engine and clients and
brings the database schema up to date; ``Services.close`` releases them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property
from typing import TYPE_CHECKING

from arena.errors import ConfigurationError
from arena.nlu import ParserIndexes, QuestionParser, cached_indexes, saved_indexes
from arena.settings import Settings
from arena.stats import CachedStatStore, GuardedStatCache, GuardedStatStore, StatCache, StatStore, StoreUnavailable
from arena.stats.adapters.sqlite_version import sqlite_data_version

# What a command may never use is imported where it is built, not here: accounts and billing (Stripe, limits),
# the debate engine and its writers, event streams and votes, the Redis adapters and the stat feed's downloads
# (httpx). Together they took a command line most of a second to import, and ``arena parse`` needs none of them.
# Nor, once its indexes are saved, does it need the database's adapters (SQLAlchemy), the breakers, metrics and
# usage records (structlog, Prometheus): ``build`` imports those, and ``question_parser`` builds only when it must.
if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from arena.accounts import AccountService, AccountStore
    from arena.accounts.adapters import LimitsRateLimiter
    from arena.billing import BillingService
    from arena.billing.adapters import StripeProvider
    from arena.debate import DebateEngine, DebateService
    from arena.llm import Writer
    from arena.resilience import BreakerLoop, Breakers, HealthChecker, RetryPolicy, SyncGuard
    from arena.stats.adapters.sql_store import SqlStatStore
    from arena.streaming import EventLog
    from arena.telemetry import Metrics
    from arena.usage import UsageRecorder
    from arena.votes import VoteBoard

STAT_CACHE_PREFIX = "arena:stats:"
STREAM_PREFIX = "arena:stream:"
RATE_LIMIT_PREFIX = "arena:rate"
PAGE_PASS_LIFETIME = timedelta(hours=24)  # a tab left open past it counts against the plan until reloaded


@dataclass(frozen=True)
class Services:
    """Ready-made adapters for entrypoints; tests may build one from their own parts."""

    settings: Settings
    engine: Engine
    stats: StatStore  # the cached store, reading the database through its breaker: what every reader uses
    stat_writer: SqlStatStore  # imports write through it; health pings the database through it
    stat_cache: StatCache  # the cache adapter itself; ``stats`` reads it through the redis breaker
    # One circuit breaker per dependency, sharing state through Redis when ``ARENA_REDIS_URL`` is set. Its
    # Redis clients are async, one per loop: an entrypoint's loop closes its own with
    # ``await services.breakers.aclose()``; ``close`` closes the one of ``breaker_loop``.
    breakers: Breakers
    breaker_loop: BreakerLoop  # where blocking callers' breaker bookkeeping runs (see arena.resilience.sync_guard)
    usage: UsageRecorder  # a debate observer: usage records, buffered while the database is down
    metrics: Metrics  # this process's Prometheus registry
    # Accounts, keys, quotas and rate limits: None unless ``ARENA_ACCOUNTS_ENABLED`` (then nothing is limited).
    accounts: AccountService | None = None
    rate_limits: LimitsRateLimiter | None = None  # the Redis one behind ``accounts``, closed with the services
    # Checkout, the portal, Stripe's webhooks and analytics: None unless accounts are on. ``stripe`` is the
    # unguarded Stripe adapter behind it (health pings Stripe through it), None unless a secret key is set.
    billing: BillingService | None = None
    stripe: StripeProvider | None = None

    # Built on first use: entrypoints that never debate (data import) never pay for them.
    @cached_property
    def parser(self) -> QuestionParser:
        """The question parser; it reads every player from the store when first built for the store's data (a
        few seconds), and loads the indexes saved in the cache folder after that."""
        indexes = cached_indexes(self.stats, self.settings.cache_dir, lambda: ParserIndexes.from_store(self.stats))
        return _parser(indexes, self.settings)

    @cached_property
    def _unguarded_writers(self) -> dict[str, Writer]:
        from arena.llm import build_writers  # noqa: PLC0415 (see the imports)

        return build_writers(self.settings)

    @cached_property
    def writers(self) -> dict[str, Writer]:
        """Every writer by name; each LLM writer behind one bulkhead shared by all and the llm breaker."""
        from arena.debate import TEMPLATE  # noqa: PLC0415 (see the imports)
        from arena.llm import Bulkhead, GuardedWriter  # noqa: PLC0415
        from arena.resilience import LLM  # noqa: PLC0415

        s = self.settings
        bulkhead = Bulkhead(s.llm_max_concurrent)
        return {name: writer if name == TEMPLATE else GuardedWriter(
                    writer, breaker=self.breakers[LLM], bulkhead=bulkhead,
                    first_token_timeout_s=s.llm_first_token_timeout_seconds)
                for name, writer in self._unguarded_writers.items()}

    @cached_property
    def debate_engine(self) -> DebateEngine:
        """The one debate engine: every writer behind the LLM guard, usage and metrics observing each debate.
        Entrypoints use it through ``debates``."""
        from arena.debate import DebateEngine, DebateMetrics  # noqa: PLC0415 (see the imports)

        s = self.settings
        return DebateEngine(self.stats, self.parser, self.writers,
                            first_token_timeout_s=s.llm_first_token_timeout_seconds,
                            round_timeout_s=s.llm_request_timeout_seconds,
                            observers=(DebateMetrics(self.metrics, self.writers), self.usage))

    @cached_property
    def debates(self) -> DebateService:
        """Every debate runs through this, from the API and the CLI alike. Its running debates are its owner's
        to stop (``await services.debates.aclose()``, on the loop that started them)."""
        from arena.debate import DebateService  # noqa: PLC0415 (see the imports)
        from arena.streaming import StreamRunner  # noqa: PLC0415

        s = self.settings
        runner = StreamRunner(self.event_log, grace_seconds=s.stream_grace_seconds,
                              poll_seconds=s.stream_poll_seconds,
                              producer_lease_seconds=s.stream_producer_lease_seconds)
        return DebateService(self.debate_engine, self.event_log, runner,
                             heartbeat_seconds=s.stream_heartbeat_seconds,
                             max_question_chars=s.api_max_question_chars, default_writer=s.writer,
                             metrics=self.metrics)

    @cached_property
    def event_log(self) -> EventLog:
        """Debate event streams: Redis Streams when ``ARENA_REDIS_URL`` is set (through the redis breaker, in
        this process while Redis is down), else in this process. Its client is async, so its owner closes it
        with ``await services.event_log.close()``."""
        from arena.resilience import REDIS  # noqa: PLC0415 (see the imports)
        from arena.streaming import StreamLimits  # noqa: PLC0415
        from arena.streaming.adapters import FallbackEventLog, MemoryEventLog, RedisEventLog  # noqa: PLC0415

        s = self.settings
        limits = StreamLimits(retention_seconds=s.stream_retention_seconds, max_entries=s.stream_max_events,
                              max_streams=s.stream_max_debates, max_bytes=s.stream_max_bytes)
        memory = MemoryEventLog(limits=limits)
        if s.redis_url:
            redis_log = RedisEventLog.from_url(s.redis_url.get_secret_value(),
                                               timeout_seconds=s.redis_timeout_seconds, prefix=STREAM_PREFIX,
                                               limits=limits, poll_seconds=s.stream_poll_seconds)
            return FallbackEventLog(redis_log, memory, self.breakers[REDIS], metrics=self.metrics)
        return memory

    @cached_property
    def votes(self) -> VoteBoard:
        """Spectators' votes, in the database (PostgreSQL when configured), so every worker counts the same."""
        from arena.votes import VoteBoard  # noqa: PLC0415 (see the imports)
        from arena.votes.adapters import SqlVoteStore  # noqa: PLC0415

        return VoteBoard(SqlVoteStore(self.engine))

    @cached_property
    def plan_store(self) -> AccountStore:
        """Where ``GET /v1/plans`` reads the plans, whether accounts are on or off."""
        from arena.accounts.adapters import SqlAccountStore  # noqa: PLC0415 (see the imports)

        return SqlAccountStore(self.engine)

    @cached_property
    def feed_guard(self) -> SyncGuard:
        """The stat feed's breaker, with retries, for ``arena data sync``'s downloads."""
        from arena.resilience import STAT_FEED, SyncGuard  # noqa: PLC0415 (see the imports)
        from arena.stats.sync import FEED_FAILURES  # noqa: PLC0415 (downloads need httpx)

        return SyncGuard(self.breakers[STAT_FEED], self.breaker_loop, failures=FEED_FAILURES,
                         retry=_retry_policy(self.settings))

    @cached_property
    def health(self) -> HealthChecker:
        """Probes the database, Redis and the LLM server through the adapters that talk to them (one not
        configured is reported so); the event log (streams kept in this process) and the usage recorder
        (records waiting for the database) name what they cannot do."""
        from arena.resilience import (  # noqa: PLC0415 (see the imports)
            BILLING,
            DATABASE,
            LLM,
            REDIS,
            DegradationSource,
            HealthChecker,
            HealthProbe,
            Pingable,
        )
        from arena.streaming.adapters import FallbackEventLog  # noqa: PLC0415

        s = self.settings
        log = self.event_log
        redis = log if isinstance(log, FallbackEventLog) else None
        # The writer that talks to the configured LLM server is the one that can ping it.
        llm = next((w for w in self._unguarded_writers.values() if isinstance(w, Pingable)),
                   None) if s.llm_base_url else None
        probes = (
            HealthProbe(DATABASE, True, self.stat_writer, self.breakers[DATABASE],
                        ("stat reads the cache cannot answer", "data imports")),
            HealthProbe(REDIS, False, redis, self.breakers[REDIS],
                        ("resume across processes", "shared stat cache", "shared circuit-breaker state")),
            HealthProbe(LLM, False, llm, self.breakers[LLM], ("LLM writer (the template writer answers instead)",)),
            # Shown only where Stripe is configured: without it there is no billing to degrade.
            *((HealthProbe(BILLING, False, self.stripe, self.breakers[BILLING],
                           ("checkout and the customer portal (paid plans stay as they are)",)),)
              if self.stripe is not None else ()),
        )
        sources: tuple[DegradationSource, ...] = (*((redis,) if redis is not None else ()), self.usage)
        return HealthChecker(probes, breakers=self.breakers, timeout_seconds=s.health_probe_timeout_seconds,
                             sources=sources)

    def close(self) -> None:
        """Write the buffered usage records if the database takes them, release connections (database pool,
        Redis clients) and stop the breaker loop; the services are unusable afterwards."""
        self.usage.close()
        self.breaker_loop.close(self.breakers.aclose)
        if self.settings.redis_url:  # the cache is then Redis's, its module imported by ``build``
            from arena.stats.adapters.redis_cache import RedisStatCache  # noqa: PLC0415 (see the imports)

            if isinstance(self.stat_cache, RedisStatCache):
                self.stat_cache.close()
        if self.rate_limits is not None:
            self.rate_limits.close()
        self.engine.dispose()


def build(settings: Settings | None = None, *, migrate_schema: bool = True) -> Services:
    """Wire Arena from ``settings``: SQLite and an in-process cache by default, PostgreSQL and Redis
    when ``ARENA_DATABASE_URL`` and ``ARENA_REDIS_URL`` say so.

    ``migrate_schema`` upgrades the database to the newest schema first (it raises ``StoreUnavailable``
    if the database cannot be reached).
    """
    from arena.db import make_engine  # noqa: PLC0415 (see the imports)
    from arena.resilience import DATABASE, REDIS, BreakerLoop, SnapshotGuard, SyncGuard  # noqa: PLC0415
    from arena.stats.adapters.memory_cache import MemoryStatCache  # noqa: PLC0415
    from arena.stats.adapters.sql_store import SqlStatStore  # noqa: PLC0415
    from arena.telemetry import CacheMetrics, Metrics  # noqa: PLC0415
    from arena.usage import UsageRecorder, UsageUnavailable  # noqa: PLC0415
    from arena.usage.adapters import SqlUsageLog  # noqa: PLC0415

    settings = settings or Settings()
    engine = make_engine(settings.database_url.get_secret_value(),
                         connect_timeout_seconds=settings.database_connect_timeout_seconds,
                         statement_timeout_seconds=settings.database_statement_timeout_seconds,
                         pool_timeout_seconds=settings.database_pool_timeout_seconds)
    if migrate_schema:
        _migrate(engine)
    store = SqlStatStore(engine)
    metrics = Metrics()
    breakers = _breakers(settings, metrics)
    loop = BreakerLoop()
    cache: StatCache
    read_cache: StatCache
    if settings.redis_url:
        from arena.stats.adapters.redis_cache import RedisStatCache  # noqa: PLC0415 (see the imports)

        cache = RedisStatCache.from_url(settings.redis_url.get_secret_value(), prefix=STAT_CACHE_PREFIX,
                                        ttl_seconds=settings.cache_ttl_seconds)
        # Admitted from a snapshot of the redis breaker, never retried: a cache hit must stay cheaper than the
        # breaker's own bookkeeping (see arena.resilience.snapshot_guard), and a miss costs only the store.
        read_cache = GuardedStatCache(cache, SnapshotGuard(breakers[REDIS], loop, failures=(StoreUnavailable,)))
    else:
        cache = read_cache = MemoryStatCache(max_entries=settings.cache_size)
    # Only the database failing counts against it: a player not found is an answer, and so is a value it
    # refuses as data (``StoreRefusedValue``, ``UsageRefused``). Reads are idempotent, so they are retried;
    # usage writes are not (their records stay buffered for the next flush instead).
    reads = SyncGuard(breakers[DATABASE], loop, failures=(StoreUnavailable,), retry=_retry_policy(settings))
    writes = SyncGuard(breakers[DATABASE], loop, failures=(UsageUnavailable,))
    usage = UsageRecorder(SqlUsageLog(engine), guard=writes, capacity=settings.usage_buffer_size,
                          flush_seconds=settings.usage_flush_seconds, metrics=metrics)
    stats = CachedStatStore(GuardedStatStore(store, reads), read_cache,
                            listeners=(CacheMetrics(metrics, dependency=REDIS if settings.redis_url else None),),
                            decoded_entries=settings.cache_decoded_entries)
    accounts, rate_limits = _accounts(settings, engine, breakers, loop) if settings.accounts_enabled else (None, None)
    stripe = _stripe(settings) if accounts is not None else None
    billing = _billing(settings, engine, accounts, stripe, breakers, loop) if accounts is not None else None
    return Services(settings=settings, engine=engine, stats=stats, stat_writer=store, stat_cache=cache,
                    breakers=breakers, breaker_loop=loop, usage=usage, metrics=metrics, accounts=accounts,
                    rate_limits=rate_limits, billing=billing, stripe=stripe)


def question_parser(settings: Settings | None = None) -> QuestionParser:
    """The question parser alone, for a process that only reads questions (``arena parse``): over the indexes
    saved for the store's data where its version can be read without opening the store (a SQLite file at the
    newest schema, read with the standard library), else over the services' (which build and save them)."""
    settings = settings or Settings()
    version = sqlite_data_version(settings.database_url.get_secret_value())
    indexes = saved_indexes(settings.cache_dir, version) if version is not None else None
    if indexes is not None:
        return _parser(indexes, settings)
    services = build(settings)
    try:
        return services.parser
    finally:
        services.close()


def _parser(indexes: ParserIndexes, settings: Settings) -> QuestionParser:
    return QuestionParser.from_indexes(indexes, max_question_chars=settings.api_max_question_chars)


def _accounts(settings: Settings, engine: Engine, breakers: Breakers,
              loop: BreakerLoop) -> tuple[AccountService, LimitsRateLimiter | None]:
    from arena.accounts import (  # noqa: PLC0415 (see the imports)
        AccessTokens,
        AccountService,
        AccountsUnavailable,
        GuardedRateLimiter,
        PagePasses,
        RateLimiter,
        SigningKeys,
    )
    from arena.accounts.adapters import LimitsRateLimiter, MemoryRateLimiter, SqlAccountStore  # noqa: PLC0415
    from arena.resilience import REDIS, SnapshotGuard  # noqa: PLC0415

    s = settings
    if not s.jwt_secret.get_secret_value():
        raise ConfigurationError("ARENA_ACCOUNTS_ENABLED needs ARENA_JWT_SECRET (at least 32 random bytes)")
    try:
        keys = SigningKeys.of(s.jwt_key_id, s.jwt_secret.get_secret_value(),
                              {kid: secret.get_secret_value() for kid, secret in s.jwt_retired_keys.items()})
    except ValueError as exc:
        raise ConfigurationError(str(exc)) from exc
    memory = MemoryRateLimiter()
    redis: LimitsRateLimiter | None = None
    limiter: RateLimiter = memory
    if s.redis_url:
        # Counted in Redis so every process shares a plan's limits; in this process while Redis is down.
        redis = LimitsRateLimiter.redis(s.redis_url.get_secret_value(), prefix=RATE_LIMIT_PREFIX,
                                        timeout_seconds=s.redis_timeout_seconds)
        limiter = GuardedRateLimiter(redis, memory,
                                     SnapshotGuard(breakers[REDIS], loop, failures=(AccountsUnavailable,)))
    service = AccountService(
        SqlAccountStore(engine), limiter, AccessTokens(keys, lifetime=timedelta(seconds=s.access_token_seconds)),
        refresh_lifetime=timedelta(days=s.refresh_token_days), key_mode=s.api_key_mode,
        key_cache_seconds=s.api_key_cache_seconds, login_failures_per_account=s.login_failures_per_account,
        login_failures_per_address=s.login_failures_per_address, upgrade_url=s.upgrade_url,
        page_passes=PagePasses(s.jwt_secret.get_secret_value().encode(), lifetime=PAGE_PASS_LIFETIME),
        browser_calls_per_hour=s.browser_calls_per_hour)
    return service, redis


def _stripe(settings: Settings) -> StripeProvider | None:
    from arena.billing.adapters import StripeProvider  # noqa: PLC0415 (see the imports)

    s = settings
    if not s.stripe_secret_key.get_secret_value():
        return None
    if not s.stripe_webhook_secret.get_secret_value():
        raise ConfigurationError("ARENA_STRIPE_SECRET_KEY needs ARENA_STRIPE_WEBHOOK_SECRET (the webhook's "
                                 "signing secret), or no webhook could be verified")
    return StripeProvider(s.stripe_secret_key.get_secret_value(),
                          webhook_secret=s.stripe_webhook_secret.get_secret_value(), api_base=s.stripe_api_base,
                          timeout_seconds=s.stripe_timeout_seconds,
                          tolerance_seconds=s.stripe_webhook_tolerance_seconds)


def _billing(settings: Settings, engine: Engine, accounts: AccountService, stripe: StripeProvider | None,
             breakers: Breakers, loop: BreakerLoop) -> BillingService:
    from arena.billing import BillingService, BillingUnavailable, GuardedPaymentProvider  # noqa: PLC0415 (see the imports)
    from arena.billing.adapters import SqlBillingStore  # noqa: PLC0415
    from arena.resilience import BILLING, SyncGuard  # noqa: PLC0415

    s = settings
    # Stripe calls are not idempotent (each makes a session): never retried, only counted by the breaker.
    guard = SyncGuard(breakers[BILLING], loop, failures=(BillingUnavailable,))
    provider = GuardedPaymentProvider(stripe, guard) if stripe is not None else None
    return_url = str(s.billing_return_url or s.public_base_url or "http://127.0.0.1:8000/")
    return BillingService(SqlBillingStore(engine), provider, accounts, return_url=return_url,
                          grace=timedelta(days=s.billing_grace_days))


def _breakers(settings: Settings, metrics: Metrics) -> Breakers:
    from arena.resilience import BreakerConfig, Breakers  # noqa: PLC0415 (see the imports)
    from arena.telemetry import BreakerMetrics  # noqa: PLC0415

    s = settings
    config = BreakerConfig(window_size=s.breaker_window_size, minimum_calls=s.breaker_minimum_calls,
                           failure_rate_threshold=s.breaker_failure_rate,
                           slow_call_duration=s.breaker_slow_call_seconds, wait_in_open=s.breaker_wait_seconds,
                           max_half_open=s.breaker_max_half_open_seconds)
    redis_url = s.redis_url.get_secret_value() if s.redis_url else None
    return Breakers(config, redis_url=redis_url, listeners=(BreakerMetrics(metrics),))


def _retry_policy(settings: Settings) -> RetryPolicy:
    from arena.resilience import RetryPolicy  # noqa: PLC0415 (see the imports)

    return RetryPolicy(attempts=settings.retry_attempts, backoff_seconds=settings.retry_backoff_seconds)


def _migrate(engine: Engine) -> None:
    from sqlalchemy.exc import SQLAlchemyError  # noqa: PLC0415 (see the imports)

    from arena.db import migrate  # noqa: PLC0415

    try:
        migrate(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        raise StoreUnavailable(f"cannot prepare the stat store database: {reason}") from exc
