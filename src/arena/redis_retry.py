"""How every Arena Redis client retries: once, at once (10-50 ms), and only when the connection it took from
its pool turns out to be dead (``ConnectionError``: "Connection closed by server" on the first command after
Redis restarted). Shared like :mod:`arena.errors`, by the event log, the breakers' state and the stat cache.

Never on a timeout: a Redis that hangs must cost one timeout, not two, before the breaker hears of it. A
retried command is one the server never ran (it was sent on a connection the old server had closed), or one
that is safe to run twice: reads, and writes that set, add or compare. The one append that must happen
exactly once, :class:`arena.streaming.adapters.redis_log.RedisEventLog`'s, is a script that refuses an entry
id that is not the next one, so a second run of an append can never add the entry twice.
"""

from __future__ import annotations

import redis.asyncio.retry
import redis.retry
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import ConnectionError as RedisConnectionError

_RETRIES = 1
_BASE_SECONDS = 0.01
_CAP_SECONDS = 0.05


def sync_retry() -> redis.retry.Retry:
    """The ``retry`` for a ``redis.Redis`` client."""
    return redis.retry.Retry(ExponentialWithJitterBackoff(cap=_CAP_SECONDS, base=_BASE_SECONDS), _RETRIES,
                             supported_errors=(RedisConnectionError,))


def async_retry() -> redis.asyncio.retry.Retry:
    """The ``retry`` for a ``redis.asyncio.Redis`` client."""
    return redis.asyncio.retry.Retry(ExponentialWithJitterBackoff(cap=_CAP_SECONDS, base=_BASE_SECONDS),
                                     _RETRIES, supported_errors=(RedisConnectionError,))
