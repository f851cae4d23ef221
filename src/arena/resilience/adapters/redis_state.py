"""Breaker state in Redis, shared by every worker process: optimistic WATCH/MULTI transactions."""

from __future__ import annotations

from collections.abc import Callable
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
    be shared by loops)."""

    def __init__(self, client: aioredis.Redis | Callable[[], aioredis.Redis], *, prefix: str = "arena:breaker:",
                 ttl_seconds: int = 86400):
        self._client = client
        self._prefix = prefix
        self._ttl = ttl_seconds

    def _redis(self) -> aioredis.Redis:
        return self._client if isinstance(self._client, aioredis.Redis) else self._client()

    async def update(self, name: str, change: Callable[[Snapshot], tuple[Snapshot, R]]) -> R:
        key = self._prefix + name
        try:
            async with self._redis().pipeline(transaction=True) as pipe:
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
        except (RedisError, OSError) as exc:
            raise BreakerStateUnavailable(f"breaker state in Redis unavailable: {exc}") from exc
        raise BreakerStateUnavailable(f"breaker {name}: too much contention updating its state")

    async def read(self, name: str) -> Snapshot:
        try:
            return load_snapshot(await self._redis().get(self._prefix + name))
        except (RedisError, OSError) as exc:
            raise BreakerStateUnavailable(f"breaker state in Redis unavailable: {exc}") from exc
