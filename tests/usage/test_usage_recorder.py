"""Usage records: the ``usage`` table (migration 0003) on SQLite and PostgreSQL, written once per debate, and
buffered while our own PostgreSQL process is down, then written exactly once after it returns."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from arena.db import make_engine, metadata, migrate
from arena.debate.observers import DebateReport, Fallback
from arena.migrations import MIGRATIONS
from arena.resilience.breaker import CircuitBreaker
from arena.resilience.policy import BreakerConfig, State
from arena.resilience.sync_guard import BreakerLoop, SyncGuard
from arena.usage import UsageRecord, UsageRecorder, UsageUnavailable
from arena.usage.adapters.sql_usage import SqlUsageLog, usage
from dependency_servers import PostgresProcess
from store_databases import BACKENDS, DatabaseFactory

WAIT_SECONDS = 0.5
POLLS = 200


def _report(n: int) -> DebateReport:
    return DebateReport(debate_id=f"debate-{n:04d}", request_id=f"req-{n}", writer_asked="openai",
                        writer_used="template", outcome="completed", error_code=None, tokens=40 + n,
                        fact_check_rejections=1, fallbacks=(Fallback("case", "writer-unavailable"),),
                        duration_ms=12.5)


def _record(n: int) -> UsageRecord:
    return UsageRecord(debate_id=f"debate-{n:04d}", request_id=None, writer_asked="template",
                       writer_used="template", outcome="failed", error_code="player-not-found", tokens=0,
                       fact_check_rejections=0, fallbacks=0, duration_ms=3.0, created_at=datetime.now(UTC))


def _rows(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(usage.c.debate_id).order_by(usage.c.debate_id)).scalars())


@pytest.fixture
def breaker_loop() -> Iterator[BreakerLoop]:
    loop = BreakerLoop()
    yield loop
    loop.close()


def _guard(loop: BreakerLoop) -> SyncGuard:
    config = BreakerConfig(window_size=4, minimum_calls=2, wait_in_open=WAIT_SECONDS, permitted_half_open_calls=1)
    return SyncGuard(CircuitBreaker("database", config), loop, failures=(UsageUnavailable,))


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_migrations_create_the_usage_table(backend: str, database_factory: DatabaseFactory) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    newest = ScriptDirectory.from_config(config).get_current_head()
    engine = make_engine(database_factory(backend))
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn)
            assert context.get_current_revision() == newest
            differences = compare_metadata(context, metadata)
    finally:
        engine.dispose()
    assert [d for d in differences if "usage" in repr(d)] == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_record_is_stored_once_whatever_the_writes(backend: str, database_factory: DatabaseFactory) -> None:
    engine = make_engine(database_factory(backend))
    try:
        log = SqlUsageLog(engine)
        assert log.write([_record(1), _record(2)]) == 2
        assert log.write([_record(2), _record(3)]) == 1
        assert log.write([]) == 0
        assert _rows(engine) == ["debate-0001", "debate-0002", "debate-0003"]
    finally:
        engine.dispose()


def test_the_flusher_writes_reports_in_the_background_and_close_writes_the_rest(
    database_factory: DatabaseFactory, breaker_loop: BreakerLoop
) -> None:
    engine = make_engine(database_factory("sqlite"))
    recorder = UsageRecorder(SqlUsageLog(engine), guard=_guard(breaker_loop), capacity=100, flush_seconds=0.05)
    try:
        recorder.debate_ended(_report(1))
        for _ in range(POLLS):
            if recorder.written == 1:
                break
            time.sleep(0.05)
        assert recorder.written == 1 and recorder.buffered == 0
        with engine.connect() as conn:
            row = conn.execute(select(usage)).one()
        assert (row.request_id, row.writer_asked, row.writer_used, row.outcome, row.tokens,
                row.fact_check_rejections, row.fallbacks, row.duration_ms) == (
            "req-1", "openai", "template", "completed", 41, 1, 1, 12.5)
        recorder.debate_ended(_report(2))
        recorder.close()
        assert _rows(engine) == ["debate-0001", "debate-0002"] and recorder.buffered == 0
    finally:
        engine.dispose()


def test_a_full_buffer_drops_the_oldest_and_counts_them(
    database_factory: DatabaseFactory, breaker_loop: BreakerLoop
) -> None:
    engine = make_engine(database_factory("sqlite"))
    recorder = UsageRecorder(SqlUsageLog(engine), guard=_guard(breaker_loop), capacity=3, flush_seconds=3600)
    try:
        for n in range(5):
            recorder.record(_record(n))
        assert (recorder.buffered, recorder.dropped) == (3, 2)
        assert recorder.flush() == 3
        assert _rows(engine) == ["debate-0002", "debate-0003", "debate-0004"]
    finally:
        recorder.close()
        engine.dispose()


def test_records_a_full_buffer_drops_while_the_database_refuses_them_are_named(
    closed_port: int, breaker_loop: BreakerLoop
) -> None:
    engine = make_engine(f"postgresql://postgres@127.0.0.1:{closed_port}/postgres", connect_timeout_seconds=2)
    recorder = UsageRecorder(SqlUsageLog(engine), guard=_guard(breaker_loop), capacity=3, flush_seconds=3600)
    try:
        recorder.record(_record(0))
        assert recorder.flush() == 0  # refused: nothing listens there
        for n in range(1, 5):
            recorder.record(_record(n))
        assert asyncio.run(recorder.degraded_features()) == [
            "usage records buffered while the database is down: 3 (2 dropped: the buffer holds 3)"]
    finally:
        recorder.close()
        engine.dispose()


@pytest.fixture
def own_postgres() -> Iterator[PostgresProcess]:
    server = PostgresProcess().start()
    yield server
    server.remove()


def test_records_are_buffered_while_the_database_is_down_and_written_once_when_it_returns(
    own_postgres: PostgresProcess, breaker_loop: BreakerLoop
) -> None:
    engine = make_engine(own_postgres.url, connect_timeout_seconds=2)
    migrate(engine)
    guard = _guard(breaker_loop)
    recorder = UsageRecorder(SqlUsageLog(engine), guard=guard, capacity=100, flush_seconds=3600, batch_size=4)
    try:
        recorder.debate_ended(_report(0))
        assert recorder.flush() == 1

        own_postgres.stop()
        try:
            for n in range(1, 4):  # fewer than a batch: nothing wakes the flusher
                recorder.debate_ended(_report(n))
            assert asyncio.run(recorder.degraded_features()) == []  # waiting for a flush is not degraded
            for n in range(4, 11):  # a full batch wakes the flusher, whose write may fail before ours
                recorder.debate_ended(_report(n))
            assert recorder.flush() == 0  # the write fails: the records stay
            assert asyncio.run(recorder.degraded_features()) == [
                "usage records buffered while the database is down: 10"]
            assert recorder.flush() == 0  # it fails again, and the breaker opens
            assert breaker_loop.run(guard.breaker.state()) is State.OPEN
            assert recorder.flush() == 0  # refused without touching the database
            assert recorder.buffered == 10 and recorder.written == 1
        finally:
            own_postgres.start()

        time.sleep(WAIT_SECONDS)
        recorder.flush()  # a trial batch, then the rest once the breaker closed (the flusher may take some)
        assert breaker_loop.run(guard.breaker.state()) is State.CLOSED
        assert recorder.buffered == 0 and recorder.written == 11
        assert asyncio.run(recorder.degraded_features()) == []
        assert _rows(engine) == [f"debate-{n:04d}" for n in range(11)]
        # A batch written again (its commit's answer lost, say) stores nothing twice.
        assert SqlUsageLog(engine).write([_record(3)]) == 0
        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(usage)).scalar_one() == 11
    finally:
        recorder.close()
        engine.dispose()
