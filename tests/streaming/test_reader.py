"""A live reader: counted as a viewer while it reads, heartbeats when idle, and it always leaves."""

from __future__ import annotations

import asyncio
import contextlib

from stream_samples import debate_entries

from arena.streaming.ports import EventLog
from arena.streaming.reader import Heartbeat, LiveBatch, ViewerCount, read_live


async def test_a_reader_gets_the_count_first_then_entries_and_leaves_at_the_end(
    event_log: EventLog,
) -> None:
    entries = debate_entries("d1", ["Wayne", "Gretzky"])
    await event_log.create("d1", {})
    for entry in entries:
        await event_log.append("d1", entry)
    batches = [batch async for batch in read_live(event_log, "d1", after=0, heartbeat_seconds=5)]
    assert batches == [(ViewerCount(1), *entries)]
    await asyncio.sleep(0.01)  # leaving runs as its own task so that cancellation cannot skip it
    assert (await event_log.info("d1")).viewers == 0


async def test_an_idle_reader_heartbeats_and_counts_other_viewers(event_log: EventLog) -> None:
    await event_log.create("d2", {})
    batches: list[LiveBatch] = []
    async with contextlib.aclosing(read_live(event_log, "d2", after=0, heartbeat_seconds=0.05)) as live:
        async for batch in live:
            batches.append(batch)
            if batch == (Heartbeat(),) and len(batches) == 2:
                await event_log.join("d2", "spectator", ttl_seconds=30)
            if len(batches) == 4:
                break
    # A new count reaches an idle reader at its next tick, in place of that tick's heartbeat.
    assert batches == [(ViewerCount(1),), (Heartbeat(),), (ViewerCount(2),), (Heartbeat(),)]
    await asyncio.sleep(0.01)
    assert (await event_log.info("d2")).viewers == 1


async def test_a_cancelled_reader_stops_counting(event_log: EventLog) -> None:
    await event_log.create("d3", {})
    started = asyncio.Event()

    async def read() -> None:
        async for _ in read_live(event_log, "d3", after=0, heartbeat_seconds=5):
            started.set()

    reader = asyncio.create_task(read())
    await started.wait()
    assert (await event_log.info("d3")).viewers == 1
    reader.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await reader
    await asyncio.sleep(0.05)
    assert (await event_log.info("d3")).viewers == 0
