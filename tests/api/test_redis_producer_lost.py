"""A debate whose producer moved it to its own memory while Redis hung: a reader that resumes it on another
app instance, once Redis is back, gets every event that reached Redis and then a clear ``producer-lost``
error, never a silent wait. Two app instances share our own redis-server, hung (SIGSTOP) and resumed."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from httpx_sse import aconnect_sse

from api_servers import ServerThread, SlowChatServer, api_settings
from arena.api.app import create_app
from dependency_servers import RedisProcess

pytestmark = [pytest.mark.redis, pytest.mark.integration, pytest.mark.slow]

QUESTION = "Who's better, LeBron or Jordan?"
POLLS = 300


@pytest.fixture(scope="module")
def instances(own_redis: RedisProcess, loaded_sqlite_url: str, slow_llm: SlowChatServer,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerThread, ServerThread]]:
    threads = []
    for n in (1, 2):
        settings = api_settings(loaded_sqlite_url, tmp_path_factory.mktemp(f"instance-{n}"), slow_llm.base_url,
                                redis_url=own_redis.url, redis_timeout_seconds=0.5, breaker_minimum_calls=2,
                                breaker_window_size=4, breaker_wait_seconds=0.5, stream_poll_seconds=0.1,
                                stream_producer_lease_seconds=0.3, stream_heartbeat_seconds=0.2,
                                breaker_slow_call_seconds=60.0,  # a loaded machine's slow read is no outage here
                                health_probe_timeout_seconds=0.5)
        threads.append(ServerThread(create_app(settings=settings)).start())
    yield threads[0], threads[1]
    for thread in threads:
        thread.stop()


@pytest.fixture
async def clients(instances: tuple[ServerThread, ServerThread]
                  ) -> AsyncIterator[tuple[httpx.AsyncClient, httpx.AsyncClient]]:
    async with httpx.AsyncClient(base_url=instances[0].base_url, timeout=60) as first, httpx.AsyncClient(
            base_url=instances[1].base_url, timeout=60) as second:
        yield first, second


async def _read(client: httpx.AsyncClient, debate_id: str, *, after: int, stop_after: int | None = None
                ) -> tuple[int, list[tuple[int, str, dict[str, Any]]]]:
    """(status, events with data) of one GET .../events; heartbeats and viewer counts left out."""
    events: list[tuple[int, str, dict[str, Any]]] = []
    async with aconnect_sse(client, "GET", f"/v1/debates/{debate_id}/events",
                            headers={"Last-Event-ID": str(after)}) as source:
        if source.response.status_code != 200:
            return source.response.status_code, []
        async for sse in source.aiter_sse():
            if sse.data and sse.event != "viewers":
                events.append((int(sse.id) if sse.id else 0, sse.event, json.loads(sse.data)))
                if stop_after is not None and len(events) == stop_after:
                    break
    return 200, events


async def test_a_reader_elsewhere_of_a_debate_moved_to_memory_ends_with_producer_lost(
    clients: tuple[httpx.AsyncClient, httpx.AsyncClient], own_redis: RedisProcess
) -> None:
    first, second = clients
    created = await first.post("/v1/debates", json={"question": QUESTION, "writer": "openai"})
    assert created.status_code == 201, created.text
    debate_id = created.json()["id"]
    _, seen = await _read(first, debate_id, after=0, stop_after=3)
    await asyncio.to_thread(own_redis.pause)  # hung: the producer's next append times out and moves
    try:
        for _ in range(POLLS):
            status = (await first.get(f"/v1/debates/{debate_id}")).json()
            if status.get("events", 0) > seen[-1][0] + 2:  # it goes on, in the first instance's memory
                break
            await asyncio.sleep(0.1)
    finally:
        await asyncio.to_thread(own_redis.resume)

    # Resumed on the other instance once Redis answers (503 while the shared breaker is still open).
    for _ in range(POLLS):
        status, resumed = await _read(second, debate_id, after=seen[-1][0])
        if status == 200:
            break
        assert status == 503
        await asyncio.sleep(0.1)
    assert status == 200
    ids = [event_id for event_id, _, _ in seen + resumed[:-1]]
    assert ids == list(range(1, len(ids) + 1)), "events lost, repeated or reordered before the error"
    event, data = resumed[-1][1], resumed[-1][2]
    assert (event, data["code"], data["problem"]["status"]) == ("error", "producer-lost", 503)

    # The producer's own instance still serves the whole stream from its memory, to its end (completed, or
    # abandoned: viewers in other instances are not counted while it lives there).
    _, whole = await _read(first, debate_id, after=0)
    assert [e for e, _, _ in whole] == list(range(1, len(whole) + 1))
    assert len(whole) > len(ids) and whole[-1][1] in ("debate.completed", "error")
