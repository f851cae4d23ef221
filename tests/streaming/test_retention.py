"""Streams disappear once their retention time has passed since their last activity."""

from __future__ import annotations

import pytest
import redis.asyncio as aioredis
from stream_samples import FakeClock

from arena.streaming.adapters.memory_log import MemoryEventLog
from arena.streaming.adapters.redis_log import RedisEventLog
from arena.streaming.errors import StreamNotFound
from arena.streaming.ports import LogEntry, StreamLimits


async def test_memory_streams_expire_after_retention_counted_from_last_activity() -> None:
    clock = FakeClock()
    log = MemoryEventLog(limits=StreamLimits(retention_seconds=60), clock=clock)
    await log.create("old", {})
    await log.create("busy", {})
    clock.now += 50
    await log.append("busy", LogEntry(id=1, event="text.delta", data="{}"))
    clock.now += 20
    with pytest.raises(StreamNotFound):
        await log.info("old")
    assert (await log.info("busy")).last_id == 1
    clock.now += 60
    with pytest.raises(StreamNotFound):
        await log.read_after("busy", 0)


async def test_memory_streams_expire_on_time_whichever_was_active_last() -> None:
    clock = FakeClock(now=0)
    log = MemoryEventLog(limits=StreamLimits(retention_seconds=60), clock=clock)
    await log.create("first", {})
    clock.now = 10
    await log.create("second", {})
    clock.now = 55
    await log.append("first", LogEntry(id=1, event="text.delta", data="{}"))  # now due after "second"

    def held_at(now: float) -> list[str]:
        clock.now = now
        return [stream for stream in ("first", "second") if log.has(stream)]

    assert [held_at(65), held_at(75), held_at(115)] == [["first", "second"], ["first"], []]


@pytest.mark.redis
@pytest.mark.integration
async def test_redis_keys_carry_the_retention_time(redis_client: aioredis.Redis, redis_prefix: str) -> None:
    log = RedisEventLog(redis_client, prefix=redis_prefix, limits=StreamLimits(retention_seconds=120))
    await log.create("d1", {"question": "Brady or Manning?"})
    await log.append("d1", LogEntry(id=1, event="text.delta", data="{}"))
    await log.join("d1", "viewer", ttl_seconds=30)
    keys = [key async for key in redis_client.scan_iter(match=redis_prefix + "*")]
    assert len(keys) == 4  # the stream's meta, events and viewers, and the index of streams (for the cap)
    for key in keys:
        assert 0 < await redis_client.ttl(key) <= 120
    await log.close()
