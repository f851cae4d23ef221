"""One named circuit breaker per dependency, configured once from settings.

The state lives in Redis when a Redis URL is given (one state, one set of half-open trials, for every
worker process), else in this process; either way each breaker falls back to per-process state while the
shared store cannot be reached. New dependencies add their name to :data:`DEPENDENCIES`.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from arena.guard import NotConfigured
from arena.resilience.adapters.memory_state import MemoryBreakerState
from arena.resilience.breaker import BreakerListener, CircuitBreaker
from arena.resilience.policy import BreakerConfig
from arena.resilience.ports import BreakerStateStore

# Redis's client is imported only where state is shared through it: it takes a command line a tenth of a second.
if TYPE_CHECKING:
    import redis.asyncio as aioredis

DATABASE = "database"
REDIS = "redis"
LLM = "llm"
STAT_FEED = "stat_feed"
BILLING = "billing"
# Only dependencies Arena talks to: a breaker nothing calls through would show in metrics as always closed.
DEPENDENCIES = (DATABASE, REDIS, LLM, STAT_FEED, BILLING)

BREAKER_PREFIX = "arena:breaker:"
# Reaching the shared state must never hold a call up for long: past this the breaker goes per-process.
_STATE_TIMEOUT_SECONDS = 0.5
# After the shared state failed to answer, breakers use per-process state this long before asking it again.
_STATE_RETRY_SECONDS = 1.0


class Breakers:
    """The breakers by dependency name.

    >>> breakers = Breakers(BreakerConfig(), redis_url=None)
    >>> rows = await breakers[DATABASE].call(read_rows)
    >>> await breakers.aclose()
    """

    def __init__(self, config: BreakerConfig, *, redis_url: str | None,
                 listeners: tuple[BreakerListener, ...] = (), prefix: str = BREAKER_PREFIX) -> None:
        self._redis_url = redis_url
        # An async client's connections belong to the loop that opened them, and breakers are used from
        # more than one loop (the server's, and the one guarding blocking calls): one client per loop.
        self._clients: dict[asyncio.AbstractEventLoop, aioredis.Redis] = {}
        self._clients_lock = threading.Lock()
        store: BreakerStateStore = MemoryBreakerState()
        if redis_url:
            from arena.resilience.adapters.redis_state import RedisBreakerState  # noqa: PLC0415 (see the imports)

            store = RedisBreakerState(self._client, prefix=prefix, retry_seconds=_STATE_RETRY_SECONDS)
        # A call to a dependency that is not configured was never made: it neither fails nor succeeds.
        self._breakers = {name: CircuitBreaker(name, config, store=store, listeners=listeners,
                                               ignore_exceptions=(NotConfigured,))
                          for name in DEPENDENCIES}

    def _client(self) -> aioredis.Redis:
        import redis.asyncio as aioredis  # noqa: PLC0415 (see the imports)

        from arena.redis_retry import async_retry  # noqa: PLC0415

        assert self._redis_url is not None
        loop = asyncio.get_running_loop()
        with self._clients_lock:
            client = self._clients.get(loop)
            if client is None:
                client = self._clients[loop] = aioredis.Redis.from_url(
                    self._redis_url, socket_timeout=_STATE_TIMEOUT_SECONDS,
                    socket_connect_timeout=_STATE_TIMEOUT_SECONDS, retry=async_retry())
            return client

    @property
    def shared(self) -> bool:
        """Whether the breakers are configured to share their state across processes (through Redis)."""
        return self._redis_url is not None

    def __getitem__(self, name: str) -> CircuitBreaker:
        return self._breakers[name]

    def __iter__(self) -> Iterator[CircuitBreaker]:
        return iter(self._breakers.values())

    async def aclose(self) -> None:
        """Close the Redis client of the running loop (each loop that used the breakers closes its own)."""
        with self._clients_lock:
            client = self._clients.pop(asyncio.get_running_loop(), None)
        if client is not None:
            await client.aclose()
