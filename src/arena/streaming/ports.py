"""The event log port: append-only, numbered streams that readers follow live and resume by entry id.

One stream per debate. Entry ids run 1, 2, 3... with no gaps, so a reader that saw entry ``n`` resumes with
``after=n`` and gets every later entry exactly once, in order. A stream ends with its ``final`` entry.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True, slots=True)
class StreamLimits:
    """What an event log keeps: streams live ``retention_seconds`` after their last activity, each keeps its last
    ``max_entries`` entries, at most ``max_streams`` streams (then the least recently active are evicted); a
    follower reads ``read_batch`` entries at a time. ``max_bytes`` bounds the in-process log's memory (Redis
    bounds its own). One value for every adapter, so a log and its fallback keep the same."""

    retention_seconds: float = 3600.0
    max_entries: int = 20_000
    max_streams: int = 10_000
    max_bytes: int = 256 * 1024 * 1024
    read_batch: int = 256


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One event as the log keeps it: its id (the SSE id), its type and its JSON text."""

    id: int
    event: str
    data: str
    final: bool = False


@dataclass(frozen=True, slots=True)
class StreamInfo:
    """Where a stream stands. ``final_id`` is set once its last entry is in; ``meta`` is what ``create`` got.
    ``producer_lost``: its producer once renewed a lease on it (``renew_producer``) and that lease lapsed."""

    stream_id: str
    meta: Mapping[str, str]
    last_id: int
    final_id: int | None
    viewers: int
    cancel_requested: bool
    producer_lost: bool = False

    @property
    def is_complete(self) -> bool:
        return self.final_id is not None


@dataclass(frozen=True, slots=True)
class FollowUpdate:
    """What a follower learns in one step: new entries in order (none on an idle tick) and the viewer count."""

    entries: tuple[LogEntry, ...] = field(default=())
    viewers: int = 0


class EventLog(Protocol):
    """Per-stream append-only logs with viewer counts. Raises :class:`arena.streaming.errors.StreamError`s.

    Entries are kept for ``retention_seconds`` after a stream's last activity, then the stream is gone.
    """

    retention_seconds: float

    async def create(self, stream_id: str, meta: Mapping[str, str]) -> None:
        """Start an empty stream; raises ``StreamExists``."""
        ...

    async def append(self, stream_id: str, entry: LogEntry) -> None:
        """Add the stream's next entry (id = last id + 1, else ``EntryOutOfOrder``); a ``final`` one ends it."""
        ...

    async def extend(self, stream_id: str, entries: Sequence[LogEntry]) -> None:
        """Add the stream's next entries, in order, as ``append`` would one by one: a producer's entries made
        at once (a debate round's) are one call, and their readers wake once for all of them."""
        ...

    async def read_after(self, stream_id: str, after: int, *, limit: int = 256) -> list[LogEntry]:
        """Up to ``limit`` entries with id > ``after``, in order, without waiting.

        Raises ``StreamNotFound``, or ``EventsExpired`` when entries after ``after`` are no longer kept.
        """
        ...

    def follow(self, stream_id: str, *, after: int, idle_timeout: float) -> AsyncGenerator[FollowUpdate, None]:
        """Updates as they happen: new entries (with the viewer count), and after ``idle_timeout`` seconds
        without any an update with no entries (whose count may have changed). Ends after the final entry."""
        ...

    async def info(self, stream_id: str) -> StreamInfo:
        """Raises ``StreamNotFound``."""
        ...

    async def join(self, stream_id: str, viewer_id: str, *, ttl_seconds: float) -> int:
        """Count ``viewer_id`` as watching for ``ttl_seconds`` (join again to extend); returns the count."""
        ...

    async def leave(self, stream_id: str, viewer_id: str) -> int:
        """Stop counting ``viewer_id``; returns the count."""
        ...

    async def request_cancel(self, stream_id: str) -> None:
        """Ask whichever process produces the stream to stop (seen through ``info``)."""
        ...

    async def delete(self, stream_id: str) -> None:
        """Forget the stream and its entries now; its followers end with ``StreamNotFound``, and so does an
        append to it. Raises ``StreamNotFound``."""
        ...

    async def renew_producer(self, stream_id: str, *, ttl_seconds: float) -> None:
        """Say that this process still writes ``stream_id``, for ``ttl_seconds`` more (renew to extend).

        A log shared by processes ends the follow of an unfinished stream whose lease lapsed with
        ``ProducerLost``, once no entry came for a while (see the adapter); a per-process log has nothing to
        do. Raises ``StreamNotFound``."""
        ...

    async def close(self) -> None:
        """Release connections and background tasks."""
        ...
