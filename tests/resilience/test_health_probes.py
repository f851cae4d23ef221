"""Health derived from the adapters that talk to each dependency: each one's ``ping`` against a real SQLite
file, PostgreSQL and Redis (up, or a port nothing listens on), the readiness that follows from which probe is
required, and the features each outage costs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from arena.db import make_engine
from arena.llm.adapters.openai_writer import OpenAIWriter
from arena.resilience.health import HealthChecker, HealthProbe, Pingable
from arena.resilience.policy import BreakerConfig
from arena.resilience.registry import DATABASE, LLM, REDIS, Breakers
from arena.stats.adapters.sql_store import SqlStatStore
from arena.streaming.adapters.redis_log import RedisEventLog


@pytest.fixture
async def breakers() -> AsyncIterator[Breakers]:
    named = Breakers(BreakerConfig(), redis_url=None)
    yield named
    await named.aclose()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> SqlStatStore:
    return SqlStatStore(make_engine(f"sqlite:///{tmp_path / 'health.db'}"))


@pytest.mark.redis
@pytest.mark.integration
async def test_dependencies_that_answer_are_up_and_one_not_configured_is_said_so(
        sqlite_store: SqlStatStore, redis_url: str, breakers: Breakers) -> None:
    log = RedisEventLog.from_url(redis_url, timeout_seconds=1.0)
    try:
        checker = HealthChecker([
            HealthProbe(DATABASE, True, sqlite_store, breakers[DATABASE], ("data imports",)),
            HealthProbe(REDIS, False, log, breakers[REDIS], ("resume across processes",)),
            HealthProbe(LLM, False, None, breakers[LLM], ("LLM writer",)),
        ], breakers=breakers, timeout_seconds=2.0)
        report = (await checker.check()).as_dict()
    finally:
        await log.close()
    assert report["status"] == "ok" and report["degraded_features"] == []
    assert {name: d["status"] for name, d in report["dependencies"].items()} == {
        DATABASE: "up", REDIS: "up", LLM: "not_configured"}
    assert report["dependencies"][DATABASE]["breaker"] == "closed"
    assert report["dependencies"][DATABASE]["latency_ms"] >= 0
    assert report["dependencies"][LLM]["latency_ms"] is None


async def test_an_optional_dependency_down_degrades_the_features_its_probe_names(
        sqlite_store: SqlStatStore, closed_port: int, breakers: Breakers) -> None:
    log = RedisEventLog.from_url(f"redis://127.0.0.1:{closed_port}/0", timeout_seconds=1.0)
    llm = OpenAIWriter(base_url=f"http://127.0.0.1:{closed_port}/v1", model="any")
    try:
        checker = HealthChecker([
            HealthProbe(DATABASE, True, sqlite_store, breakers[DATABASE], ("data imports",)),
            HealthProbe(REDIS, False, log, breakers[REDIS], ("resume across processes",)),
            HealthProbe(LLM, False, llm, breakers[LLM], ("LLM writer",)),
        ], breakers=breakers, timeout_seconds=2.0)
        report = await checker.check()
    finally:
        await log.close()
    assert report.ready and report.status == "degraded"
    assert report.degraded_features == ["resume across processes", "LLM writer"]
    down = {d.name: d.detail for d in report.dependencies if d.status == "down"}
    assert set(down) == {REDIS, LLM}
    assert "event log in Redis unavailable" in (down[REDIS] or "")
    assert f"127.0.0.1:{closed_port}" in (down[LLM] or "")


async def test_the_required_database_down_means_not_ready(closed_port: int, breakers: Breakers) -> None:
    engine = make_engine(f"postgresql+psycopg://postgres@127.0.0.1:{closed_port}/arena", connect_timeout_seconds=2)
    try:
        checker = HealthChecker([HealthProbe(DATABASE, True, SqlStatStore(engine), breakers[DATABASE],
                                             ("stat reads the cache cannot answer",))],
                                breakers=breakers, timeout_seconds=5.0)
        report = await checker.check()
    finally:
        engine.dispose()
    assert not report.ready and report.status == "down"
    (database,) = report.dependencies
    assert database.status == "down" and database.required
    assert database.detail is not None and database.detail.startswith("stat store unavailable")
    assert report.degraded_features == ["stat reads the cache cannot answer"]


def test_the_adapters_that_talk_to_a_dependency_can_be_probed(sqlite_store: SqlStatStore) -> None:
    assert isinstance(sqlite_store, Pingable)
    assert isinstance(OpenAIWriter(base_url=None, model="any"), Pingable)
