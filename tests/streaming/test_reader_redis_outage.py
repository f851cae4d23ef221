"""A reader of a stream produced in this process, on the Redis log with its memory fallback, while Redis
dies: renewing its viewer lease at an idle heartbeat fails before the producer's next append moves the
stream to memory. The reader must wait that out and then read on from memory, every entry once, to the
end; a viewer lease is bookkeeping, not the stream. And a renewal still out on Redis when the stream moves
is taken in memory, where the stream now is. Against our own redis-server, stopped or frozen by the test."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest

from arena.resilience.policy import BreakerConfig, State
from arena.resilience.registry import REDIS, Breakers
from arena.streaming.adapters.fallback_log import FallbackEventLog
from arena.streaming.adapters.memory_log import MemoryEventLog
from arena.streaming.adapters.redis_log import RedisEventLog
from arena.streaming.ports import LogEntry
from arena.streaming.reader import Heartbeat, read_live
from dependency_servers import RedisProcess

pytestmark = [pytest.mark.redis, pytest.mark.integration]

HEARTBEAT = 0.05


def _entry(entry_id: int, *, final: bool = False) -> LogEntry:
    return LogEntry(id=entry_id, event="step", data=str(entry_id), final=final)


@dataclass
class _Outage:
    server: RedisProcess
    breakers: Breakers
    log: FallbackEventLog


@pytest.fixture
async def outage() -> AsyncIterator[_Outage]:
    """The fallback log over our own redis-server (stopped or frozen by the test) with stream "s" created
    on it; breakers that open after two failed calls."""
    server = RedisProcess().start()
    breakers = Breakers(BreakerConfig(minimum_calls=2, window_size=4), redis_url=None)
    log = FallbackEventLog(RedisEventLog.from_url(server.url, timeout_seconds=0.5, poll_seconds=HEARTBEAT),
                           MemoryEventLog(), breakers[REDIS])
    await log.create("s", {})
    try:
        yield _Outage(server, breakers, log)
    finally:
        await log.close()
        await breakers.aclose()
        server.stop()


async def test_a_reader_outlives_a_failed_lease_renewal_and_reads_on_from_memory(outage: _Outage) -> None:
    log = outage.log
    for entry_id in (1, 2, 3):
        await log.append("s", _entry(entry_id))
    got: list[int] = []
    heartbeats_after_stop = 0
    stopped = asyncio.Event()

    async def read() -> None:
        nonlocal heartbeats_after_stop
        async with contextlib.aclosing(read_live(log, "s", after=0, heartbeat_seconds=HEARTBEAT)) as live:
            async for batch in live:
                got.extend(item.id for item in batch if isinstance(item, LogEntry))
                if stopped.is_set() and any(isinstance(item, Heartbeat) for item in batch):
                    heartbeats_after_stop += 1

    reader = asyncio.create_task(read())
    while len(got) < 3:
        await asyncio.sleep(0.01)
    await asyncio.to_thread(outage.server.stop)
    stopped.set()
    while heartbeats_after_stop < 3 and not reader.done():  # idle ticks with Redis gone, lease renewals failing
        await asyncio.sleep(0.02)
    assert not reader.done(), reader.exception()
    await log.append("s", _entry(4))  # Redis fails: the stream moves to memory
    await log.append("s", _entry(5, final=True))
    await asyncio.wait_for(reader, timeout=30)
    assert got == [1, 2, 3, 4, 5]


async def test_a_lease_renewal_out_on_redis_when_the_stream_moves_is_taken_in_memory(outage: _Outage) -> None:
    log = outage.log
    await log.append("s", _entry(1))
    outage.server.pause()
    try:
        renewal = asyncio.create_task(log.join("s", "viewer", ttl_seconds=5))
        for _ in range(200):  # loop turns, not time: the renewal is admitted and waits on the frozen Redis
            await asyncio.sleep(0)
        assert not renewal.done()
        await outage.breakers[REDIS].force(State.FORCED_OPEN)
        await log.append("s", _entry(2))  # refused by the breaker: the stream moves to memory meanwhile
        assert await renewal == 1  # failed on Redis, taken where the stream's readers read now
        assert [entry.id for entry in await log.read_after("s", 0)] == [1, 2]
    finally:
        outage.server.resume()
