"""The shared event log: Redis Streams, so every worker process can serve and resume every stream.

Per stream four keys share one hash tag: ``{id}:meta`` (a hash), ``{id}:events`` (a Redis Stream whose
entry ids are ``<entry id>-0``), ``{id}:viewers`` (a sorted set of viewer leases scored by expiry) and
``{id}:producer`` (the producer's lease, a key that expires unless renewed). ``index`` (a sorted set of
stream ids by creation time) caps the streams kept at ``max_streams``: past it the oldest are deleted, and a
marker ``evicted:{id}`` (kept for the retention time) makes reading one raise ``StreamEvicted``.
Each process runs one pump per stream it follows: an ``XREAD BLOCK`` loop that caches recent entries and
wakes local readers, so a thousand local readers cost one Redis connection, not a thousand.

A producer that stops writing here (it moved the stream to its own process's memory while Redis was down,
or its process died) must not leave followers elsewhere waiting forever. Guaranteed: once a stream's
producer has renewed its lease (``renew_producer``, which marks the stream ``leased``), a follower of the
unfinished stream gets every entry that reached Redis and then ``ProducerLost``, within
``LOST_POLLS * poll_seconds`` (plus one poll) of the moment its pump first saw the lease lapsed with no new
entry (counting only while Redis answers it); heartbeats go on meanwhile. A lapsed lease is forgiven while
entries still come. Not guaranteed: a producer that goes on after its lease lapsed (it could not reach Redis
for longer than its lease, yet did not move) may have its followers ended early; they can resume. A stream
never leased (written by hand) is never ended this way.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import Any, cast

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from arena.redis_retry import async_retry
from arena.streaming.errors import (
    EntryOutOfOrder,
    EventsExpired,
    LogUnavailable,
    ProducerLost,
    StreamEvicted,
    StreamExists,
    StreamMoved,
    StreamNotFound,
)
from arena.streaming.ports import FollowUpdate, LogEntry, StreamInfo, StreamLimits
from arena.streaming.watch import StreamWatch, follow_entries

# Checks each next id and appends a batch of entries atomically (up to the first out of order), so two producers
# can never interleave or leave a gap. ARGV: the ttl, the ring's length, then (id, event, data, final) per entry.
_APPEND = """
if redis.call('EXISTS', KEYS[1]) == 0 then return {'missing', 0, 0} end
local last = tonumber(redis.call('HGET', KEYS[1], 'last_id') or '0')
local ended = redis.call('HEXISTS', KEYS[1], 'final_id') == 1
local status, refused = 'ok', 0
for i = 3, #ARGV, 4 do
  if ended or tonumber(ARGV[i]) ~= last + 1 then
    status, refused = 'order', (i - 3) / 4
    break
  end
  redis.call('XADD', KEYS[2], 'MAXLEN', ARGV[2], ARGV[i] .. '-0', 'e', ARGV[i + 1], 'd', ARGV[i + 2], 'f', ARGV[i + 3])
  redis.call('HSET', KEYS[1], 'last_id', ARGV[i])
  if ARGV[i + 3] == '1' then
    redis.call('HSET', KEYS[1], 'final_id', ARGV[i])
    ended = true
  end
  last = last + 1
end
if status == 'ok' or refused > 0 then
  for k = 1, 3 do redis.call('EXPIRE', KEYS[k], ARGV[1]) end
end
return {status, last, refused}
"""

# Renews the producer's lease on a stream that exists (never creating a meta hash without its expiry).
_RENEW = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'leased', '1')
redis.call('SET', KEYS[2], '1', 'PX', ARGV[1])
return 1
"""

# Polls a follower waits, after it saw an unfinished stream's producer lease lapsed with no new entry,
# before it gives the stream up (the producer renews every poll; a lease outlives a few missed renewals).
LOST_POLLS = 3


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _entry(raw_id: bytes | str, fields: Mapping[Any, Any]) -> LogEntry:
    values = {_text(k): _text(v) for k, v in fields.items()}
    return LogEntry(id=int(_text(raw_id).split("-", 1)[0]), event=values["e"], data=values["d"],
                    final=values["f"] == "1")


@contextlib.contextmanager
def _redis_errors() -> Iterator[None]:
    try:
        yield
    except (RedisError, OSError) as exc:
        raise LogUnavailable(f"event log in Redis unavailable: {exc}") from exc


class _Pump:
    """This process's live view of one stream, fed by one ``XREAD BLOCK`` loop while anyone here follows."""

    __slots__ = ("cache", "followers", "gone", "last_id", "lost", "lost_since", "moved", "ready", "running",
                 "task", "watch")

    def __init__(self, cache_size: int) -> None:
        self.watch = StreamWatch()
        self.cache: deque[LogEntry] = deque(maxlen=cache_size)
        self.last_id = 0
        self.followers = 0
        self.running = True
        self.moved = False
        self.gone = False  # the stream was deleted (or expired): readers get StreamNotFound
        self.lost = False  # the stream's producer is gone: readers that caught up get ProducerLost
        self.lost_since: float | None = None  # when a poll first saw its lease lapsed, with no entry since
        self.ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.task: asyncio.Task[None] | None = None

    def add(self, entries: list[LogEntry]) -> None:
        self.lost, self.lost_since = False, None
        for entry in entries:
            if entry.id != self.last_id + 1:
                self.cache.clear()  # the cache must stay contiguous; older entries come from Redis
            self.cache.append(entry)
            self.last_id = entry.id
            if entry.final:
                self.watch.final_id = entry.id
        self.watch.signal.notify()

    def cached_after(self, after: int, limit: int) -> list[LogEntry] | None:
        """Entries after ``after`` from the cache; None when the cache does not reach back that far."""
        if after >= self.last_id:
            return []
        if not self.cache or after < self.cache[0].id - 1:
            return None
        start = after - self.cache[0].id + 1
        return [self.cache[i] for i in range(start, min(start + limit, len(self.cache)))]


class RedisEventLog:
    """The :class:`arena.streaming.ports.EventLog` on Redis Streams, shared by every process using ``prefix``.

    ``poll_seconds`` bounds how long a change made by another process (a viewer joining elsewhere, a
    deleted stream) takes to be seen here; new entries arrive at once through ``XREAD BLOCK``.
    """

    def __init__(
        self,
        client: aioredis.Redis,
        *,
        prefix: str = "arena:stream:",
        limits: StreamLimits | None = None,
        cache_size: int = 1024,
        poll_seconds: float = 1.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.limits = limits or StreamLimits()
        self.retention_seconds = self.limits.retention_seconds
        self._client = client
        self._prefix = prefix
        self._cache_size = cache_size
        self._poll_seconds = poll_seconds
        self._clock = clock
        self._append_script = client.register_script(_APPEND)
        self._renew_script = client.register_script(_RENEW)
        self._pumps: dict[str, _Pump] = {}
        self._stopping: set[asyncio.Task[None]] = set()
        self._owns_client = False

    @classmethod
    def from_url(cls, url: str, *, timeout_seconds: float | None = None, **options: Any) -> RedisEventLog:
        """A log on its own client for ``url``, closed with the log. ``timeout_seconds`` bounds connecting and
        each command (a blocking read waits ``poll_seconds`` on top), so a Redis that hangs is an error. A dead
        pooled connection is retried once (:mod:`arena.redis_retry`: appends too, which the append script
        makes safe), so the first command after Redis restarted does not fail."""
        poll = float(options.get("poll_seconds", 1.0))
        client = aioredis.from_url(url, socket_connect_timeout=timeout_seconds,
                                   socket_timeout=None if timeout_seconds is None else timeout_seconds + poll,
                                   retry=async_retry())
        log = cls(client, **options)
        log._owns_client = True
        return log

    async def ping(self) -> None:
        """Raises ``LogUnavailable`` unless Redis answers."""
        with _redis_errors():
            await self._client.ping()

    def moved_away(self, stream_id: str) -> None:
        """The stream goes on in another log: this process's followers of it get ``StreamMoved`` (after the
        entries they already have) and move there."""
        pump = self._pumps.get(stream_id)
        if pump is not None:
            pump.moved = True
            pump.watch.signal.notify()

    def _keys(self, stream_id: str) -> tuple[str, str, str]:
        base = f"{self._prefix}{{{stream_id}}}"
        return f"{base}:meta", f"{base}:events", f"{base}:viewers"

    def _producer_key(self, stream_id: str) -> str:
        return f"{self._prefix}{{{stream_id}}}:producer"

    def _evicted_key(self, stream_id: str) -> str:
        return f"{self._prefix}evicted:{stream_id}"

    @property
    def _ttl(self) -> int:
        return max(1, round(self.retention_seconds))

    async def _missing(self, stream_id: str) -> StreamNotFound:
        """The error for a stream this log does not hold: ``StreamEvicted`` if the cap pushed it out."""
        with _redis_errors():
            evicted = await self._client.exists(self._evicted_key(stream_id))
        return StreamEvicted(stream_id) if evicted else StreamNotFound(stream_id)

    async def _keep_within_cap(self, stream_id: str) -> None:
        """Index the new stream; delete the oldest streams past ``max_streams``, leaving a marker for each."""
        index = f"{self._prefix}index"
        now = self._clock()
        async with self._client.pipeline(transaction=True) as pipe:
            pipe.zadd(index, {stream_id: now})
            pipe.zremrangebyscore(index, "-inf", now - self._ttl)  # gone by themselves: their keys expired
            pipe.expire(index, self._ttl)  # outlives its newest stream by no more than that stream's keys do
            pipe.zcard(index)
            count = int((await pipe.execute())[-1])
        if count <= self.limits.max_streams:
            return
        oldest = cast(list[tuple[bytes, float]], await self._client.zpopmin(index, count - self.limits.max_streams))
        async with self._client.pipeline(transaction=False) as pipe:
            for raw_id, _ in oldest:
                evicted = _text(raw_id)
                pipe.delete(*self._keys(evicted), self._producer_key(evicted))
                pipe.set(self._evicted_key(evicted), "1", ex=self._ttl)
            await pipe.execute()

    async def create(self, stream_id: str, meta: Mapping[str, str]) -> None:
        meta_key, _, _ = self._keys(stream_id)
        with _redis_errors():
            if not await self._client.hsetnx(meta_key, "created", str(self._clock())):
                raise StreamExists(stream_id)
            async with self._client.pipeline(transaction=True) as pipe:
                pipe.hset(meta_key, mapping={"meta": json.dumps(dict(meta)), "last_id": "0"})
                pipe.expire(meta_key, self._ttl)
                await pipe.execute()
            await self._keep_within_cap(stream_id)

    async def append(self, stream_id: str, entry: LogEntry) -> None:
        await self.extend(stream_id, (entry,))

    async def extend(self, stream_id: str, entries: Sequence[LogEntry]) -> None:
        if not entries:
            return
        args: list[str | int] = [self._ttl, self.limits.max_entries]
        for entry in entries:
            args += (entry.id, entry.event, entry.data, "1" if entry.final else "0")
        with _redis_errors():
            status, last, refused = await self._append_script(keys=self._keys(stream_id), args=args)
        if _text(status) == "missing":
            raise await self._missing(stream_id)
        if _text(status) == "order":
            raise EntryOutOfOrder(stream_id, entries[int(refused)].id, int(last) + 1)

    async def read_after(self, stream_id: str, after: int, *, limit: int = 256) -> list[LogEntry]:
        meta_key, events_key, _ = self._keys(stream_id)
        with _redis_errors():
            async with self._client.pipeline(transaction=False) as pipe:
                pipe.xrange(events_key, min=f"{after + 1}-0", count=limit)
                pipe.exists(meta_key)
                raw, exists = await pipe.execute()
        if not exists:
            raise await self._missing(stream_id)
        entries = [_entry(raw_id, fields) for raw_id, fields in raw or []]
        if entries and entries[0].id != after + 1:
            raise EventsExpired(stream_id, after, entries[0].id)
        return entries

    async def follow(self, stream_id: str, *, after: int, idle_timeout: float) -> AsyncGenerator[FollowUpdate, None]:
        async with self._watching(stream_id) as pump:

            async def read_after(sid: str, cursor: int) -> list[LogEntry]:
                if pump.moved:
                    raise StreamMoved(sid)
                if pump.gone:
                    raise StreamNotFound(sid)
                entries = pump.cached_after(cursor, self.limits.read_batch)
                if entries is None:
                    entries = await self.read_after(sid, cursor, limit=self.limits.read_batch)
                if not entries and pump.lost:
                    raise ProducerLost(sid)
                return entries

            async for update in follow_entries(read_after, pump.watch, stream_id, after=after,
                                               idle_timeout=idle_timeout):
                yield update

    async def info(self, stream_id: str) -> StreamInfo:
        meta_key, _, viewers_key = self._keys(stream_id)
        with _redis_errors():
            async with self._client.pipeline(transaction=False) as pipe:
                pipe.hgetall(meta_key)
                pipe.zcount(viewers_key, f"({self._clock()}", "+inf")
                pipe.exists(self._producer_key(stream_id))
                raw_meta, viewers, leased = await pipe.execute()
        if not raw_meta:
            raise await self._missing(stream_id)
        fields = {_text(k): _text(v) for k, v in raw_meta.items()}
        final_id = fields.get("final_id")
        return StreamInfo(
            stream_id=stream_id,
            meta=json.loads(fields.get("meta", "{}")),
            last_id=int(fields.get("last_id", "0")),
            final_id=int(final_id) if final_id is not None else None,
            viewers=int(viewers),
            cancel_requested=fields.get("cancel") == "1",
            producer_lost=fields.get("leased") == "1" and not leased,
        )

    async def join(self, stream_id: str, viewer_id: str, *, ttl_seconds: float) -> int:
        meta_key, _, viewers_key = self._keys(stream_id)
        now = self._clock()
        with _redis_errors():
            if not await self._client.exists(meta_key):
                raise await self._missing(stream_id)
            async with self._client.pipeline(transaction=True) as pipe:
                pipe.zadd(viewers_key, {viewer_id: now + ttl_seconds})
                pipe.zremrangebyscore(viewers_key, "-inf", now)
                pipe.expire(viewers_key, self._ttl)
                pipe.zcard(viewers_key)
                count = int((await pipe.execute())[-1])
        self._publish_viewers(stream_id, count)
        return count

    async def leave(self, stream_id: str, viewer_id: str) -> int:
        _, _, viewers_key = self._keys(stream_id)
        with _redis_errors():
            async with self._client.pipeline(transaction=True) as pipe:
                pipe.zrem(viewers_key, viewer_id)
                pipe.zcount(viewers_key, f"({self._clock()}", "+inf")
                count = int((await pipe.execute())[-1])
        self._publish_viewers(stream_id, count)
        return count

    def _publish_viewers(self, stream_id: str, count: int) -> None:
        pump = self._pumps.get(stream_id)
        if pump is not None:
            pump.watch.set_viewers(count)

    async def request_cancel(self, stream_id: str) -> None:
        meta_key, _, _ = self._keys(stream_id)
        with _redis_errors():
            if not await self._client.exists(meta_key):
                raise await self._missing(stream_id)
            await self._client.hset(meta_key, "cancel", "1")

    async def delete(self, stream_id: str) -> None:
        with _redis_errors():
            deleted = await self._client.delete(*self._keys(stream_id), self._producer_key(stream_id))
        if not deleted:
            raise StreamNotFound(stream_id)
        pump = self._pumps.get(stream_id)
        if pump is not None:
            self._gone(pump)  # followers elsewhere learn it at their pump's next poll

    @staticmethod
    def _gone(pump: _Pump) -> None:
        """Readers caught up on the cache would wait forever: they must read that the stream is gone."""
        pump.gone = True
        pump.watch.signal.notify()

    async def renew_producer(self, stream_id: str, *, ttl_seconds: float) -> None:
        meta_key, _, _ = self._keys(stream_id)
        with _redis_errors():
            renewed = await self._renew_script(keys=(meta_key, self._producer_key(stream_id)),
                                               args=[max(1, round(ttl_seconds * 1000))])
        if not renewed:
            raise await self._missing(stream_id)

    async def close(self) -> None:
        pumps, self._pumps = list(self._pumps.values()), {}
        for pump in pumps:
            pump.running = False
        await asyncio.gather(*(p.task for p in pumps if p.task is not None), *self._stopping,
                             return_exceptions=True)
        if self._owns_client:
            await self._client.aclose()

    @contextlib.asynccontextmanager
    async def _watching(self, stream_id: str) -> AsyncIterator[_Pump]:
        pump = self._pumps.get(stream_id)
        if pump is None:
            pump = self._pumps[stream_id] = _Pump(self._cache_size)
            pump.task = asyncio.create_task(self._pump(stream_id, pump), name=f"event-log-pump:{stream_id}")
        pump.followers += 1
        try:
            await asyncio.shield(pump.ready)
            yield pump
        finally:
            pump.followers -= 1
            if pump.followers == 0 and self._pumps.get(stream_id) is pump:
                del self._pumps[stream_id]
                # Stopped, not cancelled: its blocking read ends within poll_seconds, and a Redis command cut
                # off by cancellation can leave the client waiting on the connection pool.
                pump.running = False
                if pump.task is not None:
                    self._stopping.add(pump.task)
                    pump.task.add_done_callback(self._stopping.discard)

    async def _pump(self, stream_id: str, pump: _Pump) -> None:
        try:
            info = await self.info(stream_id)
        except Exception as exc:
            pump.ready.set_exception(exc)
            if self._pumps.get(stream_id) is pump:
                del self._pumps[stream_id]
            return
        pump.last_id = info.last_id
        pump.watch.final_id = info.final_id
        pump.watch.viewers = info.viewers
        pump.ready.set_result(None)
        _, events_key, _ = self._keys(stream_id)
        block_ms = max(1, round(self._poll_seconds * 1000))
        next_poll = self._clock() + self._poll_seconds
        while pump.running:
            try:
                reply: Any = await self._client.xread({events_key: f"{pump.last_id}-0"}, count=self.limits.read_batch,
                                                 block=block_ms)
                if reply:
                    pump.add([_entry(raw_id, fields) for _, items in reply for raw_id, fields in items])
                if not reply or self._clock() >= next_poll:
                    next_poll = self._clock() + self._poll_seconds
                    await self._poll(stream_id, pump)
            except (RedisError, OSError, LogUnavailable):
                # Readers see the outage when they next read; the pump retries until they give up.
                await asyncio.sleep(self._poll_seconds)

    async def _poll(self, stream_id: str, pump: _Pump) -> None:
        try:
            info = await self.info(stream_id)
        except StreamNotFound:
            self._gone(pump)
            return
        if info.final_id is not None and pump.watch.final_id is None:
            pump.watch.final_id = info.final_id
            pump.watch.signal.notify()
        if info.final_id is None and info.producer_lost and info.last_id <= pump.last_id:
            now = self._clock()
            if pump.lost_since is None:
                pump.lost_since = now
            elif not pump.lost and now - pump.lost_since >= LOST_POLLS * self._poll_seconds:
                pump.lost = True
                pump.watch.signal.notify()
        else:
            pump.lost, pump.lost_since = False, None
        pump.watch.set_viewers(info.viewers)
