"""The Redis stat cache behind the redis breaker, against our own redis-server: while it is down,
reads keep answering from the store, the breaker opens and Redis is then skipped at once (counted as a
fallback to the store); once Redis is back the breaker closes and the cache answers again."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from stat_samples import sample_nba

from arena.bootstrap import Services, build
from arena.db import make_engine, migrate
from arena.resilience.policy import State
from arena.resilience.registry import REDIS
from arena.settings import Settings
from arena.stats.adapters.redis_cache import RedisStatCache
from arena.stats.adapters.sql_store import SqlStatStore
from dependency_servers import RedisProcess

WAIT_SECONDS = 1.0
POLL_SECONDS = 0.05
POLLS = 400
JORDAN = "nba:jordami01"


@pytest.fixture
def own_redis() -> Iterator[RedisProcess]:
    server = RedisProcess().start()
    yield server
    server.stop()


@pytest.fixture
def services(own_redis: RedisProcess, tmp_path: Path) -> Iterator[Services]:
    url = f"sqlite:///{tmp_path / 'arena.db'}"
    engine = make_engine(url)
    migrate(engine)
    SqlStatStore(engine).replace_league(sample_nba())
    engine.dispose()
    settings = Settings(_env_file=None, database_url=url, redis_url=own_redis.url, data_dir=tmp_path,
                        breaker_minimum_calls=2, breaker_window_size=4, breaker_wait_seconds=WAIT_SECONDS,
                        breaker_slow_call_seconds=60.0,  # a loaded machine's slow read is no outage here
                        cache_decoded_entries=0)  # every read asks Redis, the subject here
    built = build(settings)
    yield built
    built.close()


def _sample(services: Services, name: str, **labels: str) -> float:
    return services.metrics.registry.get_sample_value(name, labels) or 0.0


def _lookups(services: Services, result: str) -> float:
    return _sample(services, "arena_cache_requests_total", result=result)


def _redis_errors(services: Services) -> int:
    cache = services.stat_cache
    assert isinstance(cache, RedisStatCache)
    return cache.counters()["errors"]


def _breaker(services: Services) -> State:
    return services.breaker_loop.run(services.breakers[REDIS].state())


def _read_until_open(services: Services, expected: object) -> None:
    """Read (each answered by the store) until the redis breaker has heard of enough failures to open."""
    for _ in range(POLLS):
        assert services.stats.career(JORDAN) == expected
        if _breaker(services) is State.OPEN:
            return
        time.sleep(POLL_SECONDS)
    raise AssertionError("the redis breaker never opened")


def _read_until_cached(services: Services, expected: object) -> None:
    """Read until the breaker closed again and the cache answers (a hit)."""
    for _ in range(POLLS):
        hits = _lookups(services, "hit")
        assert services.stats.career(JORDAN) == expected
        if _lookups(services, "hit") > hits and _breaker(services) is State.CLOSED:
            return
        time.sleep(POLL_SECONDS)
    raise AssertionError("the cache was never used again")


def test_reads_skip_redis_while_its_breaker_is_open_and_use_it_again_once_it_returns(
    services: Services, own_redis: RedisProcess
) -> None:
    career = services.stats.career(JORDAN)
    assert services.stats.career(JORDAN) == career
    assert _lookups(services, "miss") == 1 and _lookups(services, "hit") == 1

    own_redis.stop()
    try:
        _read_until_open(services, career)
        assert _redis_errors(services) >= 2  # the calls that opened it reached Redis and failed
        errors, skipped = _redis_errors(services), _lookups(services, "unavailable")
        fallbacks = _sample(services, "arena_fallbacks_total", dependency=REDIS, fallback="store")
        for _ in range(5):
            assert services.stats.career(JORDAN) == career
        assert _redis_errors(services) == errors + 1  # open: Redis was not asked (but by counters' own SCAN)
        assert _lookups(services, "unavailable") == skipped + 5
        assert _sample(services, "arena_fallbacks_total", dependency=REDIS, fallback="store") == fallbacks + 5
    finally:
        own_redis.start()

    time.sleep(WAIT_SECONDS)
    _read_until_cached(services, career)
    # The refused reads reached the breaker's count in a later batch (see SnapshotGuard).
    assert _sample(services, "arena_dependency_calls_total", breaker=REDIS, outcome="rejected") >= 5
