"""The event log for Redis that keeps streams flowing while Redis is down: Redis through its circuit
breaker, and this process's memory when Redis cannot be reached.

What it guarantees, and what it does not:

- A stream created while Redis is down (or its breaker open) lives in this process's memory from start to
  end, even if Redis comes back meanwhile; streams created once Redis answers again go to Redis.
- A stream produced in this process whose next append fails on Redis moves to memory with every entry it
  already had (the log keeps each running stream's entries here until its final one is in Redis) and goes
  on there: its ids continue, and readers in this process that were following it on Redis switch to memory
  after the last entry they got, so they receive every entry exactly once, in order.
- A reader here of a stream produced here never fails for Redis alone: renewing its viewer lease while
  Redis is unreachable, before the stream's next entry moves it, is skipped.
- A call about a stream that fails on Redis because the stream moved to memory while the call was out (its
  producer's append failed meanwhile) is answered from memory, where the stream now is.
- Lost while a stream lives in memory: reading or resuming it from another process, viewers counted in
  other processes, and a cancel asked from another process. Readers elsewhere get every entry that reached
  Redis, then ``ProducerLost`` once the producer's lease on the Redis copy lapsed (see
  :mod:`arena.streaming.adapters.redis_log`): never a silent wait.
- Streams produced by other processes are read from Redis only: while Redis is down they are unavailable
  here (``LogUnavailable``, or the breaker's ``CallRefused`` while it refuses calls).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from arena.guard import AsyncGuard, CallRefused
from arena.streaming.adapters.memory_log import MemoryEventLog
from arena.streaming.adapters.redis_log import RedisEventLog
from arena.streaming.errors import LogUnavailable, StreamError, StreamMoved
from arena.streaming.ports import FollowUpdate, LogEntry, StreamInfo
from arena.telemetry import Metrics, get_logger

T = TypeVar("T")

# The feature /healthz and /readyz name while streams are kept in this process.
FALLBACK_FEATURE = "event log: per-process fallback (resume across processes)"

_log = get_logger(__name__)


@dataclass(slots=True)
class _Produced:
    """A stream this process creates on Redis and appends to: its meta and entries until its final one."""

    meta: Mapping[str, str]
    entries: list[LogEntry] = field(default_factory=list)


class FallbackEventLog:
    """The :class:`arena.streaming.ports.EventLog` over ``primary`` (Redis) guarded by ``breaker``, falling
    back to ``fallback`` (this process's memory) as the module docstring says.

    >>> log = FallbackEventLog(RedisEventLog.from_url(url), MemoryEventLog(), breakers["redis"])
    """

    def __init__(self, primary: RedisEventLog, fallback: MemoryEventLog, breaker: AsyncGuard, *,
                 metrics: Metrics | None = None) -> None:
        self.retention_seconds = primary.retention_seconds
        self._primary = primary
        self._fallback = fallback
        self._breaker = breaker
        self._metrics = metrics
        self._produced: dict[str, _Produced] = {}
        self.is_falling_back = False  # the last call to Redis failed or was refused

    async def _on_primary(self, call: Callable[[], Awaitable[T]]) -> T:
        """``call`` through the breaker: only an unreachable Redis counts against it; a stream error is an
        answer from Redis and is raised as it is."""
        answer: StreamError
        async with self._breaker.guard():
            try:
                result = await call()
            except LogUnavailable:
                self._fell_back()
                raise
            except StreamError as exc:
                answer = exc
            else:
                self.is_falling_back = False
                return result
        self.is_falling_back = False
        raise answer

    async def _on_stream(self, stream_id: str, primary: Callable[[], Awaitable[T]],
                         fallback: Callable[[], Awaitable[T]]) -> T:
        """A call about ``stream_id``: ``fallback`` if the stream lives in memory, else ``primary`` through the
        breaker, and ``fallback`` after all if the stream moved to memory while that call was out."""
        if self._fallback.has(stream_id):
            return await fallback()
        try:
            return await self._on_primary(primary)
        except (LogUnavailable, CallRefused):
            if self._fallback.has(stream_id):
                return await fallback()
            raise

    def _fell_back(self) -> None:
        if not self.is_falling_back:
            _log.warning("event log falls back to this process's memory", dependency="redis")
        self.is_falling_back = True

    def _count(self, stream_id: str, why: str) -> None:
        _log.warning("stream kept in this process's memory", stream_id=stream_id, reason=why)
        if self._metrics is not None:
            self._metrics.fallbacks.labels("redis", "memory-event-log").inc()

    async def create(self, stream_id: str, meta: Mapping[str, str]) -> None:
        try:
            await self._on_primary(lambda: self._primary.create(stream_id, meta))
        except (LogUnavailable, CallRefused) as exc:
            self.is_falling_back = True
            await self._fallback.create(stream_id, meta)
            self._count(stream_id, f"created while Redis is unavailable: {exc}")
            return
        self._produced[stream_id] = _Produced(meta)

    async def append(self, stream_id: str, entry: LogEntry) -> None:
        await self.extend(stream_id, (entry,))

    async def extend(self, stream_id: str, entries: Sequence[LogEntry]) -> None:
        if not entries:
            return
        produced = self._produced.get(stream_id)
        if produced is None:  # in memory already, or produced elsewhere on Redis
            if self._fallback.has(stream_id):
                await self._fallback.extend(stream_id, entries)
            else:
                await self._on_primary(lambda: self._primary.extend(stream_id, entries))
            return
        try:
            await self._on_primary(lambda: self._primary.extend(stream_id, entries))
        except (LogUnavailable, CallRefused) as exc:
            await self._move(stream_id, produced, f"Redis failed mid-stream: {exc}")
            await self._fallback.extend(stream_id, entries)
        else:
            produced.entries.extend(entries)
        if entries[-1].final:
            self._produced.pop(stream_id, None)

    async def _move(self, stream_id: str, produced: _Produced, why: str) -> None:
        """Carry on with ``stream_id`` in memory, with every entry it had, and send its readers here there."""
        self.is_falling_back = True
        del self._produced[stream_id]
        await self._fallback.create(stream_id, produced.meta)
        await self._fallback.extend(stream_id, produced.entries)
        self._primary.moved_away(stream_id)
        self._count(stream_id, why)

    async def read_after(self, stream_id: str, after: int, *, limit: int = 256) -> list[LogEntry]:
        return await self._on_stream(stream_id, lambda: self._primary.read_after(stream_id, after, limit=limit),
                                     lambda: self._fallback.read_after(stream_id, after, limit=limit))

    async def follow(self, stream_id: str, *, after: int,
                     idle_timeout: float) -> AsyncGenerator[FollowUpdate, None]:
        cursor = after
        if not self._fallback.has(stream_id):
            try:
                async with contextlib.aclosing(self._primary.follow(stream_id, after=cursor,
                                                                    idle_timeout=idle_timeout)) as updates:
                    async for update in updates:
                        if update.entries:
                            cursor = update.entries[-1].id
                        yield update
                return
            except StreamMoved:
                pass  # produced here and moved to memory: go on after the last entry this reader got
            except LogUnavailable:
                if not self._fallback.has(stream_id):
                    raise
                # A read that failed on Redis as the stream moved to memory: go on there all the same.
        async with contextlib.aclosing(self._fallback.follow(stream_id, after=cursor,
                                                             idle_timeout=idle_timeout)) as updates:
            async for update in updates:
                yield update

    async def info(self, stream_id: str) -> StreamInfo:
        return await self._on_stream(stream_id, lambda: self._primary.info(stream_id),
                                     lambda: self._fallback.info(stream_id))

    async def join(self, stream_id: str, viewer_id: str, *, ttl_seconds: float) -> int:
        return await self._count_viewers(stream_id,
                                         lambda: self._primary.join(stream_id, viewer_id, ttl_seconds=ttl_seconds),
                                         lambda: self._fallback.join(stream_id, viewer_id, ttl_seconds=ttl_seconds))

    async def leave(self, stream_id: str, viewer_id: str) -> int:
        return await self._count_viewers(stream_id, lambda: self._primary.leave(stream_id, viewer_id),
                                         lambda: self._fallback.leave(stream_id, viewer_id))

    async def _count_viewers(self, stream_id: str, primary: Callable[[], Awaitable[int]],
                             fallback: Callable[[], Awaitable[int]]) -> int:
        """A viewer lease taken or given back (``_on_stream``). For a stream produced here, an unreachable
        Redis must not end its readers (a lease is bookkeeping, not the stream): its next entry moves it to
        memory, where they read on; until then nobody can count its viewers, here or elsewhere, so the count
        is 0."""
        try:
            return await self._on_stream(stream_id, primary, fallback)
        except (LogUnavailable, CallRefused):
            if stream_id not in self._produced:
                raise
            return 0

    async def request_cancel(self, stream_id: str) -> None:
        await self._on_stream(stream_id, lambda: self._primary.request_cancel(stream_id),
                              lambda: self._fallback.request_cancel(stream_id))

    async def delete(self, stream_id: str) -> None:
        self._produced.pop(stream_id, None)
        await self._on_stream(stream_id, lambda: self._primary.delete(stream_id),
                              lambda: self._fallback.delete(stream_id))

    async def renew_producer(self, stream_id: str, *, ttl_seconds: float) -> None:
        await self._on_stream(stream_id, lambda: self._primary.renew_producer(stream_id, ttl_seconds=ttl_seconds),
                              lambda: self._fallback.renew_producer(stream_id, ttl_seconds=ttl_seconds))

    async def ping(self) -> None:
        """Raises ``LogUnavailable`` unless Redis, where streams belong, answers (not through the breaker: a
        health probe asks whether Redis answers now, whatever the breaker last concluded)."""
        await self._primary.ping()

    async def degraded_features(self) -> list[str]:
        """What is lost now: nothing once Redis answers again (it is asked while the log falls back)."""
        if self.is_falling_back:
            with contextlib.suppress(LogUnavailable, CallRefused):
                await self._on_primary(self._primary.ping)
        return [FALLBACK_FEATURE] if self.is_falling_back else []

    async def close(self) -> None:
        self._produced.clear()
        await self._primary.close()
        await self._fallback.close()
