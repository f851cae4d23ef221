"""An in-process LRU :class:`arena.stats.ports.StatCache`: the embedded default, and the tests' cache."""

from __future__ import annotations

import threading
from collections import OrderedDict


class MemoryStatCache:
    """Keeps the ``max_entries`` most recently used entries; safe to share between threads.

    >>> cache = MemoryStatCache(max_entries=2)
    >>> cache.set("a", "1"); cache.get("a"), cache.get("b")
    ('1', None)
    """

    def __init__(self, max_entries: int = 50_000) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self._max_entries = max_entries
        self._entries: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()
        self._hits = self._misses = self._evictions = 0

    def get(self, key: str) -> str | None:
        with self._lock:
            value = self._entries.get(key)
            if value is None:
                self._misses += 1
                return None
            self._entries.move_to_end(key)
            self._hits += 1
            return value

    def set(self, key: str, value: str) -> None:
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self._max_entries:
                self._entries.popitem(last=False)
                self._evictions += 1

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def counters(self) -> dict[str, int]:
        with self._lock:
            return {"hits": self._hits, "misses": self._misses, "size": len(self._entries),
                    "max_size": self._max_entries, "evictions": self._evictions}
