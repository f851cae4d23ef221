"""The composition root: ``build(settings)`` chooses every adapter from settings.

Importing this module connects to nothing; ``build`` creates the engine and clients and brings the
database schema up to date; ``Services.close`` releases them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from arena.db import make_engine, migrate
from arena.debate.engine import DebateEngine
from arena.llm.registry import build_writers
from arena.nlu.parser import QuestionParser
from arena.resilience.health import HealthChecker
from arena.resilience.policy import BreakerConfig
from arena.resilience.registry import Breakers
from arena.settings import Settings
from arena.stats.adapters.memory_cache import MemoryStatCache
from arena.stats.adapters.redis_cache import RedisStatCache
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.cached_store import CachedStatStore
from arena.stats.errors import StoreUnavailable
from arena.stats.ports import StatCache, StatStore, StatWriter
from arena.streaming import EventLog
from arena.streaming.adapters.memory_log import MemoryEventLog
from arena.streaming.adapters.redis_log import RedisEventLog
from arena.telemetry import BreakerMetrics, Metrics

STAT_CACHE_PREFIX = "arena:stats:"
STREAM_PREFIX = "arena:stream:"


@dataclass(frozen=True)
class Services:
    """Ready-made adapters for entrypoints; tests may build one from their own parts."""

    settings: Settings
    engine: Engine
    stats: StatStore  # the cached store: what every reader uses
    stat_writer: StatWriter
    stat_cache: StatCache
    metrics: Metrics = field(default_factory=Metrics)  # this process's Prometheus registry

    # Built on first use: entrypoints that never debate (data import) never pay for them.
    @cached_property
    def parser(self) -> QuestionParser:
        """The question parser; it reads every player from the store when built (about a second)."""
        return QuestionParser(self.stats)

    @cached_property
    def debates(self) -> DebateEngine:
        s = self.settings
        return DebateEngine(self.stats, self.parser, build_writers(s),
                            first_token_timeout_s=s.llm_first_token_timeout_seconds,
                            round_timeout_s=s.llm_request_timeout_seconds)

    @cached_property
    def event_log(self) -> EventLog:
        """Debate event streams: Redis Streams when ``ARENA_REDIS_URL`` is set, else in this process.
        Its client is async, so its owner closes it with ``await services.event_log.close()``."""
        s = self.settings
        if s.redis_url:
            return RedisEventLog.from_url(s.redis_url, prefix=STREAM_PREFIX,
                                          retention_seconds=s.stream_retention_seconds,
                                          max_entries=s.stream_max_events, poll_seconds=s.stream_poll_seconds)
        return MemoryEventLog(retention_seconds=s.stream_retention_seconds, max_entries=s.stream_max_events)

    @cached_property
    def breakers(self) -> Breakers:
        """One circuit breaker per dependency, sharing state through Redis when ``ARENA_REDIS_URL`` is set.
        Its Redis client is async: its owner closes it with ``await services.breakers.aclose()``."""
        s = self.settings
        config = BreakerConfig(window_size=s.breaker_window_size, minimum_calls=s.breaker_minimum_calls,
                               failure_rate_threshold=s.breaker_failure_rate,
                               slow_call_duration=s.breaker_slow_call_seconds, wait_in_open=s.breaker_wait_seconds)
        return Breakers(config, redis_url=s.redis_url, listeners=(BreakerMetrics(self.metrics),))

    @cached_property
    def health(self) -> HealthChecker:
        """Probes the database, Redis and the LLM server Arena is configured with."""
        s = self.settings
        return HealthChecker(self.engine, redis_url=s.redis_url, llm_base_url=s.llm_base_url,
                             breakers=self.breakers, timeout_seconds=s.health_probe_timeout_seconds)

    def close(self) -> None:
        """Release connections (database pool, Redis client); the services are unusable afterwards."""
        if isinstance(self.stat_cache, RedisStatCache):
            self.stat_cache.close()
        self.engine.dispose()


def build(settings: Settings | None = None, *, migrate_schema: bool = True) -> Services:
    """Wire Arena from ``settings``: SQLite and an in-process cache by default, PostgreSQL and Redis
    when ``ARENA_DATABASE_URL`` and ``ARENA_REDIS_URL`` say so.

    ``migrate_schema`` upgrades the database to the newest schema first (it raises ``StoreUnavailable``
    if the database cannot be reached).
    """
    settings = settings or Settings()
    engine = make_engine(settings.database_url)
    if migrate_schema:
        _migrate(engine)
    store = SqlStatStore(engine)
    cache: StatCache
    if settings.redis_url:
        cache = RedisStatCache.from_url(settings.redis_url, prefix=STAT_CACHE_PREFIX,
                                        ttl_seconds=settings.cache_ttl_seconds)
    else:
        cache = MemoryStatCache(max_entries=settings.cache_size)
    return Services(settings=settings, engine=engine, stats=CachedStatStore(store, cache),
                    stat_writer=store, stat_cache=cache)


def _migrate(engine: Engine) -> None:
    try:
        migrate(engine)
    except SQLAlchemyError as exc:
        engine.dispose()
        reason = getattr(exc, "orig", None) or exc
        raise StoreUnavailable(f"cannot prepare the stat store database: {reason}") from exc
