"""The ports through which domains call a dependency that may be down, and the error a refused call raises.

Shared like :mod:`arena.errors`: ``stats``, ``usage``, ``streaming`` and ``llm`` call through them,
``resilience`` implements them (a circuit breaker, with retries where that is safe), ``bootstrap`` connects
them, so no domain imports another to be guarded. There are two ports for one idea because callers come in
two kinds: blocking code (SQLAlchemy reads in worker threads, downloads) cannot await an async breaker, and
async code (the event log, the LLM writers) must not block its loop on one.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Protocol, TypeVar

from arena.errors import ArenaError

T = TypeVar("T")


class CallRefused(ArenaError, code="call-refused"):
    """A guard refused a call without making it: the dependency is known to be down. The resilience layer's
    :class:`arena.resilience.errors.CircuitOpen` is one; domains catch this base, never the breaker's."""


class NotConfigured(Exception):
    """Mixed into a domain's error for a call not made because its dependency is not configured (no server set,
    no package installed): no guard counts it against the dependency, since nothing failed and a call asking
    again will not either. It comes first among the bases, as :class:`arena.errors.WithSuggestions` does."""


class CallGuard(Protocol):
    """Runs one blocking call to a dependency on the caller's behalf (through a circuit breaker, retried
    when that is safe). Raises what ``fn`` raises, or :class:`CallRefused` when it refuses the call without
    making it (the dependency is known to be down)."""

    def call(self, fn: Callable[[], T]) -> T:
        ...


class AsyncGuard(Protocol):
    """Guards async calls to a dependency (:class:`arena.resilience.breaker.CircuitBreaker` is one).

    >>> async with guard.guard():      # CallRefused while the dependency is known to be down
    ...     await client.ping()        # how the block ends is judged: an exception counts against it
    """

    def guard(self) -> AbstractAsyncContextManager[None]:
        """Admit one call or raise :class:`CallRefused`; account for how the block ended."""
        ...

    async def is_refusing(self) -> bool:
        """Whether a call would be refused now (without taking a permit)."""
        ...
