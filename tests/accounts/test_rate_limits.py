"""Rate limits with the ``limits`` package: counted in Redis, so every process shares them; while Redis is
down they are counted in this process's memory instead, and requests keep being answered."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from gateway_servers import JWT_SECRET

from arena.accounts.adapters.limits_rate import LimitsRateLimiter
from arena.accounts.adapters.memory_rate import MemoryRateLimiter
from arena.bootstrap import Services, build
from arena.resilience.policy import State
from arena.resilience.registry import REDIS
from arena.settings import Settings
from dependency_servers import RedisProcess

POLL_SECONDS = 0.05
WAIT_SECONDS = 1.0  # the breakers' wait while open
POLLS = 400


@pytest.fixture
def redis_limiters(redis_url: str, redis_prefix: str) -> Iterator[tuple[LimitsRateLimiter, LimitsRateLimiter]]:
    """Two limiters on the same Redis, as two server processes would have."""
    first = LimitsRateLimiter.redis(redis_url, prefix=redis_prefix, timeout_seconds=2)
    second = LimitsRateLimiter.redis(redis_url, prefix=redis_prefix, timeout_seconds=2)
    yield first, second
    first.close()
    second.close()


@pytest.mark.redis
@pytest.mark.integration
def test_processes_share_one_count_in_redis(redis_limiters: tuple[LimitsRateLimiter, LimitsRateLimiter]) -> None:
    first, second = redis_limiters
    states = [limiter.hit("calls:a", limit=3, window_seconds=3600) for limiter in (first, second, first)]
    assert [s.remaining for s in states] == [2, 1, 0] and all(s.allowed for s in states)
    assert second.peek("calls:a", limit=3, window_seconds=3600).remaining == 0
    refused = second.hit("calls:a", limit=3, window_seconds=3600)
    assert not refused.allowed and refused.limit == 3 and 1 <= refused.reset_seconds <= 3600
    assert first.hit("calls:b", limit=3, window_seconds=3600).remaining == 2


def test_memory_limiter_counts_per_process() -> None:
    limiter = MemoryRateLimiter()
    assert [limiter.hit("k", limit=2, window_seconds=60).allowed for _ in range(3)] == [True, True, False]
    assert limiter.peek("k", limit=2, window_seconds=60).remaining == 0
    assert MemoryRateLimiter().peek("k", limit=2, window_seconds=60).remaining == 2


def test_memory_window_opens_at_the_first_request_and_resets_when_it_ends() -> None:
    now = [1000.0]
    limiter = MemoryRateLimiter(clock=lambda: now[0])
    limiter.hit("k", limit=1, window_seconds=60)
    now[0] += 45
    refused = limiter.hit("k", limit=1, window_seconds=60)
    assert not refused.allowed and refused.reset_seconds == 15
    now[0] += 15
    assert limiter.hit("k", limit=1, window_seconds=60).allowed


@pytest.mark.redis
@pytest.mark.integration
def test_a_redis_window_that_ends_opens_a_new_one(redis_limiters: tuple[LimitsRateLimiter, LimitsRateLimiter]) -> None:
    first, second = redis_limiters
    assert first.hit("calls:short", limit=1, window_seconds=1).allowed
    assert not second.hit("calls:short", limit=1, window_seconds=1).allowed
    time.sleep(2.1)  # Redis expires the window's key (its TTL is whole seconds)
    assert second.hit("calls:short", limit=1, window_seconds=1).allowed
    again = first.hit("calls:short", limit=1, window_seconds=1)  # its remembered window end has passed
    assert not again.allowed and again.reset_seconds == 1


@pytest.fixture
def services(tmp_path: Path) -> Iterator[tuple[Services, RedisProcess]]:
    redis = RedisProcess().start()
    settings = Settings(_env_file=None, database_url=f"sqlite:///{tmp_path / 'arena.db'}", redis_url=redis.url,
                        data_dir=tmp_path, accounts_enabled=True, jwt_secret=JWT_SECRET, redis_timeout_seconds=0.5,
                        breaker_minimum_calls=2, breaker_window_size=4, breaker_wait_seconds=WAIT_SECONDS,
                        breaker_slow_call_seconds=60.0)  # a loaded machine's slow call is no outage here
    built = build(settings)
    yield built, redis
    built.close()
    redis.stop()


def _breaker(built: Services) -> State:
    return built.breaker_loop.run(built.breakers[REDIS].state())


@pytest.mark.redis
@pytest.mark.integration
def test_limits_hold_in_memory_while_redis_is_down(services: tuple[Services, RedisProcess]) -> None:
    built, redis = services
    accounts = built.accounts
    assert accounts is not None
    address = "192.0.2.50"
    caller = accounts.authenticate(None, address=address)
    assert accounts.meter(caller, address=address).remaining == 9
    redis.stop()
    try:
        # This process's own count, from the start: Redis's is out of reach. Each call is answered.
        assert [accounts.meter(caller, address=address).remaining for _ in range(3)] == [9, 8, 7]
        _wait_for(built, State.OPEN)
        assert accounts.meter(caller, address=address).remaining == 6  # Redis skipped at once now, still counted here
    finally:
        redis.start()
    # Once Redis is back and the breaker's wait is over, Redis counts again, afresh (it restarted empty).
    time.sleep(WAIT_SECONDS)
    for _ in range(5):  # the memory count has 5 calls left to spend meanwhile
        if accounts.meter(caller, address=address).remaining == 9:
            break
        time.sleep(WAIT_SECONDS / 4)
    else:
        raise AssertionError("the Redis count was never used again")
    _wait_for(built, State.CLOSED)  # the trial's outcome reached the breaker: nothing left in flight


def _wait_for(built: Services, state: State) -> None:
    for _ in range(POLLS):
        if _breaker(built) is state:
            return
        time.sleep(POLL_SECONDS)
    raise AssertionError(f"the redis breaker never became {state}")
