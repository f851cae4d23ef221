"""Stat reads while our own PostgreSQL process goes down and comes back: the cache answers what it holds, a
miss is a 503 problem once the database breaker opens, and the breaker goes closed, open, half-open and
closed again. The services are the real ones from ``bootstrap.build``; the API runs with its lifespan."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from stat_samples import sample_nba

from arena.api.app import create_app
from arena.bootstrap import Services, build
from arena.db import make_engine, migrate
from arena.resilience.errors import CircuitOpen
from arena.resilience.policy import State
from arena.resilience.registry import DATABASE
from arena.settings import Settings
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.errors import PlayerNotFound, StoreUnavailable
from dependency_servers import PostgresProcess

WAIT_SECONDS = 1.0
VERSION_TTL_SECONDS = 1.0  # GuardedStatStore's default: past it, the data version is asked for again


@pytest.fixture(scope="module")
def own_postgres() -> Iterator[PostgresProcess]:
    server = PostgresProcess().start()
    engine = make_engine(server.url)
    migrate(engine)
    SqlStatStore(engine).replace_league(sample_nba())
    engine.dispose()
    yield server
    server.remove()


@pytest.fixture
def services(own_postgres: PostgresProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    settings = Settings(_env_file=None, database_url=own_postgres.url, data_dir=tmp_path_factory.mktemp("outage"),
                        breaker_minimum_calls=4, breaker_window_size=6, breaker_failure_rate=60,
                        breaker_wait_seconds=WAIT_SECONDS, retry_attempts=2, retry_backoff_seconds=0.01,
                        database_connect_timeout_seconds=2)
    built = build(settings)
    yield built
    built.close()


def _transitions(services: Services, from_state: str, to_state: str) -> float:
    value = services.metrics.registry.get_sample_value(
        "arena_breaker_transitions_total", {"breaker": DATABASE, "from_state": from_state, "to_state": to_state})
    return value or 0.0


def _state(services: Services) -> State:
    return services.breaker_loop.run(services.breakers[DATABASE].state())


def _cache(services: Services, result: str) -> float:
    return services.metrics.registry.get_sample_value("arena_cache_requests_total", {"result": result}) or 0.0


def test_cache_answers_while_the_database_is_down_and_the_breaker_opens_then_closes(
    services: Services, own_postgres: PostgresProcess
) -> None:
    stats = services.stats
    career = stats.career("nba:jordami01")
    assert stats.career("nba:jordami01") == career
    assert _cache(services, "miss") == 1 and _cache(services, "hit") == 1
    for _ in range(5):  # the database answering "no such player" is not a failure
        with pytest.raises(PlayerNotFound):
            stats.get_player("nba:nobody01")
    assert _state(services) is State.CLOSED

    own_postgres.stop()
    try:
        time.sleep(VERSION_TTL_SECONDS)  # the next read asks the database for the data version, and fails
        assert stats.career("nba:jordami01") == career  # served from the cache, under the last version
        assert _state(services) is State.CLOSED  # the version read failed twice: 2 of the last 6
        with pytest.raises(StoreUnavailable):
            stats.career("nba:chambwi01")  # a miss: two more tries, both failures, and the window is full
        assert _state(services) is State.OPEN
        with pytest.raises(CircuitOpen) as refused:
            stats.career("nba:ervinju01")
        assert refused.value.retry_after is not None and 0 < refused.value.retry_after <= WAIT_SECONDS
        assert stats.career("nba:jordami01") == career  # the cache still answers while the breaker is open
        assert _transitions(services, "closed", "open") == 1
    finally:
        own_postgres.start()

    time.sleep(WAIT_SECONDS)
    # Half-open: three trial calls that succeed close the breaker again.
    assert stats.career("nba:chambwi01").player_id == "nba:chambwi01"
    assert stats.get_player("nba:ervinju01").name == "Julius Erving"
    assert stats.seasons("nba:jokicni01")
    assert _state(services) is State.CLOSED
    assert _transitions(services, "open", "half_open") == 1
    assert _transitions(services, "half_open", "closed") == 1
    failures = services.metrics.registry.get_sample_value(
        "arena_dependency_calls_total", {"breaker": DATABASE, "outcome": "failure"})
    assert failures is not None and failures >= 2


def test_a_cache_miss_while_the_breaker_is_open_is_a_503_problem_with_retry_after(
    services: Services, own_postgres: PostgresProcess
) -> None:
    with TestClient(create_app(services=services)) as http:
        assert http.get("/v1/players/nba:jordami01").status_code == 200
        own_postgres.stop()
        try:
            statuses = [http.get("/v1/players/nba:chambwi01") for _ in range(3)]
            assert [r.status_code for r in statuses] == [503, 503, 503]
            assert statuses[0].json()["code"] == "store-unavailable"
            refused = statuses[-1]
            assert refused.headers["content-type"] == "application/problem+json"
            problem = refused.json()
            assert problem["code"] == "circuit-open" and problem["status"] == 503
            assert problem["type"] == "urn:arena:problem:circuit-open" and "database" in problem["detail"]
            assert 0 < problem["retry_after"] <= WAIT_SECONDS
            assert refused.headers["retry-after"] == "1"
            time.sleep(VERSION_TTL_SECONDS)
            cached = http.get("/v1/players/nba:jordami01")  # every read it needs is in the cache
            assert cached.status_code == 200 and cached.json()["player"]["name"] == "Michael Jordan"
        finally:
            own_postgres.start()
