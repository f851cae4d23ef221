"""The named breakers: configured from settings, shared through real Redis, per-process when it is down."""

from __future__ import annotations

import pytest

from arena.bootstrap import build
from arena.resilience.errors import CircuitOpen
from arena.resilience.policy import BreakerConfig, State
from arena.resilience.registry import DATABASE, DEPENDENCIES, LLM, Breakers
from arena.settings import Settings
from arena.telemetry import BreakerMetrics, Metrics

TRIGGER_HAPPY = BreakerConfig(window_size=2, minimum_calls=2, wait_in_open=60.0)


class Down(Exception):
    pass


async def _fail() -> None:
    raise Down


async def _ok() -> str:
    return "ok"


async def _trip(breakers: Breakers, name: str) -> None:
    for _ in range(TRIGGER_HAPPY.minimum_calls):
        with pytest.raises(Down):
            await breakers[name].call(_fail)


def test_services_have_one_breaker_per_dependency_configured_from_settings(tmp_path: object) -> None:
    settings = Settings(_env_file=None, database_url="sqlite://", breaker_minimum_calls=4,  # type: ignore[call-arg]
                        breaker_window_size=8, breaker_failure_rate=25.0, breaker_wait_seconds=3.0)
    services = build(settings)
    try:
        assert [breaker.name for breaker in services.breakers] == list(DEPENDENCIES)
        config = services.breakers[DATABASE].config
        assert (config.minimum_calls, config.window_size, config.failure_rate_threshold, config.wait_in_open) == (
            4, 8, 25.0, 3.0)
        assert services.breakers.shared is False
    finally:
        services.close()


async def test_breakers_share_state_across_processes_through_redis(redis_url: str, redis_prefix: str) -> None:
    metrics = Metrics()
    one = Breakers(TRIGGER_HAPPY, redis_url=redis_url, prefix=redis_prefix, listeners=(BreakerMetrics(metrics),))
    other = Breakers(TRIGGER_HAPPY, redis_url=redis_url, prefix=redis_prefix)
    try:
        await _trip(one, DATABASE)
        assert await other[DATABASE].state() is State.OPEN
        with pytest.raises(CircuitOpen) as refused:
            await other[DATABASE].call(_ok)
        assert refused.value.retry_after is not None and refused.value.retry_after > 0
        assert await other[LLM].call(_ok) == "ok"  # each dependency has its own breaker
        assert one.shared and one[DATABASE].is_shared_state_available
        sample = metrics.registry.get_sample_value(
            "arena_breaker_transitions_total", {"breaker": DATABASE, "from_state": "closed", "to_state": "open"})
        assert sample == 1.0
        assert metrics.registry.get_sample_value("arena_breaker_state", {"breaker": DATABASE}) == 1.0
        assert metrics.registry.get_sample_value(
            "arena_dependency_calls_total", {"breaker": DATABASE, "outcome": "failure"}) == 2.0
    finally:
        await one.aclose()
        await other.aclose()


async def test_breakers_carry_on_per_process_while_redis_is_down(closed_port: int) -> None:
    breakers = Breakers(TRIGGER_HAPPY, redis_url=f"redis://127.0.0.1:{closed_port}/0")
    try:
        assert await breakers[LLM].state() is State.CLOSED
        assert breakers.shared and not breakers[LLM].is_shared_state_available
        await _trip(breakers, LLM)
        with pytest.raises(CircuitOpen):
            await breakers[LLM].call(_ok)
    finally:
        await breakers.aclose()
