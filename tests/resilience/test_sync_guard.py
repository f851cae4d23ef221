"""SyncGuard: blocking calls through an async breaker, from plain code and from worker threads of a running
loop, with the breaker state in real Redis used from both loops at once."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from arena.resilience.errors import CircuitOpen
from arena.resilience.policy import BreakerConfig, State
from arena.resilience.registry import DATABASE, Breakers
from arena.resilience.sync_guard import BreakerLoop, RetryPolicy, SyncGuard

CONFIG = BreakerConfig(window_size=4, minimum_calls=4, wait_in_open=60)


class Down(Exception):
    pass


class NotThere(Exception):
    pass


class Dependency:
    """Counts calls; fails with ``Down`` while ``down``."""

    def __init__(self) -> None:
        self.calls = 0
        self.down = False

    def read(self) -> str:
        self.calls += 1
        if self.down:
            raise Down("no answer")
        return "row"

    def missing(self) -> str:
        self.calls += 1
        raise NotThere("no such row")


@pytest.fixture
def loop() -> Iterator[BreakerLoop]:
    breaker_loop = BreakerLoop()
    yield breaker_loop
    breaker_loop.close()


def _guard(breakers: Breakers, loop: BreakerLoop, attempts: int = 2) -> SyncGuard:
    return SyncGuard(breakers[DATABASE], loop, failures=(Down,),
                     retry=RetryPolicy(attempts=attempts, backoff_seconds=0.001))


def test_failures_are_retried_and_counted_answers_are_not_and_refusals_are_never_retried(
    loop: BreakerLoop,
) -> None:
    breakers = Breakers(CONFIG, redis_url=None)
    guard, dependency = _guard(breakers, loop), Dependency()
    assert guard.call(dependency.read) == "row"
    with pytest.raises(NotThere):
        guard.call(dependency.missing)
    assert dependency.calls == 2  # an answer, even "not there", is not retried
    dependency.down = True
    with pytest.raises(Down):
        guard.call(dependency.read)  # two tries, two failures: 2 of 4 calls failed, and it opens
    assert dependency.calls == 4
    assert loop.run(breakers[DATABASE].state()) is State.OPEN
    with pytest.raises(CircuitOpen):
        guard.call(dependency.read)
    assert dependency.calls == 4  # refused without a call, and not retried


def test_worker_threads_of_a_running_loop_and_that_loop_share_one_breaker_state_in_redis(
    loop: BreakerLoop, redis_url: str, redis_prefix: str
) -> None:
    breakers = Breakers(CONFIG, redis_url=redis_url, prefix=redis_prefix)
    guard, dependency = _guard(breakers, loop, attempts=1), Dependency()

    async def serve() -> State:
        # The server's loop uses the breakers itself while its worker threads go through the guard.
        assert await asyncio.to_thread(guard.call, dependency.read) == "row"
        dependency.down = True
        for _ in range(3):
            with pytest.raises(Down):
                await asyncio.to_thread(guard.call, dependency.read)
        state = await breakers[DATABASE].state()
        with pytest.raises(CircuitOpen):
            await asyncio.to_thread(guard.call, dependency.read)
        await breakers.aclose()
        return state

    assert asyncio.run(serve()) is State.OPEN
    assert breakers[DATABASE].is_shared_state_available
    # A plain caller with no loop of its own sees the same state, through the guard's loop.
    assert loop.run(breakers[DATABASE].state()) is State.OPEN
    other = Breakers(CONFIG, redis_url=redis_url, prefix=redis_prefix)  # another process, say

    async def read_other() -> State:
        state = await other[DATABASE].state()
        await other.aclose()
        return state

    assert asyncio.run(read_other()) is State.OPEN
    loop.close(breakers.aclose)
