"""Breaker state in this process's memory: the embedded default, and the fallback when Redis is down."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from arena.resilience.policy import Snapshot

R = TypeVar("R")


class MemoryBreakerState:
    def __init__(self) -> None:
        self._snapshots: dict[str, Snapshot] = {}
        # A thread lock, not an asyncio one: ``change`` is pure and quick, and breakers may be shared by
        # threads (sync store calls run in worker threads).
        self._lock = threading.Lock()

    async def update(self, name: str, change: Callable[[Snapshot], tuple[Snapshot, R]]) -> R:
        with self._lock:
            snap, result = change(self._snapshots.get(name, Snapshot()))
            self._snapshots[name] = snap
            return result

    async def read(self, name: str) -> Snapshot:
        with self._lock:
            return self._snapshots.get(name, Snapshot())
