"""A change counter that many coroutines can wait on without missing a change."""

from __future__ import annotations

import asyncio


class ChangeSignal:
    """Readers note ``version``, look at the state, then ``wait(version)``: a change made in between wakes them.

    An idle reader costs one future and one timer, no task: thousands of them wait on one signal.
    """

    __slots__ = ("_waiters", "version")

    def __init__(self) -> None:
        self.version = 0
        self._waiters: set[asyncio.Future[bool]] = set()

    def notify(self) -> None:
        self.version += 1
        if not self._waiters:  # the usual case while a debate is written: its readers are busy sending
            return
        waiters, self._waiters = self._waiters, set()
        for waiter in waiters:
            _settle(waiter, True)

    async def wait(self, since: int, timeout: float) -> bool:
        """True once ``version`` differs from ``since``; False if ``timeout`` seconds pass first."""
        if self.version != since:
            return True
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[bool] = loop.create_future()
        self._waiters.add(waiter)
        timer = loop.call_later(timeout, _settle, waiter, False)
        try:
            return await waiter
        finally:
            timer.cancel()
            self._waiters.discard(waiter)


def _settle(waiter: asyncio.Future[bool], changed: bool) -> None:
    if not waiter.done():
        waiter.set_result(changed)
