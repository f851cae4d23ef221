"""Bounded state: what a client sends never becomes a metric label of its own, and retained debates are capped
by count and by bytes, oldest evicted first, with a 410 problem for an evicted debate."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis.asyncio as aioredis

from api_servers import ServerThread, api_settings
from arena.api.app import create_app
from arena.debate.observers import OTHER_WRITER, DebateMetrics, DebateReport
from arena.streaming import LogEntry, StreamEvicted, StreamLimits, StreamNotFound
from arena.streaming.adapters.memory_log import MemoryEventLog, entry_size
from arena.streaming.adapters.redis_log import RedisEventLog
from arena.telemetry import Metrics
from dependency_servers import RedisProcess

QUESTION = "Who's better, LeBron or Jordan?"


def _report(n: int, writer: str) -> DebateReport:
    return DebateReport(debate_id=f"debate-{n}", request_id=None, writer_asked=writer, writer_used="template",
                        outcome="failed", error_code="unknown-writer", tokens=3, fact_check_rejections=1,
                        fallbacks=(), duration_ms=1.0)


def _series(metrics: Metrics, name: str) -> list[dict[str, str]]:
    return [sample.labels for family in metrics.registry.collect() if family.name == name
            for sample in family.samples if sample.name == f"{name}_total"]


def test_20000_debates_with_random_writers_make_no_new_series() -> None:
    metrics = Metrics()
    observer = DebateMetrics(metrics, writers=("template", "openai", "llamacpp"))
    for n in range(20_000):
        observer.debate_ended(_report(n, secrets.token_hex(8)))
    observer.debate_ended(_report(20_000, "template"))
    debates = _series(metrics, "arena_debates")
    assert {labels["writer"] for labels in debates} == {OTHER_WRITER, "template"}
    assert metrics.registry.get_sample_value("arena_debates_total",
                                             {"writer": OTHER_WRITER, "outcome": "failed"}) == 20_000
    assert {labels["writer"] for labels in _series(metrics, "arena_llm_tokens")} == {OTHER_WRITER, "template"}


async def test_a_live_server_labels_unknown_writers_and_methods_other(client: httpx.AsyncClient) -> None:
    writers = [f"w{secrets.token_hex(6)}" for _ in range(20)]
    for writer in writers:
        await client.post("/v1/debates", json={"question": QUESTION, "writer": writer})
    await client.request("PROPFIND", "/v1/debates")
    exposition = (await client.get("/metrics")).text
    assert not any(writer in exposition for writer in writers)
    assert "PROPFIND" not in exposition and 'method="other"' in exposition


def _entry(n: int, size: int = 100) -> LogEntry:
    return LogEntry(id=n, event="text.delta", data=json.dumps({"text": "x" * size}))


async def test_the_memory_log_evicts_the_oldest_stream_past_its_count() -> None:
    log = MemoryEventLog(limits=StreamLimits(max_streams=3))
    for n in range(5):
        await log.create(f"d{n}", {})
    for evicted in ("d0", "d1"):
        with pytest.raises(StreamEvicted):
            await log.info(evicted)
    assert [(await log.info(f"d{n}")).stream_id for n in (2, 3, 4)] == ["d2", "d3", "d4"]
    with pytest.raises(StreamNotFound) as never:
        await log.info("never-created")
    assert not isinstance(never.value, StreamEvicted)


async def test_the_memory_log_keeps_its_bytes_within_the_cap() -> None:
    size = entry_size(_entry(1))
    log = MemoryEventLog(limits=StreamLimits(max_bytes=10 * size, max_entries=8))
    for stream in range(4):
        await log.create(f"d{stream}", {})
        for n in range(1, 5):
            await log.append(f"d{stream}", _entry(n))
            assert log.bytes_held <= 10 * size
    assert log.bytes_held == 8 * size  # the two most recent streams; the two before them were evicted
    with pytest.raises(StreamEvicted):
        await log.read_after("d1", 0)
    assert len(await log.read_after("d3", 0)) == 4
    await log.create("ring", {})  # one stream's ring drops its oldest entries: their bytes go with them
    for n in range(1, 21):
        await log.append("ring", _entry(n))
    assert log.bytes_held == 8 * size


async def test_the_redis_log_evicts_the_oldest_stream_past_its_count(security_redis: RedisProcess) -> None:
    client = aioredis.from_url(security_redis.url)
    log = RedisEventLog(client, prefix=f"arena:bounded:{secrets.token_hex(4)}:", limits=StreamLimits(max_streams=2))
    try:
        for n in range(3):
            await log.create(f"d{n}", {"n": str(n)})
            await log.append(f"d{n}", _entry(1))
        with pytest.raises(StreamEvicted):
            await log.read_after("d0", 0)
        with pytest.raises(StreamEvicted):
            await log.info("d0")
        assert (await log.info("d2")).last_id == 1 and (await log.info("d1")).last_id == 1
    finally:
        await log.close()
        await client.aclose()


@pytest.fixture(scope="module")
def two_debate_server(nba_postgres_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    data_dir: Path = tmp_path_factory.mktemp("bounded")
    settings = api_settings(nba_postgres_url, data_dir, "http://127.0.0.1:9/v1", stream_max_debates=2)
    server = ServerThread(create_app(settings=settings)).start()
    yield server
    server.stop()


def test_an_evicted_debate_is_410_gone(two_debate_server: ServerThread) -> None:
    base = two_debate_server.base_url
    ids = [httpx.post(f"{base}/v1/debates", json={"question": QUESTION}, timeout=30).json()["id"]
           for _ in range(3)]
    gone = httpx.get(f"{base}/v1/debates/{ids[0]}", timeout=30)
    assert gone.status_code == 410 and gone.headers["content-type"] == "application/problem+json"
    assert gone.json()["code"] == "debate-evicted"
    events = httpx.get(f"{base}/v1/debates/{ids[0]}/events", timeout=30)
    assert events.status_code == 410 and events.json()["code"] == "debate-evicted"
    assert httpx.get(f"{base}/v1/debates/{ids[2]}", timeout=30).status_code == 200
    assert httpx.get(f"{base}/v1/debates/unknown-id", timeout=30).json()["code"] == "debate-not-found"
