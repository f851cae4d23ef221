"""A :class:`arena.stats.ports.StatCache` in Redis (redis-py), shared by every Arena process.

Every redis error becomes :class:`arena.stats.errors.StoreUnavailable`, so callers (the cached store, a
circuit breaker) handle one Arena error and never a redis exception.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import redis

from arena.redis_retry import sync_retry
from arena.stats.errors import StoreUnavailable


class RedisStatCache:
    """Entries live under ``prefix`` with a time-to-live; hit and miss counters are this process's own.

    >>> cache = RedisStatCache.from_url("redis://127.0.0.1:6379/0", prefix="arena:stats:")
    """

    def __init__(self, client: redis.Redis, *, prefix: str = "arena:stats:",
                 ttl_seconds: int | None = 24 * 3600) -> None:
        self._client = client
        self._prefix = prefix
        self._ttl = ttl_seconds
        self._lock = threading.Lock()
        self._hits = self._misses = self._errors = 0

    @classmethod
    def from_url(cls, url: str, *, prefix: str = "arena:stats:", ttl_seconds: int | None = 24 * 3600,
                 timeout_seconds: float = 0.5) -> RedisStatCache:
        """A cache on a new client for ``url``; nothing connects until the first command.

        Timeouts are short: a cache that is slow to answer is worth less than going straight to the store. A
        dead pooled connection is retried once (:mod:`arena.redis_retry`), a timeout never.
        """
        client = redis.Redis.from_url(url, socket_timeout=timeout_seconds,
                                      socket_connect_timeout=timeout_seconds, retry=sync_retry())
        return cls(client, prefix=prefix, ttl_seconds=ttl_seconds)

    def get(self, key: str) -> str | None:
        with self._errors_translated("read"):
            raw = self._client.get(self._prefix + key)
        with self._lock:
            if raw is None:
                self._misses += 1
                return None
            self._hits += 1
        return raw.decode("utf-8") if isinstance(raw, bytes) else str(raw)

    def set(self, key: str, value: str) -> None:
        with self._errors_translated("write"):
            self._client.set(self._prefix + key, value.encode("utf-8"), ex=self._ttl)

    def clear(self) -> None:
        """Delete every entry under this cache's prefix (and nothing else)."""
        with self._errors_translated("clear"):
            batch: list[bytes | str] = []
            for name in self._client.scan_iter(match=self._pattern(), count=1000):
                batch.append(name)
                if len(batch) == 1000:
                    self._client.delete(*batch)
                    batch.clear()
            if batch:
                self._client.delete(*batch)

    def counters(self) -> dict[str, int]:
        """This process's ``hits``, ``misses`` and ``errors``; ``size`` (entries under the prefix) and
        ``available`` = 1 when Redis answers, only ``available`` = 0 when it does not (never raises)."""
        try:
            with self._errors_translated("count"):
                size = sum(1 for _ in self._client.scan_iter(match=self._pattern(), count=1000))
            figures = {"size": size, "available": 1}
        except StoreUnavailable:
            figures = {"available": 0}
        with self._lock:
            return {"hits": self._hits, "misses": self._misses, "errors": self._errors, **figures}

    def close(self) -> None:
        self._client.close()

    def _pattern(self) -> str:
        # Escape glob characters so a prefix like "arena[1]:" matches only itself.
        return "".join(f"\\{ch}" if ch in "*?[]\\" else ch for ch in self._prefix) + "*"

    @contextmanager
    def _errors_translated(self, action: str) -> Iterator[None]:
        try:
            yield
        except redis.RedisError as exc:
            with self._lock:
                self._errors += 1
            raise StoreUnavailable(f"stat cache (redis) unavailable for {action}: {exc}") from exc
