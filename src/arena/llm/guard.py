"""What every LLM round goes through before it reaches a server: a bulkhead and the ``llm`` circuit breaker.

The bulkhead caps the rounds written at once in this process, so a slow server ties up a bounded number of
debates; the breaker judges each round's start (its first token, within the first-token deadline), so a
server that is down, erroring or hanging is left alone for a while and debates fall back at once.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from arena.llm.errors import WriterBusy, WriterCircuitOpen
from arena.resilience.breaker import CircuitBreaker
from arena.resilience.errors import CircuitOpen
from arena.resilience.policy import State

_REFUSING = (State.OPEN, State.FORCED_OPEN)


class WriterGuard:
    """``max_concurrent`` LLM rounds at once (None: no limit), started through ``breaker`` (None: none).

    >>> guard = WriterGuard(breakers["llm"], max_concurrent=8)
    >>> async with guard.slot("openai", deadline):     # WriterBusy, or WriterCircuitOpen while it is open
    ...     async with guard.starting("openai"):       # WriterCircuitOpen; the block's outcome is judged
    ...         first = await anext(chunks)
    """

    def __init__(self, breaker: CircuitBreaker | None = None, *, max_concurrent: int | None = None) -> None:
        if max_concurrent is not None and max_concurrent < 1:
            raise ValueError("max_concurrent must be >= 1")
        self._breaker = breaker
        self._max = max_concurrent
        # A semaphore belongs to the loop it first waits on; the engine may serve several loops in turn.
        self._slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary())

    @asynccontextmanager
    async def slot(self, writer: str, deadline: float) -> AsyncIterator[None]:
        """Hold one of the slots for the block; wait for one until ``deadline`` (loop time) at most."""
        if self._max is None:
            yield
            return
        loop = asyncio.get_running_loop()
        slots = self._slots.get(loop)
        if slots is None:
            slots = self._slots[loop] = asyncio.Semaphore(self._max)
        if slots.locked() and self._breaker is not None and await self._breaker.state() in _REFUSING:
            # Every slot is taken and the breaker refuses anyway: no point waiting for a slot.
            raise WriterCircuitOpen(f"the {writer} writer is not called: llm is unavailable (circuit open)")
        try:
            async with asyncio.timeout_at(deadline):
                await slots.acquire()
        except TimeoutError as exc:
            raise WriterBusy(f"all {self._max} LLM slots stayed busy until the first-token deadline") from exc
        try:
            yield
        finally:
            slots.release()

    @asynccontextmanager
    async def starting(self, writer: str) -> AsyncIterator[None]:
        """Admit a round's start through the breaker, which counts how the block ends."""
        if self._breaker is None:
            yield
            return
        try:
            async with self._breaker.guard():
                yield
        except CircuitOpen as exc:
            raise WriterCircuitOpen(f"the {writer} writer is not called: {exc}") from exc
