"""The in-process event log (the default): one bounded ring of entries per stream, in this process only, and
a bounded number of streams and bytes in all (the least recently active stream is evicted first)."""

from __future__ import annotations

import math
import time
from collections import OrderedDict, deque
from collections.abc import AsyncGenerator, Callable, Mapping, Sequence

from arena.streaming.errors import EntryOutOfOrder, EventsExpired, StreamEvicted, StreamExists, StreamNotFound
from arena.streaming.ports import FollowUpdate, LogEntry, StreamInfo, StreamLimits
from arena.streaming.watch import StreamWatch, follow_entries

_PRUNE_INTERVAL = 1.0
# Evicted stream ids remembered, so a reader of one is told it was evicted rather than that it never was.
_EVICTED_REMEMBERED = 10_000


def entry_size(entry: LogEntry) -> int:
    """The bytes an entry counts against a log's cap: its event type and JSON, UTF-8 encoded."""
    return _utf8_length(entry.event) + _utf8_length(entry.data)


def _utf8_length(text: str) -> int:
    # Nearly every event is ASCII JSON: counted without encoding a copy of it on every append.
    return len(text) if text.isascii() else len(text.encode())


class _Stream:
    __slots__ = ("cancel_requested", "entries", "expires_at", "meta", "next_prune", "size", "viewers", "watch")

    def __init__(self, meta: Mapping[str, str], max_entries: int, expires_at: float) -> None:
        self.meta = dict(meta)
        self.entries: deque[LogEntry] = deque(maxlen=max_entries)
        self.viewers: dict[str, float] = {}  # viewer id -> when its lease ends
        self.watch = StreamWatch()
        self.cancel_requested = False
        self.expires_at = expires_at
        self.next_prune = 0.0
        self.size = 0  # bytes of the entries held (``entry_size``)

    @property
    def last_id(self) -> int:
        return self.entries[-1].id if self.entries else 0

    def count_viewers(self, now: float) -> int:
        # Leases only lapse when a reader vanished without leaving, so sweep at most once a second.
        if now >= self.next_prune:
            self.next_prune = now + _PRUNE_INTERVAL
            for viewer in [v for v, until in self.viewers.items() if until <= now]:
                del self.viewers[viewer]
        return len(self.viewers)


class MemoryEventLog:
    """Keeps (its :class:`StreamLimits`) each stream's last ``max_entries`` entries for ``retention_seconds``
    after its last activity, and at most ``max_streams`` streams holding ``max_bytes`` (``entry_size``) in all:
    past either, the least recently active streams are evicted (never the one just written), and reading one
    raises ``StreamEvicted``.

    Readers in this process only: run one worker, or use the Redis log to share streams between workers.
    """

    def __init__(self, *, limits: StreamLimits | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits or StreamLimits()
        self.retention_seconds = self.limits.retention_seconds
        self._clock = clock
        # Ordered by last activity, so expired streams (and the ones to evict) are found at the front.
        self._streams: OrderedDict[str, _Stream] = OrderedDict()
        # No stream expires before this (the front one's expiry, or sooner): every append would otherwise look.
        self._next_expiry = math.inf
        self._bytes = 0
        self._evicted: OrderedDict[str, None] = OrderedDict()

    @property
    def bytes_held(self) -> int:
        """The bytes of every entry held now (``entry_size``)."""
        return self._bytes

    def _drop(self, stream_id: str) -> _Stream:
        stream = self._streams.pop(stream_id)
        self._bytes -= stream.size
        return stream

    def _expire(self, now: float) -> None:
        if now < self._next_expiry:
            return
        while self._streams:
            stream_id, stream = next(iter(self._streams.items()))
            if stream.expires_at > now:
                self._next_expiry = stream.expires_at
                return
            self._drop(stream_id)
        self._next_expiry = math.inf

    def _evict(self, keep: str) -> None:
        """Drop the least recently active streams, ``keep`` aside, until the log is within its caps."""
        while len(self._streams) > self.limits.max_streams or self._bytes > self.limits.max_bytes:
            oldest = next(iter(self._streams))
            if oldest == keep:
                if len(self._streams) == 1:
                    return  # one stream over the byte cap: its own ring (``max_entries``) bounds it
                self._streams.move_to_end(keep)
                continue
            evicted = self._drop(oldest)
            self._evicted[oldest] = None
            if len(self._evicted) > _EVICTED_REMEMBERED:
                self._evicted.popitem(last=False)
            evicted.watch.signal.notify()  # its followers read again, and learn it is gone

    def _get(self, stream_id: str, now: float | None = None) -> _Stream:
        self._expire(self._clock() if now is None else now)
        stream = self._streams.get(stream_id)
        if stream is None:
            raise StreamEvicted(stream_id) if stream_id in self._evicted else StreamNotFound(stream_id)
        return stream

    def _touch(self, stream_id: str, stream: _Stream, now: float) -> None:
        stream.expires_at = now + self.retention_seconds
        self._next_expiry = min(self._next_expiry, stream.expires_at)
        self._streams.move_to_end(stream_id)

    def has(self, stream_id: str) -> bool:
        """Whether the log holds ``stream_id`` now."""
        self._expire(self._clock())
        return stream_id in self._streams

    async def create(self, stream_id: str, meta: Mapping[str, str]) -> None:
        now = self._clock()
        self._expire(now)
        if stream_id in self._streams:
            raise StreamExists(stream_id)
        self._streams[stream_id] = _Stream(meta, self.limits.max_entries, now + self.retention_seconds)
        self._next_expiry = min(self._next_expiry, now + self.retention_seconds)
        self._evicted.pop(stream_id, None)
        self._evict(keep=stream_id)

    async def append(self, stream_id: str, entry: LogEntry) -> None:
        await self.extend(stream_id, (entry,))

    async def extend(self, stream_id: str, entries: Sequence[LogEntry]) -> None:
        # Every event of every debate passes here: one clock read serves the expiry and the touch, the caps are
        # only walked when one is passed, and the stream's readers are woken once for the whole batch.
        if not entries:
            return
        now = self._clock()
        stream = self._get(stream_id, now)
        held = stream.entries
        appended, size = 0, 0
        out_of_order: EntryOutOfOrder | None = None
        for entry in entries:
            expected = held[-1].id + 1 if held else 1
            if entry.id != expected or stream.watch.final_id is not None:
                out_of_order = EntryOutOfOrder(stream_id, entry.id, expected)
                break
            size += entry_size(entry)
            if len(held) == held.maxlen:  # the ring drops its oldest entry
                size -= entry_size(held[0])
            held.append(entry)
            appended += 1
            if entry.final:
                stream.watch.final_id = entry.id
        if appended:
            stream.size += size
            self._bytes += size
            self._touch(stream_id, stream, now)
            if self._bytes > self.limits.max_bytes:  # a new stream is the other way past a cap: ``create`` checks
                self._evict(keep=stream_id)
            stream.watch.signal.notify()
        if out_of_order is not None:
            raise out_of_order

    async def read_after(self, stream_id: str, after: int, *, limit: int = 256) -> list[LogEntry]:
        stream = self._get(stream_id)
        entries = stream.entries
        if not entries or after >= entries[-1].id:
            return []
        first_id = entries[0].id
        if after < first_id - 1:
            raise EventsExpired(stream_id, after, first_id)
        start = max(after - first_id + 1, 0)
        return [entries[i] for i in range(start, min(start + limit, len(entries)))]

    def follow(self, stream_id: str, *, after: int, idle_timeout: float) -> AsyncGenerator[FollowUpdate, None]:
        stream = self._get(stream_id)

        async def read_after(sid: str, cursor: int) -> list[LogEntry]:
            return await self.read_after(sid, cursor, limit=self.limits.read_batch)

        # Handed back as is, not re-yielded: every generator layer is memory each idle reader keeps.
        return follow_entries(read_after, stream.watch, stream_id, after=after, idle_timeout=idle_timeout)

    async def info(self, stream_id: str) -> StreamInfo:
        stream = self._get(stream_id)
        return StreamInfo(
            stream_id=stream_id,
            meta=dict(stream.meta),
            last_id=stream.last_id,
            final_id=stream.watch.final_id,
            viewers=stream.count_viewers(self._clock()),
            cancel_requested=stream.cancel_requested,
        )

    async def join(self, stream_id: str, viewer_id: str, *, ttl_seconds: float) -> int:
        now = self._clock()
        stream = self._get(stream_id, now)
        stream.viewers[viewer_id] = now + ttl_seconds
        self._touch(stream_id, stream, now)
        return self._publish_viewers(stream, now)

    async def leave(self, stream_id: str, viewer_id: str) -> int:
        stream = self._streams.get(stream_id)
        if stream is None:
            return 0
        stream.viewers.pop(viewer_id, None)
        return self._publish_viewers(stream, self._clock())

    @staticmethod
    def _publish_viewers(stream: _Stream, now: float) -> int:
        count = stream.count_viewers(now)
        stream.watch.set_viewers(count)
        return count

    async def request_cancel(self, stream_id: str) -> None:
        self._get(stream_id).cancel_requested = True

    async def delete(self, stream_id: str) -> None:
        stream = self._get(stream_id)
        del self._streams[stream_id]
        stream.watch.signal.notify()  # its followers read again, and learn it is gone

    async def renew_producer(self, stream_id: str, *, ttl_seconds: float) -> None:
        """Only this process reads these streams, and its runner always ends them: nothing to renew."""
        self._get(stream_id)

    async def close(self) -> None:
        self._streams.clear()
        self._bytes = 0
