"""A :class:`arena.guard.CallGuard` for blocking calls cheaper than the breaker's own bookkeeping.

Why not :class:`arena.resilience.sync_guard.SyncGuard`: it takes a permit before each call and reports the
outcome after it, two trips to the breaker loop's thread and, with the breakers' state in Redis, two
WATCH/MULTI transactions. For a stat cache hit in Redis (one GET, about 0.1 ms) that is several times the
call itself. :class:`SnapshotGuard` admits calls from this process's snapshot of the breaker, read again at
most every ``refresh_seconds``, and hands the outcomes to the breaker in batches, in the background; the
caller's thread never waits for the breaker loop, except for the very first call and for half-open trials.

What it costs: a breaker opened by another process is seen here up to ``refresh_seconds`` late, and a
failure is counted (and can open the breaker) once its batch reached the breaker, a moment after the call.
While the snapshot says CLOSED taking a permit changes nothing, so a batch counts the same as guarding each
call (:meth:`arena.resilience.breaker.CircuitBreaker.settle`); an OPEN snapshot refuses calls at once with
``CircuitOpen``; once the wait in open is over, calls go through the breaker one by one (the half-open
trials are handed out cluster-wide) until a snapshot says CLOSED again. Never retried.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

from arena.resilience import policy
from arena.resilience.breaker import CircuitBreaker
from arena.resilience.errors import CircuitOpen
from arena.resilience.policy import Outcome, Snapshot, State
from arena.resilience.sync_guard import BreakerLoop, SyncGuard
from arena.telemetry import get_logger

T = TypeVar("T")

_log = get_logger(__name__)

# Outcomes waiting for the breaker while its state cannot be written (Redis hung): the newest are kept.
_MAX_PENDING = 1024


class SnapshotGuard:
    """Runs blocking calls to one dependency, admitted from a snapshot of ``breaker``.

    >>> guard = SnapshotGuard(breakers["redis"], loop, failures=(StoreUnavailable,))
    >>> text = guard.call(lambda: cache.get(key))   # raises CircuitOpen while the snapshot says open

    Only ``failures`` count against the dependency; any other exception means it answered.
    """

    def __init__(self, breaker: CircuitBreaker, loop: BreakerLoop, *, failures: tuple[type[Exception], ...],
                 refresh_seconds: float = 0.1, clock: Callable[[], float] = time.time) -> None:
        self.breaker = breaker
        self._loop = loop
        self._failures = failures
        self._refresh = refresh_seconds
        self._clock = clock  # the breaker's clock (wall time): snapshots' open times are in it
        self._trials = SyncGuard(breaker, loop, failures=failures)
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._read_at = 0.0  # time.monotonic() of the snapshot
        self._pending: deque[tuple[Outcome, float]] = deque(maxlen=_MAX_PENDING)
        self._rejected = 0
        self._settling = False

    def call(self, fn: Callable[[], T]) -> T:
        """``fn()`` unless the breaker refuses it (``CircuitOpen``)."""
        snap = self._current()
        decision = policy.acquire(self.breaker.config, snap, self._clock())
        if not decision.permitted and decision.transition is None:
            with self._lock:
                self._rejected += 1
            self._settle_soon(urgent=False)
            raise CircuitOpen(self.breaker.name, decision.retry_after)
        if snap.state is not State.CLOSED and snap.state is not State.DISABLED:
            # OPEN with its wait over, or HALF_OPEN: the breaker hands out the trials, one call at a time (and
            # sends a HALF_OPEN that outlasted its maximum back to OPEN, refusing).
            try:
                return self._trials.call(fn)
            finally:
                self._settle_soon(urgent=True)
        started = time.perf_counter()
        try:
            result = fn()
        except self._failures:
            self._note(True, started)
            raise
        except Exception:
            self._note(False, started)  # the dependency answered
            raise
        self._note(False, started)
        return result

    def _current(self) -> Snapshot:
        with self._lock:
            snap = self._snapshot
        if snap is None:  # the first call waits for the breaker's state once
            snap = self._loop.run(self.breaker.snapshot())
            with self._lock:
                if self._snapshot is None:
                    self._snapshot, self._read_at = snap, time.monotonic()
        return snap

    def _note(self, failed: bool, started: float) -> None:
        slow = time.perf_counter() - started >= self.breaker.config.slow_call_duration
        outcome: Outcome = ("slow_failure" if slow else "failure") if failed else (
            "slow_success" if slow else "success")
        with self._lock:
            self._pending.append((outcome, self._clock()))
        self._settle_soon(urgent=failed)

    def _settle_soon(self, *, urgent: bool) -> None:
        """Send the pending outcomes to the breaker and read its state again, in the background, when the
        snapshot is ``refresh_seconds`` old (at once for a failure) and no earlier batch is on its way."""
        with self._lock:
            if self._settling or (not urgent and time.monotonic() - self._read_at < self._refresh):
                return
            self._settling = True
            outcomes, rejected = list(self._pending), self._rejected
            self._pending.clear()
            self._rejected = 0
        future = self._loop.submit(self.breaker.settle(outcomes, rejected=rejected))
        future.add_done_callback(self._settled)

    def _settled(self, future: Future[Snapshot]) -> None:
        try:
            snap = future.result()
        except Exception as exc:  # the breaker falls back to per-process state itself: never expected here
            _log.error("breaker outcomes lost", breaker=self.breaker.name, error=repr(exc))
            snap = None
        with self._lock:
            if snap is not None:
                self._snapshot = snap
            self._read_at = time.monotonic()
            self._settling = False
            again = any(policy.is_failure(outcome) for outcome, _ in self._pending)
        if again:
            self._settle_soon(urgent=True)
