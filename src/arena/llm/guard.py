"""What every LLM round goes through before it reaches a server: a bulkhead and the ``llm`` circuit breaker,
applied by :class:`GuardedWriter`, a :class:`arena.llm.ports.Writer` over the real one built in ``bootstrap``.

The bulkhead caps the rounds written at once in this process, so a slow server ties up a bounded number of
debates; the breaker judges each round's start (its first token, within the first-token deadline), so a
server that is down, erroring or hanging is left alone for a while and debates fall back at once.
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import AsyncGenerator, AsyncIterator
from contextlib import asynccontextmanager

from arena.guard import AsyncGuard, CallRefused
from arena.llm.errors import WriterBusy, WriterCircuitOpen, first_token_missed
from arena.llm.ports import RoundBrief, Writer
from arena.llm.streams import next_by
from arena.llm.usage import CountsTokens, TokenTally


async def first_chunk(iterator: AsyncIterator[str], writer: str, *, deadline: float | None,
                      timeout_s: float) -> str | None:
    """A round's first chunk by loop time ``deadline`` (None: unbounded), or None when the round is empty;
    missing the deadline raises :func:`first_token_missed`, naming the ``timeout_s`` it stands for."""
    try:
        return await next_by(iterator, deadline)
    except TimeoutError as exc:
        raise first_token_missed(writer, timeout_s) from exc


class Bulkhead:
    """At most ``max_concurrent`` LLM rounds at once in this process, shared by every guarded writer."""

    def __init__(self, max_concurrent: int) -> None:
        if max_concurrent < 1:
            raise ValueError("max_concurrent must be >= 1")
        self.max_concurrent = max_concurrent
        # A semaphore belongs to the loop it first waits on; the writers may serve several loops in turn.
        self._slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
            weakref.WeakKeyDictionary())

    def slots(self) -> asyncio.Semaphore:
        """The running loop's slots."""
        loop = asyncio.get_running_loop()
        slots = self._slots.get(loop)
        if slots is None:
            slots = self._slots[loop] = asyncio.Semaphore(self.max_concurrent)
        return slots


class GuardedWriter:
    """``writer`` behind ``bulkhead`` (None: no limit) and ``breaker`` (None: none), its first chunk due
    within ``first_token_timeout_s`` of the round's start, bulkhead wait included.

    >>> writer = GuardedWriter(OpenAIWriter(...), breaker=breakers["llm"], bulkhead=Bulkhead(8),
    ...                        first_token_timeout_s=3.0)

    Before the first chunk it raises :class:`WriterBusy` (no slot in time), :class:`WriterCircuitOpen` (the
    breaker refuses), :class:`WriterUnavailable` (no first chunk in time) or what the writer raised; the
    breaker judges the start, the rest of the round is the engine's to time. Token counts are the inner
    writer's (see :meth:`tokens_for`).
    """

    def __init__(self, writer: Writer, *, breaker: AsyncGuard | None, bulkhead: Bulkhead | None,
                 first_token_timeout_s: float) -> None:
        self.name = writer.name
        self.first_token_timeout_s = first_token_timeout_s
        self._writer = writer
        self._breaker = breaker
        self._bulkhead = bulkhead
        # Where the inner writer keeps no token count, the chunks passing through here are the count.
        self._tokens: CountsTokens = writer if isinstance(writer, CountsTokens) else TokenTally()

    def tokens_for(self, debate_id: str) -> int:
        """Tokens produced for ``debate_id``: the inner writer's count where it keeps one, else the chunks
        that passed through here."""
        return self._tokens.tokens_for(debate_id)

    async def stream_round(self, brief: RoundBrief) -> AsyncGenerator[str, None]:
        deadline = asyncio.get_running_loop().time() + self.first_token_timeout_s
        async with self._slot(deadline):
            stream = self._writer.stream_round(brief)
            iterator = aiter(stream)
            chunks = 0
            try:
                first = await self._first_chunk(iterator, deadline)
                if first is None:
                    return
                chunks += 1
                yield first
                async for chunk in iterator:
                    chunks += 1
                    yield chunk
            finally:
                if isinstance(self._tokens, TokenTally):
                    self._tokens.add(brief.debate_id, chunks)
                if isinstance(stream, AsyncGenerator):
                    await stream.aclose()

    @asynccontextmanager
    async def _slot(self, deadline: float) -> AsyncIterator[None]:
        """Hold one of the bulkhead's slots for the block; wait for one until ``deadline`` (loop time)."""
        if self._bulkhead is None:
            yield
            return
        slots = self._bulkhead.slots()
        if slots.locked() and self._breaker is not None and await self._breaker.is_refusing():
            # Every slot is taken and the breaker refuses anyway: no point waiting for a slot.
            raise WriterCircuitOpen(f"the {self.name} writer is not called: llm is unavailable (circuit open)")
        try:
            async with asyncio.timeout_at(deadline):
                await slots.acquire()
        except TimeoutError as exc:
            raise WriterBusy(f"all {self._bulkhead.max_concurrent} LLM slots stayed busy until the first-token "
                             "deadline") from exc
        try:
            yield
        finally:
            slots.release()

    async def _first_chunk(self, iterator: AsyncIterator[str], deadline: float) -> str | None:
        """The first chunk (None: the round is empty), admitted by the breaker, which counts how the wait for
        it ended."""
        try:
            async with self._starting():
                return await first_chunk(iterator, self.name, deadline=deadline, timeout_s=self.first_token_timeout_s)
        except CallRefused as exc:
            raise WriterCircuitOpen(f"the {self.name} writer is not called: {exc}") from exc

    @asynccontextmanager
    async def _starting(self) -> AsyncIterator[None]:
        if self._breaker is None:
            yield
            return
        async with self._breaker.guard():
            yield
