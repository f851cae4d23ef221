"""Stat reads while our own PostgreSQL process goes down and comes back: the cache answers what it holds, a
miss is a 503 problem once the database breaker opens, and the breaker goes closed, open, half-open and
closed again; a debate's usage record waits in the buffer (``/healthz`` says so) and is written when the
database returns. The services are the real ones from ``bootstrap.build``; the API runs with its lifespan."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
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
from arena.usage.adapters.sql_usage import usage
from dependency_servers import PostgresProcess

WAIT_SECONDS = 1.0
VERSION_TTL_SECONDS = 1.0  # GuardedStatStore's default: past it, the data version is asked for again
QUESTION = "Who's better, Michael Jordan or Wilt Chamberlain?"
POLLS = 200
POLL_SECONDS = 0.1


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
                        database_connect_timeout_seconds=2, usage_flush_seconds=0.1,
                        breaker_slow_call_seconds=60.0)  # a loaded machine's slow read is no outage here
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


def _until(check: Callable[[], bool], what: str) -> None:
    for _ in range(POLLS):
        if check():
            return
        time.sleep(POLL_SECONDS)
    raise AssertionError(f"never happened: {what}")


def _debate(http: TestClient) -> str:
    """A template debate through the API, followed until it completed; its id."""
    created = http.post("/v1/debates", json={"question": QUESTION, "writer": "template"})
    assert created.status_code == 201, created.text
    debate_id: str = created.json()["id"]
    _until(lambda: http.get(f"/v1/debates/{debate_id}").json()["status"] == "completed", "the debate completed")
    return debate_id


def _usage_features(http: TestClient) -> list[str]:
    return [f for f in http.get("/healthz").json()["degraded_features"] if f.startswith("usage records")]


def _usage_rows(services: Services) -> list[str]:
    with services.engine.connect() as conn:
        return list(conn.execute(select(usage.c.debate_id)).scalars())


def test_a_debate_ended_while_the_database_is_down_is_buffered_in_healthz_then_written(
    services: Services, own_postgres: PostgresProcess
) -> None:
    with TestClient(create_app(services=services)) as http:
        first = _debate(http)  # with the database up: its reads are now in the stat cache
        _until(lambda: first in _usage_rows(services), "the first debate's usage record was written")
        assert _usage_features(http) == []
        own_postgres.stop()
        try:
            time.sleep(VERSION_TTL_SECONDS)  # the data version is asked for again, and the cache answers anyway
            second = _debate(http)
            _until(lambda: _usage_features(http) != [], "healthz named the buffered usage record")
            assert _usage_features(http) == ["usage records buffered while the database is down: 1"]
            assert http.get("/healthz").json()["status"] == "down"
        finally:
            own_postgres.start()
        # The flusher writes it once the database (and its breaker) takes writes again; healthz clears.
        _until(lambda: _usage_features(http) == [], "the usage detail cleared")
        assert sorted(_usage_rows(services)) == sorted([first, second])
        assert services.usage.buffered == 0 and services.usage.dropped == 0
        assert http.get("/readyz").json()["degraded_features"] == []
