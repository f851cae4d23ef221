"""A change counter that many coroutines can wait on without missing a change."""

from __future__ import annotations

import asyncio


class ChangeSignal:
    """Readers note ``version``, look at the state, then ``wait(version)``: a change made in between wakes them.

    All waiters share one future, so an idle reader costs a callback, not a task.
    """

    __slots__ = ("_future", "version")

    def __init__(self) -> None:
        self.version = 0
        self._future: asyncio.Future[None] | None = None

    def notify(self) -> None:
        self.version += 1
        future, self._future = self._future, None
        if future is not None and not future.done():
            future.set_result(None)

    async def wait(self, since: int, timeout: float) -> bool:
        """True once ``version`` differs from ``since``; False if ``timeout`` seconds pass first."""
        if self.version != since:
            return True
        if self._future is None:
            self._future = asyncio.get_running_loop().create_future()
        done, _ = await asyncio.wait((self._future,), timeout=timeout)
        return bool(done)
