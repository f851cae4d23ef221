"""Runs producers into the event log while someone watches, and stops them when nobody does.

A stream's producer keeps going while at least one viewer holds a lease on it, or for ``grace_seconds``
after the last one left (or after it started, if nobody came); then it is cancelled, its stream gets a
final entry saying why, and its task and generator are released. Viewers may be in any process sharing
the log, so the runner watches the log's counts rather than its own connections. At every check it also
renews its producer lease on each stream (``EventLog.renew_producer``, for ``producer_lease_seconds``), so
followers in other processes of a shared log learn when this process stopped writing a stream there.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncGenerator, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from arena.errors import ArenaError
from arena.streaming.errors import StreamNotFound
from arena.streaming.ports import EventLog, LogEntry
from arena.telemetry import get_logger

StopReason = Literal["cancelled", "abandoned", "shutdown", "failed"]

# Builds a stream's final entry when its producer is stopped: (next id, reason, detail) -> entry.
StopEntry = Callable[[int, StopReason, str], LogEntry]
# What a producer yields: the entries it made at once, in order, appended in one call (``EventLog.extend``).
Producer = AsyncGenerator[Sequence[LogEntry], None]

_STOP_DETAIL: dict[StopReason, str] = {
    "cancelled": "cancelled at a client's request",
    "abandoned": "stopped: no client was listening",
    "shutdown": "stopped: the server is shutting down",
    "failed": "stopped by an internal error",
}

_log = get_logger(__name__)


@dataclass(eq=False)
class _Run:
    stream_id: str
    producer: Producer
    stop_entry: StopEntry
    idle_since: float | None
    stop_reason: StopReason | None = None
    awaiting_producer: bool = False  # the only time a stop may cancel the task (see StreamRunner._produce)
    cancelled_by_stop: bool = False
    task: asyncio.Task[None] | None = field(default=None, repr=False)


class StreamRunner:
    """Owns the producer tasks of this process. ``poll_seconds`` is how often viewer counts are checked;
    ``producer_lease_seconds`` how long a renewed producer lease lasts. The lease is its own length, not a
    number of checks: it must outlive a few missed renewals and the stalls of a loaded machine (a collection,
    a starved thread), however often the checks come, or followers elsewhere end a stream that is still
    being written."""

    def __init__(
        self,
        log: EventLog,
        *,
        grace_seconds: float = 30.0,
        poll_seconds: float = 1.0,
        producer_lease_seconds: float = 3.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._log = log
        self._grace = grace_seconds
        self._poll = poll_seconds
        self._producer_lease = producer_lease_seconds
        self._clock = clock
        self._runs: dict[str, _Run] = {}
        self._watchdog: asyncio.Task[None] | None = None

    @property
    def running(self) -> int:
        return len(self._runs)

    def is_running(self, stream_id: str) -> bool:
        return stream_id in self._runs

    @property
    def stream_ids(self) -> list[str]:
        """The streams this process produces now, oldest first."""
        return list(self._runs)

    async def start(
        self,
        stream_id: str,
        meta: Mapping[str, str],
        producer: Producer,
        stop_entry: StopEntry,
    ) -> None:
        """Create the stream and run ``producer`` (batches of entries) into it; raises ``StreamExists``."""
        await self._log.create(stream_id, meta)
        await self._renew(stream_id)
        run = _Run(stream_id, producer, stop_entry, idle_since=self._clock())
        self._runs[stream_id] = run
        run.task = asyncio.create_task(self._drive(run), name=f"stream-producer:{stream_id}")
        if self._watchdog is None or self._watchdog.done():
            self._watchdog = asyncio.create_task(self._watch(), name="stream-runner-watchdog")

    async def cancel(self, stream_id: str) -> None:
        """Stop the stream's producer, here or (through the log) in whichever process runs it."""
        run = self._runs.get(stream_id)
        if run is not None:
            self._stop(run, "cancelled")
        else:
            await self._log.request_cancel(stream_id)

    async def discard(self, stream_id: str) -> None:
        """Delete the stream; its producer, here or in another process, stops at its next append or check."""
        run = self._runs.get(stream_id)
        if run is not None:
            self._stop(run, "cancelled")
        await self._log.delete(stream_id)

    async def aclose(self) -> None:
        """Stop every producer (their streams end with a ``shutdown`` entry) and the watchdog."""
        runs = list(self._runs.values())
        for run in runs:
            self._stop(run, "shutdown")
        await asyncio.gather(*(run.task for run in runs if run.task is not None), return_exceptions=True)
        if self._watchdog is not None:
            self._watchdog.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._watchdog

    def _stop(self, run: _Run, reason: StopReason) -> None:
        if run.stop_reason is None:
            run.stop_reason = reason
            if run.awaiting_producer and run.task is not None:
                run.cancelled_by_stop = True
                run.task.cancel()

    async def _drive(self, run: _Run) -> None:
        try:
            reason, detail = await self._produce(run)
        except StreamNotFound:
            # Deleted while it ran (``discard``, from any process): there is no stream left to end.
            reason, detail = None, ""
        except asyncio.CancelledError:
            # Cancelled from outside (the loop is closing): ours to swallow, as the stream must still end.
            reason = run.stop_reason or "shutdown"
            detail = _STOP_DETAIL[reason]
        except Exception as exc:
            # Whatever broke, the stream must still end, or its readers would wait for it until it expires.
            _log.exception("stream producer failed", stream_id=run.stream_id)
            reason, detail = "failed", f"{_STOP_DETAIL['failed']} ({type(exc).__name__})"
        try:
            if reason is not None:
                await self._finish(run, reason, detail)
        finally:
            self._runs.pop(run.stream_id, None)

    async def _produce(self, run: _Run) -> tuple[StopReason | None, str]:
        """Append the producer's batches until its final entry or a stop; the reason for a final entry of our
        own, or None.

        The producer runs in this task, not one task per step: batches it makes without waiting on anything
        (a template debate's, after its store reads) are appended in one turn of the loop, so each reader
        wakes once for all of them and sends them in one write; each batch is one append to the log (one
        command for Redis). Only the wait for the producer's next batch is ever cancelled (by ``_stop``), never
        an append: a command cut off halfway could leave the log (or its client's connection) in a state
        nobody knows.
        """
        async with contextlib.aclosing(run.producer) as producer:
            while run.stop_reason is None:
                run.awaiting_producer = True
                try:
                    batch = await anext(producer)
                except StopAsyncIteration:
                    return "failed", "the producer ended without a final event"
                except asyncio.CancelledError:
                    if not run.cancelled_by_stop:
                        raise
                    _uncancel_stop(run)
                    break
                finally:
                    run.awaiting_producer = False
                if run.cancelled_by_stop:  # the producer swallowed the stop's cancel and made an entry anyway
                    _uncancel_stop(run)
                if not batch:
                    continue
                await self._log.extend(run.stream_id, batch)
                if batch[-1].final:
                    return None, ""
        assert run.stop_reason is not None
        return run.stop_reason, _STOP_DETAIL[run.stop_reason]

    async def _finish(self, run: _Run, reason: StopReason, detail: str) -> None:
        try:
            last_id = (await self._log.info(run.stream_id)).last_id
            await self._log.append(run.stream_id, run.stop_entry(last_id + 1, reason, detail))
        except StreamNotFound:
            return  # deleted meanwhile: nobody can read it any more
        except Exception:
            # Nothing more can be done for this stream; its readers see it end when its retention passes.
            _log.exception("could not end stream", stream_id=run.stream_id, reason=reason)

    async def _watch(self) -> None:
        while self._runs:
            await asyncio.sleep(self._poll)
            for run in list(self._runs.values()):
                await self._check(run)

    async def _renew(self, stream_id: str) -> None:
        try:
            await self._log.renew_producer(stream_id, ttl_seconds=self._producer_lease)
        except StreamNotFound:
            return  # deleted: the check that follows stops its producer
        except ArenaError:  # the log is unreachable (or its breaker open): followers elsewhere may give up
            _log.warning("cannot renew a stream's producer lease", stream_id=stream_id, exc_info=True)

    async def _check(self, run: _Run) -> None:
        await self._renew(run.stream_id)
        try:
            info = await self._log.info(run.stream_id)
        except StreamNotFound:
            self._stop(run, "cancelled")  # deleted from another process
            return
        except ArenaError:
            _log.warning("cannot check a stream's viewers", stream_id=run.stream_id, exc_info=True)
            return
        now = self._clock()
        if info.cancel_requested:
            self._stop(run, "cancelled")
        elif info.viewers > 0:
            run.idle_since = None
        elif run.idle_since is None:
            run.idle_since = now
        elif now - run.idle_since >= self._grace:
            self._stop(run, "abandoned")


def _uncancel_stop(run: _Run) -> None:
    """Take back the cancel ``_stop`` sent, so the task goes on to end its stream."""
    run.cancelled_by_stop = False
    task = asyncio.current_task()
    assert task is not None
    task.uncancel()
