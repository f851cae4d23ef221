"""Breaker behaviour that needs concurrency, Redis or real exceptions."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from dataclasses import replace

import anyio
import pytest
import redis.asyncio as aioredis

from arena.resilience import policy
from arena.resilience.adapters.redis_state import RedisBreakerState
from arena.resilience.breaker import CircuitBreaker
from arena.resilience.errors import CircuitOpen
from arena.resilience.policy import BreakerConfig, Snapshot, State


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Down(Exception):
    pass


class NotFound(Exception):
    pass


async def _fail() -> None:
    raise Down


async def _ok() -> str:
    return "ok"


TRIP_FAST = BreakerConfig(window_size=4, minimum_calls=2, failure_rate_threshold=50, wait_in_open=5,
                          permitted_half_open_calls=2)


async def _trip(breaker: CircuitBreaker) -> None:
    for _ in range(2):
        with pytest.raises(Down):
            await breaker.call(_fail)


class Recorder:
    def __init__(self) -> None:
        self.calls: list[str] = []
        self.transitions: list[tuple[State, State]] = []

    def on_call(self, breaker: str, outcome: str) -> None:
        self.calls.append(outcome)

    def on_transition(self, breaker: str, from_state: State, to_state: State) -> None:
        self.transitions.append((from_state, to_state))


async def test_breaker_opens_when_failure_rate_exceeded_and_refuses_without_calling() -> None:
    clock, recorder = Clock(), Recorder()
    breaker = CircuitBreaker("db", TRIP_FAST, clock=clock, record_exceptions=(Down,), listeners=(recorder,))
    await _trip(breaker)
    called = False

    async def should_not_run() -> None:
        nonlocal called
        called = True

    with pytest.raises(CircuitOpen) as refused:
        await breaker.call(should_not_run)
    assert not called
    assert refused.value.retry_after == pytest.approx(5.0)
    assert recorder.transitions == [(State.CLOSED, State.OPEN)]
    assert recorder.calls == ["failure", "failure", "rejected"]


async def test_half_open_admits_only_the_permitted_trials_at_once() -> None:
    clock = Clock()
    breaker = CircuitBreaker("llm", TRIP_FAST, clock=clock, record_exceptions=(Down,))
    await _trip(breaker)
    clock.now += 5
    release = asyncio.Event()

    async def slow_ok() -> str:
        await release.wait()
        return "ok"

    trials = [asyncio.create_task(breaker.call(slow_ok)) for _ in range(2)]
    await asyncio.sleep(0)
    with pytest.raises(CircuitOpen):
        await breaker.call(_ok)
    release.set()
    assert await asyncio.gather(*trials) == ["ok", "ok"]
    assert await breaker.state() is State.CLOSED


async def test_cancelled_trial_hands_its_permit_back() -> None:
    clock = Clock()
    config = BreakerConfig(window_size=4, minimum_calls=2, wait_in_open=5, permitted_half_open_calls=1)
    breaker = CircuitBreaker("llm", config, clock=clock, record_exceptions=(Down,))
    await _trip(breaker)
    clock.now += 5
    task = asyncio.create_task(breaker.call(asyncio.sleep, 60))
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await breaker.call(_ok) == "ok"
    assert await breaker.state() is State.CLOSED


async def test_ignored_exceptions_neither_fail_nor_trip() -> None:
    breaker = CircuitBreaker("db", TRIP_FAST, clock=Clock(), record_exceptions=(Exception,),
                             ignore_exceptions=(NotFound,))

    async def missing() -> None:
        raise NotFound

    for _ in range(5):
        with pytest.raises(NotFound):
            await breaker.call(missing)
    assert await breaker.state() is State.CLOSED


async def test_slow_calls_trip_the_breaker() -> None:
    clock = Clock()
    config = BreakerConfig(window_size=3, minimum_calls=3, slow_call_rate_threshold=60, slow_call_duration=1)
    breaker = CircuitBreaker("llm", config, clock=clock)

    async def slow() -> None:
        clock.now += 1.5

    for _ in range(3):
        await breaker.call(slow)
    assert await breaker.state() is State.OPEN


async def test_open_wait_grows_with_repeated_trips() -> None:
    clock = Clock()
    config = BreakerConfig(window_size=2, minimum_calls=1, wait_in_open=2, wait_multiplier=3,
                           permitted_half_open_calls=1)
    breaker = CircuitBreaker("feed", config, clock=clock, record_exceptions=(Down,))
    with pytest.raises(Down):
        await breaker.call(_fail)
    clock.now += 2
    with pytest.raises(Down):
        await breaker.call(_fail)  # the half-open trial fails: open again, now for 6 s
    with pytest.raises(CircuitOpen) as refused:
        await breaker.call(_ok)
    assert refused.value.retry_after == pytest.approx(6.0)


async def test_forced_open_and_disabled() -> None:
    breaker = CircuitBreaker("billing", TRIP_FAST, clock=Clock(), record_exceptions=(Down,))
    await breaker.force(State.FORCED_OPEN)
    with pytest.raises(CircuitOpen):
        await breaker.call(_ok)
    await breaker.force(State.DISABLED)
    for _ in range(6):
        with pytest.raises(Down):
            await breaker.call(_fail)
    assert await breaker.call(_ok) == "ok"
    assert await breaker.state() is State.DISABLED


@pytest.fixture
async def redis_client(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    client = aioredis.from_url(redis_url)
    try:
        await client.ping()
    except OSError as exc:  # pragma: no cover - the fixture fails loudly when Redis is down
        pytest.fail(f"Redis at {redis_url} is not reachable: {exc}")
    yield client
    await client.aclose()


async def test_state_is_shared_across_processes_through_redis(
    redis_client: aioredis.Redis, redis_url: str
) -> None:
    prefix = f"test:{uuid.uuid4().hex}:"
    clock = Clock()
    # Two breakers with their own Redis connections stand for two worker processes.
    first = CircuitBreaker("db", TRIP_FAST, clock=clock, record_exceptions=(Down,),
                           store=RedisBreakerState(redis_client, prefix=prefix))
    other_client = aioredis.from_url(redis_url)
    second = CircuitBreaker("db", TRIP_FAST, clock=clock, record_exceptions=(Down,),
                            store=RedisBreakerState(other_client, prefix=prefix))
    await _trip(first)
    with pytest.raises(CircuitOpen):
        await second.call(_ok)
    clock.now += 5
    # One set of half-open trials cluster-wide: two trials in total, whichever process takes them.
    release = asyncio.Event()

    async def wait_ok() -> str:
        await release.wait()
        return "ok"

    trials = [asyncio.create_task(first.call(wait_ok)), asyncio.create_task(second.call(wait_ok))]
    await asyncio.sleep(0.05)
    with pytest.raises(CircuitOpen):
        await second.call(_ok)
    release.set()
    await asyncio.gather(*trials)
    assert await first.state() is State.CLOSED
    await other_client.aclose()
    await redis_client.delete(prefix + "db")


async def test_falls_back_to_process_state_when_redis_is_down() -> None:
    dead = aioredis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2)
    breaker = CircuitBreaker("db", TRIP_FAST, clock=Clock(), record_exceptions=(Down,),
                             store=RedisBreakerState(dead))
    await _trip(breaker)
    assert breaker.is_shared_state_available is False
    with pytest.raises(CircuitOpen):
        await breaker.call(_ok)
    await dead.aclose()


async def test_half_open_outlasting_its_maximum_goes_back_to_open_and_hands_out_fresh_trials() -> None:
    clock, recorder = Clock(), Recorder()
    config = BreakerConfig(window_size=4, minimum_calls=2, wait_in_open=5, permitted_half_open_calls=1,
                           max_half_open=30)
    breaker = CircuitBreaker("redis", config, clock=clock, record_exceptions=(Down,), listeners=(recorder,))
    await _trip(breaker)
    clock.now += 5
    await breaker._acquire()  # a trial whose caller vanished: it never reports
    with pytest.raises(CircuitOpen):
        await breaker.call(_ok)
    clock.now += 30
    with pytest.raises(CircuitOpen) as refused:
        await breaker.call(_ok)
    assert refused.value.retry_after == pytest.approx(5.0)
    clock.now += 5
    assert await breaker.call(_ok) == "ok"
    assert await breaker.state() is State.CLOSED
    assert recorder.transitions == [(State.CLOSED, State.OPEN), (State.OPEN, State.HALF_OPEN),
                                    (State.HALF_OPEN, State.OPEN), (State.OPEN, State.HALF_OPEN),
                                    (State.HALF_OPEN, State.CLOSED)]


async def _bookkeeping_done(breaker: CircuitBreaker) -> None:
    """Wait for what a cancelled caller could not await, which finishes in the background: its tasks, and
    those their completion starts (a permit taken for a caller already gone is handed back). Waiting on the
    tasks, not polling against a clock, keeps a slow machine from failing the test."""
    while breaker._bookkeeping:  # a finished task's done callbacks (hand-backs) have run when wait() returns
        await asyncio.wait(set(breaker._bookkeeping))


async def test_trials_cancelled_at_any_point_under_anyio_scopes_hand_their_permits_back(
    redis_client: aioredis.Redis, redis_prefix: str
) -> None:
    # Starlette cancels a request whose client left through an anyio cancel scope, which cancels every
    # later await in it too: the breaker's own bookkeeping must still reach Redis.
    clock = Clock()
    config = BreakerConfig(window_size=4, minimum_calls=2, wait_in_open=5, permitted_half_open_calls=1)
    breaker = CircuitBreaker("redis", config, clock=clock, record_exceptions=(Down,),
                             store=RedisBreakerState(redis_client, prefix=redis_prefix))
    await _trip(breaker)
    clock.now += 5

    async def trial(delay: float) -> None:
        with anyio.move_on_after(delay):
            await breaker.call(asyncio.sleep, 60)

    for step in range(40):
        await trial(step * 0.0005)
        await _bookkeeping_done(breaker)
        snap = await breaker.snapshot()
        assert snap.trials_issued == 0, f"a permit leaked when cancelled after {step * 0.5} ms"
    assert await breaker.call(_ok) == "ok"
    assert await breaker.state() is State.CLOSED


def test_policy_reopens_a_half_open_breaker_past_its_maximum_and_ignores_late_trials() -> None:
    config = BreakerConfig(wait_in_open=5, permitted_half_open_calls=2, max_half_open=30)
    half_open = Snapshot(state=State.HALF_OPEN, opened_at=100, half_open_at=105, trips=1, trials_issued=2)
    assert not policy.acquire(config, half_open, 134.9).permitted  # both trials out, still within the limit
    refused = policy.acquire(config, half_open, 135)
    assert (refused.permitted, refused.transition, refused.retry_after) == (False, (State.HALF_OPEN, State.OPEN), 5)
    assert (refused.snapshot.opened_at, refused.snapshot.trips, refused.snapshot.trials_issued) == (135, 2, 0)
    late, transition = policy.record(config, half_open, "success", 140)
    assert (late.state, transition, late.trial_outcomes) == (State.OPEN, (State.HALF_OPEN, State.OPEN), ())
    assert policy.acquire(replace(config, max_half_open=0), half_open, 10_000).transition is None
