"""Event logs for the streaming tests: the in-process log and the Redis log, each on a fresh namespace."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable

import pytest
import redis.asyncio as aioredis

from arena.debate.events import DebateCompleted, DebateEvent, DebateStarted, TextDelta
from arena.streaming.adapters.memory_log import MemoryEventLog
from arena.streaming.adapters.redis_log import RedisEventLog
from arena.streaming.ports import EventLog, LogEntry


class FakeClock:
    """Time that moves only when a test says so."""

    def __init__(self, now: float = 1_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def redis_client(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    client = aioredis.from_url(redis_url)
    try:
        await client.ping()
    except OSError as exc:
        pytest.fail(f"Redis at {redis_url} is not reachable: {exc}")
    yield client
    await client.aclose()


@pytest.fixture
async def redis_prefix(redis_client: aioredis.Redis) -> AsyncIterator[str]:
    prefix = f"test:stream:{uuid.uuid4().hex}:"
    yield prefix
    keys = [key async for key in redis_client.scan_iter(match=prefix + "*")]
    if keys:
        await redis_client.delete(*keys)


LogFactory = Callable[..., EventLog]


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


DebateEntries = Callable[[str, list[str]], list[LogEntry]]


def _debate_entries(debate_id: str, words: list[str]) -> list[LogEntry]:
    events: list[DebateEvent] = [
        DebateStarted(debate_id=debate_id, seq=1, query="LeBron or Jordan?", writer="template")
    ]
    events += [
        TextDelta(debate_id=debate_id, seq=i, round="opening", speaker="moderator", text=word)
        for i, word in enumerate(words, start=2)
    ]
    events.append(DebateCompleted(debate_id=debate_id, seq=len(events) + 1, timings_ms={}, writer="template",
                                  tokens=len(words)))
    return [
        LogEntry(id=e.seq, event=e.type, data=e.model_dump_json(), final=e.type == "debate.completed")
        for e in events
    ]


@pytest.fixture
def debate_entries() -> DebateEntries:
    """Builds a small, complete debate as log entries: started, one text delta per word, completed."""
    return _debate_entries
