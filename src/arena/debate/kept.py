"""What a debate worked out from the stat store, kept for the debates after it until the store's data changes."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

from arena.stats import StatStore

T = TypeVar("T")
_ABSENT = object()


class KeptReads:
    """The ``capacity`` most recently used results of work over ``store``, each keyed by the store's data
    version as well as by what was asked, so an import is never answered from what was worked out before it.
    Kept results are shared: they must be immutable, or copied by whoever hands them out.

    >>> kept = KeptReads(store)
    >>> kept.get(("career", player_id), lambda: store.career(player_id))  # worked out; asked again, kept
    """

    def __init__(self, store: StatStore, *, capacity: int) -> None:
        self._store = store
        self._capacity = capacity
        self._kept: OrderedDict[tuple[Hashable, ...], Any] = OrderedDict()
        self._lock = threading.Lock()  # debates are argued on worker threads

    def get(self, what: tuple[Hashable, ...], work: Callable[[], T]) -> T:
        """The kept result of ``work`` for ``what``, worked out now if none is kept."""
        key = (self._store.data_version(), *what)
        with self._lock:
            kept = self._kept.get(key, _ABSENT)
            if kept is not _ABSENT:
                self._kept.move_to_end(key)
                return cast(T, kept)
        value = work()  # outside the lock: two threads asking the same at once only work it out twice
        with self._lock:
            self._kept[key] = value
            if len(self._kept) > self._capacity:
                self._kept.popitem(last=False)
        return value
