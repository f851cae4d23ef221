"""One viewer on one stream, whatever the transport: entries, viewer counts and heartbeats, in order.

The viewer holds a lease in the log for as long as it reads, renewed at every heartbeat, so a viewer whose
process dies stops counting once the lease lapses.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections.abc import AsyncGenerator
from dataclasses import dataclass

from arena.streaming.errors import StreamError
from arena.streaming.ports import EventLog, LogEntry

# A lease outlives a few missed heartbeats, so a slow renewal never makes a viewer flicker out.
LEASE_HEARTBEATS = 3


@dataclass(frozen=True, slots=True)
class ViewerCount:
    """How many viewers the stream has now (sent first, then whenever it changes)."""

    count: int

    def to_json(self) -> str:
        return json.dumps({"type": "viewers", "count": self.count})


@dataclass(frozen=True, slots=True)
class Heartbeat:
    """Nothing happened for one heartbeat interval: transports send a keep-alive."""


LiveItem = LogEntry | ViewerCount | Heartbeat
# What one step of a reader brings: a viewer count and/or entries, or a heartbeat. Transports send a batch
# in one write where they can, which is what keeps a replay of hundreds of events cheap.
LiveBatch = tuple[LiveItem, ...]


async def read_live(
    log: EventLog, stream_id: str, *, after: int, heartbeat_seconds: float, viewer_id: str | None = None
) -> AsyncGenerator[LiveBatch, None]:
    """Every entry after ``after`` until the final one, in batches, as a counted viewer of the stream.

    Raises ``StreamNotFound`` (before anything is yielded), ``EventsExpired`` and ``LogUnavailable``.
    """
    viewer = viewer_id or uuid.uuid4().hex
    lease = heartbeat_seconds * LEASE_HEARTBEATS
    await log.join(stream_id, viewer, ttl_seconds=lease)
    try:
        viewers_sent: int | None = None
        async with contextlib.aclosing(log.follow(stream_id, after=after, idle_timeout=heartbeat_seconds)) as updates:
            async for update in updates:
                idle_tick = not update.entries and viewers_sent is not None
                if idle_tick:
                    await log.join(stream_id, viewer, ttl_seconds=lease)
                batch: LiveBatch = update.entries
                if update.viewers != viewers_sent:
                    viewers_sent = update.viewers
                    batch = (ViewerCount(update.viewers), *batch)
                elif idle_tick:
                    batch = (Heartbeat(),)
                if batch:
                    yield batch
    finally:
        await _leave(log, stream_id, viewer)


async def _leave(log: EventLog, stream_id: str, viewer: str) -> None:
    # Leaving must finish even when the reader is being cancelled (its client went away), so it runs as
    # its own task; if the log is unreachable the lease simply lapses.
    task = asyncio.ensure_future(log.leave(stream_id, viewer))
    task.add_done_callback(_consume_error)
    with contextlib.suppress(StreamError):
        await asyncio.shield(task)


def _consume_error(task: asyncio.Task[int]) -> None:
    if not task.cancelled():
        task.exception()
