"""Redis hangs (SIGSTOP: connections are accepted, nothing answers): each Redis client waits at most its
timeout, and only until the redis breaker opens (and the breakers' own state goes per-process), not once
per call: breaker calls, stat reads through ``build()``'s services, ``/readyz`` and a whole debate through the
API stay within a small multiple of the configured timeouts. Against our own redis-server, hung by the test.

Bounds, never exact times, with a 5x margin for a loaded machine: a passing run pays the hang a few times
(``FEW_HANGS``) on top of the work the same calls take without it (measured first: the store's reads, the
searches and debates with Redis answering), and gets ``MARGIN`` times that. A hang paid on every call costs
``CALLS * TIMEOUT`` (30 s) on top of the work, more than the bound as long as the work itself takes under
a fifth of that, so load slows a passing run a good deal before it fails it."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from httpx_sse import aconnect_sse

from api_servers import ServerThread, api_settings
from arena.api.app import create_app
from arena.bootstrap import build
from arena.db import make_engine
from arena.resilience.policy import BreakerConfig, State
from arena.resilience.registry import DATABASE, Breakers
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.ports import StatStore
from dependency_servers import RedisProcess

pytestmark = [pytest.mark.redis, pytest.mark.integration, pytest.mark.slow]

TIMEOUT = 0.5  # redis_timeout_seconds and health_probe_timeout_seconds; the breakers' state and the stat cache
CALLS = 60
FEW_HANGS = 4 * TIMEOUT
MARGIN = 5
QUESTION = "Who's better, LeBron or Jordan?"


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisProcess]:
    server = RedisProcess().start()
    yield server
    server.stop()


@pytest.fixture
def hung(redis_server: RedisProcess) -> Iterator[RedisProcess]:
    """The server, paused for the test and resumed after it."""
    redis_server.pause()
    yield redis_server
    redis_server.resume()


def _settings(database_url: str, data_dir: Path, llm_port: int, redis_url: str) -> Any:
    return api_settings(database_url, data_dir, f"http://127.0.0.1:{llm_port}/v1", redis_url=redis_url,
                        redis_timeout_seconds=TIMEOUT, health_probe_timeout_seconds=TIMEOUT,
                        breaker_minimum_calls=2, breaker_window_size=4, breaker_wait_seconds=5.0,
                        cache_decoded_entries=0,  # every stat read asks Redis first: the hang is the subject
                        # Twenty searches at once on a busy machine can be slow calls; slowness is not this
                        # test's subject, and it must not open the database breaker.
                        breaker_slow_call_seconds=60.0)


async def _ok() -> int:
    return 1


async def test_breaker_calls_wait_for_a_hung_state_store_once_not_on_every_call(hung: RedisProcess) -> None:
    breakers = Breakers(BreakerConfig(), redis_url=hung.url)
    started = time.perf_counter()
    for _ in range(CALLS):
        assert await breakers[DATABASE].call(_ok) == 1
    assert time.perf_counter() - started < MARGIN * FEW_HANGS
    assert not breakers[DATABASE].is_shared_state_available
    hung.resume()
    for _ in range(100):  # the state store is asked again about a second after it failed
        await breakers[DATABASE].call(_ok)
        if breakers[DATABASE].is_shared_state_available:
            break
        await asyncio.sleep(0.05)
    assert breakers[DATABASE].is_shared_state_available
    await breakers.aclose()


def _timed_reads(stats: StatStore) -> float:
    started = time.perf_counter()
    for _ in range(CALLS):
        assert stats.get_player("nba:jordami01").name
        assert stats.find_players("jordan")
    return time.perf_counter() - started


def test_stat_reads_through_the_services_go_to_the_store_while_redis_hangs(
        redis_server: RedisProcess, loaded_sqlite_url: str, closed_port: int, tmp_path: Path) -> None:
    engine = make_engine(loaded_sqlite_url)
    try:
        store_alone = _timed_reads(SqlStatStore(engine))
    finally:
        engine.dispose()
    services = build(_settings(loaded_sqlite_url, tmp_path, closed_port, redis_server.url), migrate_schema=False)
    try:
        # Cached in Redis while it answers (and the store's first search, a cold start, out of the way).
        assert services.stats.get_player("nba:jordami01").name
        assert services.stats.find_players("jordan")
        redis_server.pause()
        try:
            assert _timed_reads(services.stats) < MARGIN * (store_alone + FEW_HANGS)
            assert services.breaker_loop.run(services.breakers["redis"].state()) is State.OPEN
        finally:
            redis_server.resume()
    finally:
        services.close()


@pytest.fixture
def server(redis_server: RedisProcess, loaded_sqlite_url: str, closed_port: int,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    thread = ServerThread(create_app(settings=_settings(
        loaded_sqlite_url, tmp_path_factory.mktemp("hung-data"), closed_port, redis_server.url))).start()
    yield thread
    thread.stop()


@pytest.fixture
async def client(server: ServerThread) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server.base_url, timeout=60) as http:
        yield http


async def _debate(client: httpx.AsyncClient) -> list[tuple[int, str, dict[str, Any]]]:
    async with aconnect_sse(client, "POST", "/v1/debates/stream", json={"question": QUESTION}) as source:
        assert source.response.status_code == 200
        return [(int(sse.id), sse.event, json.loads(sse.data)) async for sse in source.aiter_sse()
                if sse.data and sse.event != "viewers"]


async def _searches(client: httpx.AsyncClient) -> list[httpx.Response]:
    """``CALLS`` player searches at once."""
    responses = await asyncio.gather(*(client.get("/v1/players", params={"q": "jordan"}) for _ in range(CALLS)))
    assert all(response.status_code == 200 for response in responses)
    return responses


async def _timed(call: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    result = await call
    return time.perf_counter() - started, result


async def test_readyz_searches_and_debates_through_the_api_finish_while_redis_hangs(
        client: httpx.AsyncClient, redis_server: RedisProcess) -> None:
    normal, events = await _timed(_debate(client))
    assert events[-1][1] == "debate.completed"
    searches_normal, _ = await _timed(_searches(client))
    await asyncio.to_thread(redis_server.pause)
    try:
        spent, ready = await _timed(client.get("/readyz"))
        assert ready.status_code == 200, ready.text  # Redis is optional
        assert spent < MARGIN * FEW_HANGS
        spent, _ = await _timed(_searches(client))
        assert spent < MARGIN * (searches_normal + FEW_HANGS)
        for _ in range(3):
            spent, events = await _timed(_debate(client))
            assert events[-1][1] == "debate.completed"
            assert [i for i, _, _ in events] == list(range(1, len(events) + 1))
            assert spent < MARGIN * (normal + FEW_HANGS)
        spent, ready = await _timed(client.get("/readyz"))
        assert ready.status_code == 200 and ready.json()["status"] == "degraded", ready.text
        assert spent < MARGIN * FEW_HANGS
    finally:
        await asyncio.to_thread(redis_server.resume)
