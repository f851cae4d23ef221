"""Circuit breaker configuration and its pure state machine (no I/O, no clock: time is passed in).

The semantics follow resilience4j: CLOSED judges a sliding window (count- or time-based) once it holds
``minimum_calls``, and opens when the failure rate or the slow-call rate reaches its threshold; OPEN refuses
calls for ``wait_in_open`` seconds (growing by ``wait_multiplier`` on repeated trips, capped at
``max_wait_in_open``), then HALF_OPEN admits exactly ``permitted_half_open_calls`` trial calls and closes or
reopens on their rates. A breaker that stays HALF_OPEN for ``max_half_open`` seconds before all its trials
reported (resilience4j's ``maxWaitDurationInHalfOpenState``: a trial whose caller vanished never reports)
goes back to OPEN, so fresh trials are handed out after the next wait; late results of the old trials count
for nothing. FORCED_OPEN refuses and DISABLED admits everything, both until changed by hand.

The state is one small serialisable :class:`Snapshot`, so an adapter can keep it in process memory or in
Redis and update it atomically (one set of half-open trials cluster-wide).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Literal

Outcome = Literal["success", "failure", "slow_success", "slow_failure"]


class State(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"
    FORCED_OPEN = "forced_open"
    DISABLED = "disabled"


@dataclass(frozen=True)
class BreakerConfig:
    """Thresholds are percentages (0-100); durations are seconds."""

    window_type: Literal["count", "time"] = "count"
    window_size: int = 20  # calls (count) or seconds (time)
    minimum_calls: int = 10
    failure_rate_threshold: float = 50.0
    slow_call_rate_threshold: float = 100.0
    slow_call_duration: float = 2.0
    wait_in_open: float = 10.0
    wait_multiplier: float = 1.0
    max_wait_in_open: float = 300.0
    permitted_half_open_calls: int = 3
    max_half_open: float = 0.0  # 0: HALF_OPEN waits for its trials however long they take

    def __post_init__(self) -> None:
        if self.window_size < 1 or self.minimum_calls < 1 or self.permitted_half_open_calls < 1:
            raise ValueError("window_size, minimum_calls and permitted_half_open_calls must be >= 1")
        if self.max_half_open < 0:
            raise ValueError("max_half_open must be >= 0")
        for rate in (self.failure_rate_threshold, self.slow_call_rate_threshold):
            if not 0 < rate <= 100:
                raise ValueError("rate thresholds are percentages in (0, 100]")


@dataclass(frozen=True)
class Snapshot:
    """Everything a breaker remembers. ``calls`` holds (second, outcome) pairs of the current window."""

    state: State = State.CLOSED
    calls: tuple[tuple[int, Outcome], ...] = ()
    opened_at: float = 0.0
    half_open_at: float = 0.0
    trips: int = 0  # consecutive trips without closing, for the growing wait
    trials_issued: int = 0
    trial_outcomes: tuple[Outcome, ...] = ()
    transitions: int = 0


@dataclass(frozen=True)
class Decision:
    permitted: bool
    snapshot: Snapshot
    retry_after: float | None = None
    transition: tuple[State, State] | None = None


@dataclass(frozen=True)
class Rates:
    calls: int
    failure_rate: float
    slow_rate: float
    outcomes: dict[str, int] = field(default_factory=dict)


def is_failure(outcome: Outcome) -> bool:
    return outcome in ("failure", "slow_failure")


def is_slow(outcome: Outcome) -> bool:
    return outcome in ("slow_success", "slow_failure")


def rates(outcomes: list[Outcome] | tuple[Outcome, ...]) -> Rates:
    n = len(outcomes)
    if n == 0:
        return Rates(0, 0.0, 0.0)
    failures = sum(1 for o in outcomes if is_failure(o))
    slow = sum(1 for o in outcomes if is_slow(o))
    return Rates(n, 100.0 * failures / n, 100.0 * slow / n)


def wait_for(config: BreakerConfig, trips: int) -> float:
    grown = config.wait_in_open * config.wait_multiplier ** max(0, trips - 1)
    return min(grown, config.max_wait_in_open)


def _window(config: BreakerConfig, calls: tuple[tuple[int, Outcome], ...], now: float) -> tuple[
    tuple[int, Outcome], ...
]:
    if config.window_type == "count":
        return calls[-config.window_size :]
    horizon = int(now) - config.window_size
    return tuple(c for c in calls if c[0] > horizon)


def _trips_on(config: BreakerConfig, outcomes: list[Outcome] | tuple[Outcome, ...]) -> bool:
    r = rates(outcomes)
    return r.failure_rate >= config.failure_rate_threshold or r.slow_rate >= config.slow_call_rate_threshold


def _move(snap: Snapshot, to: State, now: float, **changes: object) -> tuple[Snapshot, tuple[State, State]]:
    moved = replace(snap, state=to, transitions=snap.transitions + 1, **changes)  # type: ignore[arg-type]
    if to is State.OPEN:
        moved = replace(moved, opened_at=now, trials_issued=0, trial_outcomes=(), calls=())
    elif to is State.HALF_OPEN:
        moved = replace(moved, half_open_at=now)
    return moved, (snap.state, to)


def _half_open_expired(config: BreakerConfig, snap: Snapshot, now: float) -> bool:
    return (snap.state is State.HALF_OPEN and config.max_half_open > 0
            and now >= snap.half_open_at + config.max_half_open)


def acquire(config: BreakerConfig, snap: Snapshot, now: float) -> Decision:
    """May a call go ahead now? Moves OPEN to HALF_OPEN when the wait is over, and HALF_OPEN back to OPEN
    (refusing) once it outlasted ``max_half_open``."""
    transition = None
    if snap.state is State.DISABLED or snap.state is State.CLOSED:
        return Decision(True, snap)
    if snap.state is State.FORCED_OPEN:
        return Decision(False, snap)
    if snap.state is State.OPEN:
        remaining = snap.opened_at + wait_for(config, snap.trips) - now
        if remaining > 0:
            return Decision(False, snap, retry_after=remaining)
        snap, transition = _move(snap, State.HALF_OPEN, now, trials_issued=0, trial_outcomes=())
    elif _half_open_expired(config, snap, now):
        snap, transition = _move(snap, State.OPEN, now, trips=snap.trips + 1)
        return Decision(False, snap, retry_after=wait_for(config, snap.trips), transition=transition)
    # HALF_OPEN: a fixed number of trial calls, shared by every process holding this snapshot.
    if snap.trials_issued >= config.permitted_half_open_calls:
        return Decision(False, snap, retry_after=None, transition=transition)
    snap = replace(snap, trials_issued=snap.trials_issued + 1)
    return Decision(True, snap, transition=transition)


def record(config: BreakerConfig, snap: Snapshot, outcome: Outcome, now: float) -> tuple[
    Snapshot, tuple[State, State] | None
]:
    """Account for a finished call and change state when the window says so."""
    if snap.state is State.CLOSED:
        calls = _window(config, (*snap.calls, (int(now), outcome)), now)
        snap = replace(snap, calls=calls)
        outcomes = [o for _, o in calls]
        if len(outcomes) >= config.minimum_calls and _trips_on(config, outcomes):
            return _move(snap, State.OPEN, now, trips=snap.trips + 1)
        return snap, None
    if _half_open_expired(config, snap, now):
        return _move(snap, State.OPEN, now, trips=snap.trips + 1)
    if snap.state is State.HALF_OPEN:
        trial = (*snap.trial_outcomes, outcome)
        snap = replace(snap, trial_outcomes=trial)
        if len(trial) < config.permitted_half_open_calls:
            return snap, None
        if _trips_on(config, trial):
            return _move(snap, State.OPEN, now, trips=snap.trips + 1)
        return _move(snap, State.CLOSED, now, trips=0, calls=(), trials_issued=0, trial_outcomes=())
    # OPEN, FORCED_OPEN, DISABLED: late results of calls admitted earlier change nothing.
    return snap, None


def release(snap: Snapshot) -> Snapshot:
    """Hand back a half-open trial permit whose call ended without a verdict (ignored or cancelled)."""
    if snap.state is State.HALF_OPEN and snap.trials_issued > len(snap.trial_outcomes):
        return replace(snap, trials_issued=snap.trials_issued - 1)
    return snap


def force(snap: Snapshot, to: State, now: float) -> tuple[Snapshot, tuple[State, State] | None]:
    """Move by hand: FORCED_OPEN, DISABLED, or back to CLOSED (clearing the window)."""
    if snap.state is to:
        return snap, None
    return _move(snap, to, now, calls=(), trials_issued=0, trial_outcomes=(), trips=0)
