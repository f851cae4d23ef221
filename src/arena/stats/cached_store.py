"""A read-through cache in front of any :class:`arena.stats.ports.StatStore`.

Keys start with the store's data version, so an import (which changes the version) invalidates every
entry at once. Values are the results' JSON (pydantic). A failing cache never fails a read: the store
answers instead, and the failure is counted.

In front of that cache, each process keeps the most recently read results already decoded: reading a
result back from its JSON was a tenth of a debate's time, and a debate asks the same few dozen reads again
and again. Results are frozen models, so a decoded one is shared; a list is handed out as a copy.
"""

from __future__ import annotations

import functools
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, ParamSpec, TypeVar, cast, get_type_hints

from pydantic import TypeAdapter, ValidationError

from arena.errors import ArenaError
from arena.stats.ports import CacheListener, CacheLookup, StatCache, StatStore
from arena.stats.store_decorator import StatStoreDecorator

P = ParamSpec("P")
T = TypeVar("T")

# Always asked of the store: the bulk reads, the import status, and the version every key starts with.
_UNCACHED = frozenset({"data_version", "iter_players", "iter_profiles", "iter_roster", "iter_honours",
                       "iter_top_seasons", "status"})

# Decoded results kept per process: a few debates' worth of reads (a head-to-head makes about ninety).
DECODED_ENTRIES = 4096


_ABSENT = object()


def _handed_out(value: Any) -> Any:
    """A shared decoded result as a caller gets it: a list is copied, so no caller can change another's."""
    return list(value) if isinstance(value, list) else value


@functools.cache
def _result_adapter(method: str) -> TypeAdapter[Any]:
    """How a cached read's result is written and read back: the return type the port declares for it."""
    return TypeAdapter(get_type_hints(getattr(StatStore, method))["return"])


class CachedStatStore(StatStoreDecorator):
    """A :class:`StatStore` that answers repeated reads from ``cache``.

    Bulk reads (``iter_players``, ``iter_profiles``...), ``status`` and ``data_version`` always go to the
    store. Errors the store raises (``PlayerNotFound``...) are not cached. Each of ``listeners`` is told
    every lookup's result (hit, miss, error), for metrics. The last ``decoded_entries`` results read are
    kept decoded in this process (0: every read asks ``cache``).

    >>> stats = CachedStatStore(SqlStatStore(engine), MemoryStatCache())
    >>> stats.career("nba:jordami01")  # the store answers; the same call again is a cache hit
    """

    def __init__(self, store: StatStore, cache: StatCache, *, listeners: Sequence[CacheListener] = (),
                 decoded_entries: int = DECODED_ENTRIES) -> None:
        super().__init__(store)
        self._cache = cache
        self._listeners = tuple(listeners)
        self._lock = threading.Lock()
        self._cache_errors = 0
        self._decoded: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._decoded_entries = decoded_entries
        self._decoded_hits = 0

    @property
    def cache(self) -> StatCache:
        return self._cache

    def counters(self) -> dict[str, int]:
        """The cache's counters plus ``cache_errors`` (reads the store answered because the cache failed or
        held an entry this release cannot read) and ``decoded_hits`` (reads answered in process, decoded)."""
        with self._lock:
            errors, decoded_hits = self._cache_errors, self._decoded_hits
        return {**self._cache.counters(), "cache_errors": errors, "decoded_hits": decoded_hits}

    def _call(self, method: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        name = method.__name__
        if name in _UNCACHED:
            return method(*args, **kwargs)
        version = self._store.data_version()
        # The read's arguments as they are (every port argument is a plain hashable value): writing the shared
        # cache's JSON key for every read cost more than the in-process lookup it keys.
        decoded_key = (version, name, args, tuple(kwargs.items()))
        with self._lock:
            decoded = self._decoded.get(decoded_key, _ABSENT)
            if decoded is not _ABSENT:
                self._decoded.move_to_end(decoded_key)
                self._decoded_hits += 1
        if decoded is not _ABSENT:
            self._notify("hit")
            return cast(T, _handed_out(decoded))
        key = f"{version}:{name}:{json.dumps([args, kwargs], separators=(',', ':'))}"
        adapter: TypeAdapter[T] = _result_adapter(name)
        value = self._read(key, adapter, lambda: method(*args, **kwargs))
        with self._lock:
            self._decoded[decoded_key] = value
            if len(self._decoded) > self._decoded_entries:
                self._decoded.popitem(last=False)
        return cast(T, _handed_out(value))

    def _read(self, key: str, adapter: TypeAdapter[T], compute: Callable[[], T]) -> T:
        try:
            text = self._cache.get(key)
        except ArenaError:  # down, or skipped while its breaker is open
            self._count_error()
            self._notify("unavailable")
            return compute()
        if text is not None:
            try:
                value = adapter.validate_json(text)
            except ValidationError:  # written by another release of Arena: recompute and overwrite
                self._count_error()
                self._notify("error")
            else:
                self._notify("hit")
                return value
        else:
            self._notify("miss")
        value = compute()
        try:
            self._cache.set(key, adapter.dump_json(value).decode("utf-8"))
        except ArenaError:
            self._count_error()
        return value

    def _count_error(self) -> None:
        with self._lock:
            self._cache_errors += 1

    def _notify(self, result: CacheLookup) -> None:
        for listener in self._listeners:
            listener.on_lookup(result)
