"""Redis dies under a running debate: the stream goes on in this process's memory with nothing lost or
repeated, new debates still run, and /readyz says resume across processes is gone; once Redis is back new
debates use it again and /readyz is ok. Against our own redis-server, stopped and restarted by the test."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import redis
from httpx_sse import aconnect_sse
from prometheus_client.parser import text_string_to_metric_families

from api_servers import ServerThread, SlowChatServer, api_settings
from arena.api.app import create_app
from arena.streaming.adapters.fallback_log import FALLBACK_FEATURE
from dependency_servers import RedisProcess

QUESTION = "Who's better, LeBron or Jordan?"
POLLS = 200


@pytest.fixture(scope="module")
def server(own_redis: RedisProcess, loaded_sqlite_url: str, slow_llm: SlowChatServer,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    # Breakers that open after two failed calls, to see Redis's open at once; a slow call is no failure here
    # (breakers count one as failed after two seconds by default), or a loaded machine opens the database's.
    settings = api_settings(loaded_sqlite_url, tmp_path_factory.mktemp("fallback-data"), slow_llm.base_url,
                            redis_url=own_redis.url, redis_timeout_seconds=1.0, breaker_minimum_calls=2,
                            breaker_window_size=4, breaker_wait_seconds=1.0, breaker_slow_call_seconds=60.0,
                            health_probe_timeout_seconds=1.0)
    thread = ServerThread(create_app(settings=settings)).start()
    yield thread
    thread.stop()


@pytest.fixture
async def client(server: ServerThread) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server.base_url, timeout=60) as http:
        yield http


def _in_redis(own_redis: RedisProcess, debate_id: str) -> bool:
    with redis.Redis.from_url(own_redis.url, socket_timeout=2) as r:
        return bool(r.exists(f"arena:stream:{{{debate_id}}}:meta"))


async def _debate(client: httpx.AsyncClient, **body: Any) -> list[tuple[int, str, dict[str, Any]]]:
    """A debate streamed whole from its POST: (id, event, data) of every event."""
    async with aconnect_sse(client, "POST", "/v1/debates/stream", json={"question": QUESTION, **body}) as source:
        return [(int(sse.id), sse.event, json.loads(sse.data)) async for sse in source.aiter_sse()
                if sse.data and sse.event != "viewers"]


def _check_whole(events: list[tuple[int, str, dict[str, Any]]]) -> None:
    # An error event carries no id (a client keeps the last one), so it reads as a repeat: show what it says.
    shown = [(i, e, data if e == "error" else None) for i, e, data in events]
    assert [i for i, _, _ in events] == list(range(1, len(events) + 1)), shown
    assert [data["seq"] for _, _, data in events] == [i for i, _, _ in events]
    assert events[-1][1] == "debate.completed"


async def _metric(client: httpx.AsyncClient, name: str, **labels: str) -> float:
    text = (await client.get("/metrics")).text
    return sum(s.value for family in text_string_to_metric_families(text) for s in family.samples
               if s.name == name and all(s.labels.get(k) == v for k, v in labels.items()))


async def _ready_once_probes_answer(client: httpx.AsyncClient) -> dict[str, Any]:
    """/readyz once it says ok (its probes time out after a second, which a loaded machine can take), or as it
    last read."""
    for _ in range(POLLS):
        ready = await client.get("/readyz")
        if ready.status_code == 200 and ready.json()["status"] == "ok":
            break
        await asyncio.sleep(0.1)
    body: dict[str, Any] = ready.json()
    return body


async def test_redis_dies_mid_stream_then_returns(client: httpx.AsyncClient, own_redis: RedisProcess) -> None:
    assert (await _ready_once_probes_answer(client))["status"] == "ok"
    events: list[tuple[int, str, dict[str, Any]]] = []
    stopped = False
    async with aconnect_sse(client, "POST", "/v1/debates/stream",
                            json={"question": QUESTION, "writer": "openai"}) as source:
        async for sse in source.aiter_sse():
            if not sse.data or sse.event == "viewers":
                continue
            events.append((int(sse.id), sse.event, json.loads(sse.data)))
            if sse.event == "text.delta" and not stopped:
                assert _in_redis(own_redis, events[0][2]["debate_id"])
                await asyncio.to_thread(own_redis.stop)  # mid-stream, with the stream in Redis
                stopped = True
    _check_whole(events)
    assert sum(e == "text.delta" for _, e, _ in events) > 1

    try:
        during = await _debate(client)
        _check_whole(during)
        ready = await client.get("/readyz")
        assert ready.status_code == 200
        body = ready.json()
        assert body["status"] == "degraded" and "redis" in body["degraded"]
        assert "resume across processes" in body["degraded_features"]
        assert FALLBACK_FEATURE in body["degraded_features"]
        health = (await client.get("/healthz")).json()
        assert health["status"] == "degraded" and FALLBACK_FEATURE in health["degraded_features"]
        assert await _metric(client, "arena_fallbacks_total", dependency="redis", fallback="memory-event-log") >= 2
        assert await _metric(client, "arena_breaker_transitions_total", breaker="redis", from_state="closed",
                             to_state="open") >= 1
    finally:
        await asyncio.to_thread(own_redis.start)

    # Back: once the breaker lets calls through again, new debates go to Redis and nothing is degraded.
    for _ in range(POLLS):
        after = await _debate(client)  # the first call on a pooled connection the old Redis closed too
        _check_whole(after)
        if _in_redis(own_redis, after[0][2]["debate_id"]):
            break
        await asyncio.sleep(0.1)
    else:
        raise AssertionError("new debates never went back to Redis")
    assert await _ready_once_probes_answer(client) == {"status": "ok", "degraded": {}, "degraded_features": []}
    # The breaker's state is shared through Redis again: the restarted (empty) Redis holds a closed one.
    assert (await client.get("/healthz")).json()["dependencies"]["redis"]["breaker"] == "closed"
