"""The breaker's state machine against a plain reference model of resilience4j's rules (hypothesis)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from arena.resilience.breaker import CircuitBreaker
from arena.resilience.errors import CircuitOpen
from arena.resilience.policy import BreakerConfig, State


@dataclass
class ReferenceBreaker:
    """The rules written out directly, one list per window, no shared code with the implementation."""

    config: BreakerConfig
    state: str = "closed"
    window: list[tuple[float, bool, bool]] = field(default_factory=list)  # (time, failed, slow)
    opened_at: float = 0.0
    half_open_at: float = 0.0
    trips: int = 0
    trials: int = 0
    trial_results: list[tuple[bool, bool]] = field(default_factory=list)

    def _wait(self) -> float:
        c = self.config
        return min(c.wait_in_open * c.wait_multiplier ** max(0, self.trips - 1), c.max_wait_in_open)

    def _bad(self, results: list[tuple[bool, bool]]) -> bool:
        n = len(results)
        failed = 100.0 * sum(f for f, _ in results) / n
        slow = 100.0 * sum(s for _, s in results) / n
        return failed >= self.config.failure_rate_threshold or slow >= self.config.slow_call_rate_threshold

    def _open(self, now: float) -> None:
        self.state, self.opened_at, self.trips = "open", now, self.trips + 1
        self.window, self.trials, self.trial_results = [], 0, []

    def _half_open_too_long(self, now: float) -> bool:
        limit = self.config.max_half_open
        return self.state == "half_open" and limit > 0 and now - self.half_open_at >= limit

    def admit(self, now: float) -> bool:
        if self.state in ("closed", "disabled"):
            return True
        if self.state == "forced_open":
            return False
        if self._half_open_too_long(now):
            self._open(now)
            return False
        if self.state == "open":
            if now < self.opened_at + self._wait():
                return False
            self.state, self.trials, self.trial_results, self.half_open_at = "half_open", 0, [], now
        if self.trials >= self.config.permitted_half_open_calls:
            return False
        self.trials += 1
        return True

    def finish(self, now: float, failed: bool, slow: bool) -> None:
        c = self.config
        if self._half_open_too_long(now):
            self._open(now)  # the trial reports too late to count
        elif self.state == "closed":
            self.window.append((int(now), failed, slow))
            if c.window_type == "count":
                self.window = self.window[-c.window_size:]
            else:
                self.window = [w for w in self.window if w[0] > int(now) - c.window_size]
            if len(self.window) >= c.minimum_calls and self._bad([(f, s) for _, f, s in self.window]):
                self._open(now)
        elif self.state == "half_open":
            self.trial_results.append((failed, slow))
            if len(self.trial_results) == c.permitted_half_open_calls:
                if self._bad(self.trial_results):
                    self._open(now)
                else:
                    self.state, self.trips, self.window = "closed", 0, []
                    self.trials, self.trial_results = 0, []


class Boom(Exception):
    pass


class BreakerMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.now = 1000.0
        self.loop = asyncio.new_event_loop()
        self.config: BreakerConfig | None = None

    def teardown(self) -> None:
        self.loop.close()

    @precondition(lambda self: self.config is None)
    @rule(
        window_type=st.sampled_from(["count", "time"]),
        window_size=st.integers(1, 8),
        minimum_calls=st.integers(1, 6),
        failure_rate=st.sampled_from([20.0, 50.0, 100.0]),
        slow_rate=st.sampled_from([50.0, 100.0]),
        wait=st.sampled_from([1.0, 5.0]),
        multiplier=st.sampled_from([1.0, 2.0]),
        permitted=st.integers(1, 3),
        max_half_open=st.sampled_from([0.0, 3.0, 6.0]),
    )
    def configure(self, window_type: str, window_size: int, minimum_calls: int, failure_rate: float,
                  slow_rate: float, wait: float, multiplier: float, permitted: int, max_half_open: float) -> None:
        self.config = BreakerConfig(
            window_type=window_type,  # type: ignore[arg-type]
            window_size=window_size, minimum_calls=minimum_calls, failure_rate_threshold=failure_rate,
            slow_call_rate_threshold=slow_rate, slow_call_duration=2.0, wait_in_open=wait,
            wait_multiplier=multiplier, max_wait_in_open=12.0, permitted_half_open_calls=permitted,
            max_half_open=max_half_open,
        )
        self.breaker = CircuitBreaker("dep", self.config, clock=lambda: self.now, record_exceptions=(Boom,))
        self.model = ReferenceBreaker(self.config)

    @precondition(lambda self: self.config is not None)
    @rule(failed=st.booleans(), duration=st.sampled_from([0.0, 0.5, 3.0]))
    def call(self, failed: bool, duration: float) -> None:
        admitted = self.model.admit(self.now)

        async def work() -> None:
            self.now += duration
            if failed:
                raise Boom

        try:
            self.loop.run_until_complete(self.breaker.call(work))
            ran = True
        except CircuitOpen:
            ran = False
        except Boom:
            ran = True
        assert ran == admitted
        if admitted:
            self.model.finish(self.now, failed, duration >= 2.0)

    @precondition(lambda self: self.config is not None)
    @rule()
    def call_never_reports(self) -> None:
        """A call admitted whose caller vanished without a word (only ``max_half_open`` frees its permit)."""
        admitted = self.model.admit(self.now)
        try:
            self.loop.run_until_complete(self.breaker._acquire())
            ran = True
        except CircuitOpen:
            ran = False
        assert ran == admitted

    @precondition(lambda self: self.config is not None)
    @rule(seconds=st.sampled_from([0.5, 1.0, 4.0, 13.0]))
    def time_passes(self, seconds: float) -> None:
        self.now += seconds

    @precondition(lambda self: self.config is not None)
    @rule(to=st.sampled_from([State.FORCED_OPEN, State.DISABLED, State.CLOSED]))
    def force(self, to: State) -> None:
        self.loop.run_until_complete(self.breaker.force(to))
        if self.model.state != to.value:
            self.model.state = to.value
            self.model.window, self.model.trials, self.model.trial_results, self.model.trips = [], 0, [], 0

    @invariant()
    def same_state(self) -> None:
        if self.config is None:
            return
        snap = self.loop.run_until_complete(self.breaker.snapshot())
        assert snap.state.value == self.model.state
        assert snap.trips == self.model.trips


BreakerMachine.TestCase.settings = settings(max_examples=300, stateful_step_count=40, deadline=None)
TestBreakerAgainstReference = BreakerMachine.TestCase
