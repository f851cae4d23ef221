"""Issue #14, item 2: a client's bad data never counts against a dependency. A breaker counts only the
dependency's own failures; a value PostgreSQL refuses as data (text with NUL, a lone surrogate) is the data's
fault: a read is answered 422 and not retried, and a usage record is set aside (dead-lettered, counted, shown
in /healthz) while the records around it are written."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from arena.api.deps import ApiState
from arena.db import make_engine, migrate
from arena.resilience.breaker import CircuitBreaker
from arena.resilience.policy import BreakerConfig, State
from arena.resilience.registry import DATABASE
from arena.resilience.sync_guard import BreakerLoop, RetryPolicy, SyncGuard
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.errors import StoreRefusedValue, StoreUnavailable
from arena.stats.guarded_store import GuardedStatStore
from arena.telemetry import BreakerMetrics, Metrics
from arena.usage import UsageRecord, UsageRecorder, UsageUnavailable
from arena.usage.adapters.sql_usage import SqlUsageLog, usage
from store_databases import PostgresDatabases

pytestmark = [pytest.mark.integration, pytest.mark.postgres]

# A breaker this strict opens on the first failure it counts: the tests see any failure at all.
STRICT = BreakerConfig(window_size=1, minimum_calls=1, wait_in_open=60)


def _record(n: int, *, writer: str = "template") -> UsageRecord:
    return UsageRecord(debate_id=f"debate-{n:05d}", request_id=None, writer_asked=writer, writer_used="template",
                       outcome="completed", error_code=None, tokens=10, fact_check_rejections=0, fallbacks=0,
                       duration_ms=5.0, created_at=datetime.now(UTC))


@pytest.fixture
def postgres_engine(postgres_databases: PostgresDatabases) -> Iterator[Engine]:
    engine = make_engine(postgres_databases.create())
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def breaker_loop() -> Iterator[BreakerLoop]:
    loop = BreakerLoop()
    yield loop
    loop.close()


def _stored(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(usage)).scalar_one())


@pytest.mark.parametrize("poison", ["x\u0000", "x\ud800"], ids=["nul", "lone-surrogate"])
def test_a_poisoned_record_among_1000_is_dead_lettered_and_the_rest_written(
    poison: str, postgres_engine: Engine, breaker_loop: BreakerLoop
) -> None:
    metrics = Metrics()
    breaker = CircuitBreaker(DATABASE, STRICT, listeners=(BreakerMetrics(metrics),))
    recorder = UsageRecorder(SqlUsageLog(postgres_engine), capacity=10_000, flush_seconds=3600, metrics=metrics,
                             guard=SyncGuard(breaker, breaker_loop, failures=(UsageUnavailable,)))
    poisoned = _record(500, writer=poison)
    try:
        for n in range(1000):
            recorder.record(_record(n) if n != 500 else poisoned)
        recorder.record(_record(1000))
        recorder.flush()  # the recorder's own flusher may have written some of them already: count the total
        assert _stored(postgres_engine) == 1000 and recorder.written == 1000
        assert recorder.buffered == 0 and recorder.dead_lettered == 1
        [letter] = recorder.dead_letters
        assert letter.record is poisoned and "refused" in letter.reason
        assert breaker_loop.run(breaker.state()) is State.CLOSED
        assert metrics.registry.get_sample_value("arena_usage_dead_letters_total") == 1
        assert metrics.registry.get_sample_value("arena_dependency_calls_total",
                                                 {"breaker": DATABASE, "outcome": "failure"}) is None
        recorder.record(_record(1001))
        recorder.flush()
        assert recorder.written == 1001 and recorder.dead_lettered == 1  # the refused record is never tried again
    finally:
        recorder.close()


def test_the_dead_letter_list_is_bounded(postgres_engine: Engine, breaker_loop: BreakerLoop) -> None:
    recorder = UsageRecorder(SqlUsageLog(postgres_engine), capacity=100, flush_seconds=3600, dead_letter_capacity=3,
                             guard=SyncGuard(CircuitBreaker(DATABASE, STRICT), breaker_loop,
                                             failures=(UsageUnavailable,)))
    try:
        for n in range(5):
            recorder.record(_record(n, writer="\u0000"))
        assert recorder.flush() == 0
        assert recorder.dead_lettered == 5
        assert [letter.record.debate_id for letter in recorder.dead_letters] == [
            "debate-00002", "debate-00003", "debate-00004"]
    finally:
        recorder.close()


@pytest.mark.parametrize("player_id", ["nba:jord\u0000ami01", "nba:\ud800"], ids=["nul", "lone-surrogate"])
def test_a_value_the_store_refuses_is_no_database_failure_and_is_not_retried(
    player_id: str, postgres_engine: Engine, breaker_loop: BreakerLoop
) -> None:
    metrics = Metrics()
    breaker = CircuitBreaker(DATABASE, STRICT, listeners=(BreakerMetrics(metrics),))
    guard = SyncGuard(breaker, breaker_loop, failures=(StoreUnavailable,), retry=RetryPolicy(attempts=3))
    store = GuardedStatStore(SqlStatStore(postgres_engine), guard)
    for _ in range(5):
        with pytest.raises(StoreRefusedValue):
            store.get_player(player_id)
    assert breaker_loop.run(breaker.state()) is State.CLOSED
    assert metrics.registry.get_sample_value("arena_dependency_calls_total",
                                             {"breaker": DATABASE, "outcome": "success"}) == 5  # one try each


async def test_a_dead_lettered_record_shows_in_health_and_metrics_and_reads_go_on(
    client: httpx.AsyncClient, api_state: ApiState, database_failures: Callable[[], float]
) -> None:
    recorder = api_state.services.usage
    before, dead_before = database_failures(), recorder.dead_lettered
    recorder.record(dataclasses.replace(_record(1), debate_id="poisoned-via-recorder", writer_asked="x\u0000"))
    recorder.flush()
    assert recorder.dead_lettered == dead_before + 1 and recorder.buffered == 0
    health = (await client.get("/healthz")).json()
    assert health["dependencies"]["database"]["breaker"] == "closed"
    assert any("refused as data" in feature for feature in health["degraded_features"])
    assert "arena_usage_dead_letters_total" in (await client.get("/metrics")).text
    assert (await client.get("/v1/players/nba:jordami01")).status_code == 200
    assert database_failures() == before
