"""Event logs for the streaming tests: the in-process log and the Redis log, each on a fresh namespace."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import redis.asyncio as aioredis
from stream_samples import LogFactory

from arena.streaming.adapters.memory_log import MemoryEventLog
from arena.streaming.adapters.redis_log import RedisEventLog
from arena.streaming.ports import EventLog


@pytest.fixture
async def redis_client(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    client = aioredis.from_url(redis_url)
    yield client
    await client.aclose()


@pytest.fixture(params=["memory", pytest.param("redis", marks=[pytest.mark.redis, pytest.mark.integration])])
def log_factory(request: pytest.FixtureRequest) -> LogFactory:
    """Builds logs of one kind; Redis logs built by one factory share a namespace, like worker processes."""
    if request.param == "memory":
        return MemoryEventLog
    client: aioredis.Redis = request.getfixturevalue("redis_client")
    prefix: str = request.getfixturevalue("redis_prefix")

    def redis_log(**options: object) -> EventLog:
        return RedisEventLog(client, prefix=prefix, poll_seconds=0.05, **options)  # type: ignore[arg-type]

    return redis_log


@pytest.fixture
async def event_log(log_factory: LogFactory) -> AsyncIterator[EventLog]:
    log = log_factory()
    yield log
    await log.close()


@pytest.fixture
async def two_workers(
    request: pytest.FixtureRequest, log_factory: LogFactory, redis_url: str
) -> AsyncIterator[tuple[EventLog, EventLog]]:
    """Two logs that see the same streams, as two workers would: one in-process log shared by both, or
    two Redis logs with their own connections."""
    first = log_factory()
    if isinstance(first, MemoryEventLog):
        yield first, first
        await first.close()
        return
    other_client = aioredis.from_url(redis_url)
    second = RedisEventLog(other_client, prefix=request.getfixturevalue("redis_prefix"), poll_seconds=0.05)
    yield first, second
    await first.close()
    await second.close()
    await other_client.aclose()
