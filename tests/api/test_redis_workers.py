"""Two ``arena serve`` processes sharing one Redis: a debate made by one is resumed, watched and cancelled
through the other, as behind a load balancer."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
from httpx_sse import ServerSentEvent, aconnect_sse
from websockets.asyncio.client import connect

from api_servers import SlowChatServer
from serve_process import ServeProcess

pytestmark = [pytest.mark.redis, pytest.mark.integration, pytest.mark.slow]

QUESTION = "Who's better, LeBron or Jordan?"


class Workers:
    def __init__(self, first: ServeProcess, second: ServeProcess) -> None:
        self.first = first
        self.second = second
        self.debates: list[str] = []


@pytest.fixture(scope="module")
def workers(loaded_sqlite_url: str, redis_url: str, slow_llm: SlowChatServer,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workers]:
    folder = tmp_path_factory.mktemp("workers")
    env = {
        "ARENA_DATABASE_URL": loaded_sqlite_url,
        "ARENA_DATA_DIR": str(folder),
        "ARENA_REDIS_URL": redis_url,
        "ARENA_CACHE_TTL_SECONDS": "120",
        "ARENA_WRITER": "template",
        "ARENA_LLM_BASE_URL": slow_llm.base_url,
        "ARENA_LLM_API_KEY": "test-key",
        "ARENA_STREAM_HEARTBEAT_SECONDS": "0.2",
        "ARENA_STREAM_GRACE_SECONDS": "1.0",
        "ARENA_STREAM_POLL_SECONDS": "0.05",
        "ARENA_STREAM_RETENTION_SECONDS": "300",
        "ARENA_LOG_LEVEL": "WARNING",
    }
    processes = [ServeProcess(env, Path(folder) / f"serve-{n}.log") for n in (1, 2)]
    try:
        for process in processes:
            process.wait_until_serving()
        running = Workers(*processes)
        yield running
    finally:
        for process in processes:
            process.stop()
    client = redis.Redis.from_url(redis_url)
    for debate_id in running.debates:
        keys = list(client.scan_iter(match=f"arena:stream:{{{debate_id}}}:*"))
        if keys:
            client.delete(*keys)
    client.close()


async def _create(workers: Workers, base_url: str, **body: Any) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:
        response = await client.post("/v1/debates", json={"question": QUESTION, **body})
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    workers.debates.append(created["id"])
    return created


async def _start(workers: Workers, base_url: str, **body: Any) -> str:
    debate_id: str = (await _create(workers, base_url, **body))["id"]
    return debate_id


async def _events(base_url: str, debate_id: str, *, after: int = 0, stop_after: int | None = None
                  ) -> list[ServerSentEvent]:
    events: list[ServerSentEvent] = []
    async with httpx.AsyncClient(base_url=base_url, timeout=60) as client, aconnect_sse(
        client, "GET", f"/v1/debates/{debate_id}/events", headers={"Last-Event-ID": str(after)}
    ) as source:
        async for sse in source.aiter_sse():
            if sse.event != "viewers" and sse.data:
                events.append(sse)
                if stop_after is not None and len(events) == stop_after:
                    break
    return events


async def _status(base_url: str, debate_id: str) -> dict[str, Any]:
    async with httpx.AsyncClient(base_url=base_url, timeout=30) as client:
        debate: dict[str, Any] = (await client.get(f"/v1/debates/{debate_id}")).json()
    return debate


async def test_a_client_resumes_on_the_other_worker_and_misses_nothing(workers: Workers) -> None:
    debate_id = await _start(workers, workers.first.base_url, writer="openai")
    before = await _events(workers.first.base_url, debate_id, stop_after=6)
    last_seen = int(before[-1].id)
    assert (await _status(workers.second.base_url, debate_id))["status"] == "running"
    after = await _events(workers.second.base_url, debate_id, after=last_seen)
    whole = await _events(workers.first.base_url, debate_id)
    assert [int(e.id) for e in before + after] == list(range(1, len(whole) + 1))
    assert [e.data for e in before + after] == [e.data for e in whole]
    assert after[-1].event == "debate.completed"


async def test_viewers_on_both_workers_are_counted_together(workers: Workers) -> None:
    debate_id = await _start(workers, workers.first.base_url, writer="openai")
    counts: dict[str, list[int]] = {"first": [], "second": []}

    async def watch(name: str, base_url: str) -> None:
        async with httpx.AsyncClient(base_url=base_url, timeout=60) as client, aconnect_sse(
            client, "GET", f"/v1/debates/{debate_id}/events"
        ) as source:
            async for sse in source.aiter_sse():
                if sse.event == "viewers":
                    counts[name].append(json.loads(sse.data)["count"])

    first = asyncio.create_task(watch("first", workers.first.base_url))
    await asyncio.sleep(0.3)
    second = asyncio.create_task(watch("second", workers.second.base_url))
    await asyncio.wait_for(asyncio.gather(first, second), 60)
    assert 2 in counts["first"] and 2 in counts["second"], counts


async def test_a_cancel_sent_to_one_worker_stops_the_debate_the_other_runs(workers: Workers) -> None:
    created = await _create(workers, workers.first.base_url, writer="openai")
    debate_id = created["id"]
    socket_url = workers.second.base_url.replace("http://", "ws://") + f"/v1/debates/{debate_id}/ws"
    frames: list[dict[str, Any]] = []
    async with connect(socket_url) as ws:
        async for message in ws:
            frames.append(json.loads(message))
            if frames[-1].get("seq") == 2:
                await ws.send(json.dumps({"type": "cancel", "token": created["control_token"]}))
    last = frames[-1]
    assert (last["type"], last["code"]) == ("error", "debate-cancelled")
    debate = await _status(workers.first.base_url, debate_id)
    assert debate["status"] == "cancelled"
    assert debate["events"] < 40  # it stopped well before a full debate's events
