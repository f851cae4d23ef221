"""The port through which domains make blocking calls to a dependency that may be down.

Shared like :mod:`arena.errors`: ``stats`` and ``usage`` call through it, ``resilience`` implements it
(:class:`arena.resilience.sync_guard.SyncGuard`, a circuit breaker with retries), ``bootstrap`` connects
them, so no domain imports another to be guarded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

T = TypeVar("T")


class CallGuard(Protocol):
    """Runs one blocking call to a dependency on the caller's behalf (through a circuit breaker, retried
    when that is safe). Raises what ``fn`` raises, or an :class:`arena.errors.ArenaError` of its own when
    it refuses the call without making it (the dependency is known to be down)."""

    def call(self, fn: Callable[[], T]) -> T:
        ...
