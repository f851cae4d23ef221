"""Breaker state in Redis, shared by every worker process: optimistic WATCH/MULTI transactions.

Once Redis failed to answer, it is not asked again for ``retry_seconds``, and then by one call at a time:
every breaker of every dependency keeps its state here, so without that pause each guarded call (a
database read, a cache read, an event append) would wait for a hung Redis twice, taking a permit and
reporting its outcome, a client timeout each time, for as long as Redis hangs. Measured with a paused
redis-server: one second per guarded call, whatever the dependency, and no breaker could spare it. During
the pause the breakers carry on with per-process state at once (:class:`arena.resilience.breaker.CircuitBreaker`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import redis.asyncio as aioredis
from redis.exceptions import RedisError, WatchError

from arena.resilience.errors import BreakerStateUnavailable
from arena.resilience.policy import Snapshot
from arena.resilience.ports import dump_snapshot, load_snapshot

R = TypeVar("R")

_MAX_ATTEMPTS = 20


class RedisBreakerState:
    """Each breaker is one JSON key; an update retries while another process changed it meanwhile.

    ``client`` is a client, or a function giving the client for the running loop (an async client must not
    be shared by loops). Its timeouts bound each call; ``retry_seconds`` is how long after a failure calls
    are refused (``BreakerStateUnavailable``) without asking Redis."""

    def __init__(self, client: aioredis.Redis | Callable[[], aioredis.Redis], *, prefix: str = "arena:breaker:",
                 ttl_seconds: int = 86400, retry_seconds: float = 1.0,
                 clock: Callable[[], float] = time.monotonic):
        self._client = client
        self._prefix = prefix
        self._ttl = ttl_seconds
        self._retry = retry_seconds
        self._clock = clock
        # A thread lock: the state is shared by the loops using the breakers, and never held across an await.
        self._lock = threading.Lock()
        self._down_until: float | None = None  # Redis failed: not asked again before then
        self._probing = False  # one call asks a Redis that failed whether it answers again

    def _redis(self) -> aioredis.Redis:
        return self._client if isinstance(self._client, aioredis.Redis) else self._client()

    async def _on_redis(self, call: Callable[[aioredis.Redis], Awaitable[R]]) -> R:
        with self._lock:
            down_until = self._down_until
            probe = down_until is not None
            if down_until is not None:
                if self._probing or self._clock() < down_until:
                    raise BreakerStateUnavailable("breaker state in Redis unavailable: it failed a moment ago")
                self._probing = True
        try:
            result = await call(self._redis())
        except (RedisError, OSError) as exc:
            with self._lock:
                self._down_until = self._clock() + self._retry
                self._probing = self._probing and not probe
            raise BreakerStateUnavailable(f"breaker state in Redis unavailable: {exc}") from exc
        except BaseException:
            if probe:
                with self._lock:
                    self._probing = False
            raise
        with self._lock:
            self._down_until = None
            self._probing = self._probing and not probe
        return result

    async def update(self, name: str, change: Callable[[Snapshot], tuple[Snapshot, R]]) -> R:
        key = self._prefix + name

        async def transaction(client: aioredis.Redis) -> R:
            async with client.pipeline(transaction=True) as pipe:
                for _ in range(_MAX_ATTEMPTS):
                    try:
                        await pipe.watch(key)
                        current = load_snapshot(await pipe.get(key))
                        snap, result = change(current)
                        pipe.multi()  # type: ignore[no-untyped-call]
                        pipe.set(key, dump_snapshot(snap), ex=self._ttl)
                        await pipe.execute()
                        return result
                    except WatchError:
                        continue
            raise BreakerStateUnavailable(f"breaker {name}: too much contention updating its state")

        return await self._on_redis(transaction)

    async def read(self, name: str) -> Snapshot:
        async def get(client: aioredis.Redis) -> Snapshot:
            return load_snapshot(await client.get(self._prefix + name))

        return await self._on_redis(get)
