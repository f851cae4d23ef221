"""The async circuit breaker that call sites use: one named breaker per dependency.

Why our own module: the maintained Python breakers (pybreaker, aiobreaker, purgatory, interlock-cb) each
lack part of what Arena needs together: resilience4j's count- and time-based windows with slow-call rates,
a fixed set of half-open trials, forced-open/disabled states, a growing open wait, async first, and state
shared atomically across worker processes through Redis with a per-process fallback. The state machine
itself is pure (:mod:`arena.resilience.policy`) and checked against a reference model by a hypothesis
state-machine test.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Sequence
from contextlib import asynccontextmanager
from typing import Any, Protocol, TypeVar

from arena.resilience import policy
from arena.resilience.adapters.memory_state import MemoryBreakerState
from arena.resilience.errors import BreakerStateUnavailable, CircuitOpen
from arena.resilience.policy import BreakerConfig, Outcome, Snapshot, State
from arena.resilience.ports import BreakerStateStore
from arena.telemetry import get_logger

T = TypeVar("T")

_log = get_logger(__name__)


class BreakerListener(Protocol):
    """Told about every call outcome and state change (metrics, logs)."""

    def on_call(self, breaker: str, outcome: str) -> None:
        ...

    def on_transition(self, breaker: str, from_state: State, to_state: State) -> None:
        ...


class CircuitBreaker:
    """Guards calls to one dependency.

    Usage::

        breaker = CircuitBreaker("database", BreakerConfig(), store=MemoryBreakerState())
        rows = await breaker.call(fetch_rows, player_id)
        async with breaker.guard():          # for code that is not one function call
            ...

    ``record_exceptions`` count as failures, ``ignore_exceptions`` (checked first) and cancellation neither
    fail nor succeed (a half-open trial permit is handed back); any other exception counts as a success for
    the breaker and still propagates. A refused call
    raises :class:`CircuitOpen`. When the shared ``store`` is unreachable, the breaker carries on with
    per-process state and says so through :attr:`is_shared_state_available`.
    """

    def __init__(
        self,
        name: str,
        config: BreakerConfig | None = None,
        *,
        store: BreakerStateStore | None = None,
        clock: Callable[[], float] = time.time,
        record_exceptions: tuple[type[BaseException], ...] = (Exception,),
        ignore_exceptions: tuple[type[BaseException], ...] = (),
        listeners: tuple[BreakerListener, ...] = (),
    ) -> None:
        self.name = name
        self.config = config or BreakerConfig()
        self._store: BreakerStateStore = store or MemoryBreakerState()
        self._local = MemoryBreakerState()
        self._clock = clock
        self._record = record_exceptions
        self._ignore = ignore_exceptions
        self._listeners = listeners
        self._bookkeeping: set[asyncio.Task[Any]] = set()
        self.is_shared_state_available = True

    async def _update(self, change: Callable[[Snapshot], tuple[Snapshot, T]]) -> T:
        shared: list[Snapshot] = []  # the shared state before the change, and after it

        def tracked(snap: Snapshot) -> tuple[Snapshot, T]:
            changed, result = change(snap)
            shared[:] = [snap, changed]
            return changed, result

        try:
            result = await self._store.update(self.name, tracked)
        except BreakerStateUnavailable:
            self.is_shared_state_available = False
            return await self._local.update(self.name, change)
        await self._shared_again(*shared)
        return result

    async def _shared_again(self, before: Snapshot, after: Snapshot) -> None:
        """The shared store answered (``before`` the call changed it to ``after``). The per-process state
        follows it, so that an outage of the store starts from the last shared state, not from the one the
        previous outage left; when the store comes back, the per-process state's move to the shared one is
        announced, so listeners (the state metric) never stay on a state only this process had."""
        local = await self._local.update(self.name, lambda snap: (after, snap))
        if not self.is_shared_state_available and local.state is not before.state:
            self._announce((local.state, before.state))
        self.is_shared_state_available = True

    def _announce(self, transition: tuple[State, State] | None) -> None:
        if transition is not None:
            _log.warning("circuit breaker changed state", breaker=self.name, from_state=str(transition[0]),
                         to_state=str(transition[1]))
            for listener in self._listeners:
                listener.on_transition(self.name, *transition)

    async def snapshot(self) -> Snapshot:
        try:
            snap = await self._store.read(self.name)
        except BreakerStateUnavailable:
            self.is_shared_state_available = False
            return await self._local.read(self.name)
        await self._shared_again(snap, snap)
        return snap

    async def state(self) -> State:
        snap = await self.snapshot()
        if snap.state is State.OPEN and self._clock() >= snap.opened_at + policy.wait_for(
            self.config, snap.trips
        ):
            return State.HALF_OPEN
        return snap.state

    async def is_refusing(self) -> bool:
        """Whether a call would be refused now: OPEN with its wait not over, or FORCED_OPEN."""
        return await self.state() in (State.OPEN, State.FORCED_OPEN)

    async def _acquire(self) -> None:
        now = self._clock()

        def admit(snap: Snapshot) -> tuple[Snapshot, policy.Decision]:
            decision = policy.acquire(self.config, snap, now)
            return decision.snapshot, decision

        decision = await self._update(admit)
        self._announce(decision.transition)
        if not decision.permitted:
            for listener in self._listeners:
                listener.on_call(self.name, "rejected")
            raise CircuitOpen(self.name, decision.retry_after)

    async def _finish(self, started: float, failed: bool) -> None:
        now = self._clock()
        slow = now - started >= self.config.slow_call_duration
        outcome: Outcome = ("slow_failure" if slow else "failure") if failed else (
            "slow_success" if slow else "success"
        )
        transition = await self._update(lambda snap: policy.record(self.config, snap, outcome, now))
        for listener in self._listeners:
            listener.on_call(self.name, outcome)
        self._announce(transition)

    @asynccontextmanager
    async def guard(self) -> AsyncIterator[None]:
        """Admit one call or raise :class:`CircuitOpen`; account for how the block ended.

        The bookkeeping runs as tasks of its own that the caller waits for: a caller cancelled meanwhile (an
        anyio cancel scope cancels every later await too) leaves them running, so a half-open trial permit
        taken is always accounted for or handed back."""
        admitted = self._in_background(self._acquire())
        try:
            await asyncio.shield(admitted)
        except asyncio.CancelledError:
            # Handed back now if the permit was already taken (a callback added to a finished task would only
            # run on the loop's next turn, after the caller may have read the state), else once it is taken.
            if admitted.done():
                self._hand_back(admitted)
            else:
                admitted.add_done_callback(self._hand_back)
            raise
        started = self._clock()
        try:
            yield
        except self._ignore:
            await self._settled(self._release())
            raise
        except self._record:
            await self._settled(self._finish(started, failed=True))
            raise
        except Exception:
            await self._settled(self._finish(started, failed=False))
            raise
        except BaseException:
            # Cancelled: no verdict on the dependency, but a half-open trial permit is handed back.
            await self._settled(self._release())
            raise
        await self._settled(self._finish(started, failed=False))

    def _in_background(self, coroutine: Coroutine[Any, Any, T]) -> asyncio.Task[T]:
        task = asyncio.ensure_future(coroutine)
        self._bookkeeping.add(task)
        task.add_done_callback(self._bookkeeping.discard)
        return task

    async def _settled(self, coroutine: Coroutine[Any, Any, None]) -> None:
        await asyncio.shield(self._in_background(coroutine))

    async def _release(self) -> None:
        await self._update(lambda snap: (policy.release(snap), None))

    def _hand_back(self, admitted: asyncio.Task[None]) -> None:
        """A permit taken for a caller cancelled while it was being taken goes back (a refusal is dropped)."""
        if not admitted.cancelled() and admitted.exception() is None:
            self._in_background(self._release())

    async def call(self, fn: Callable[..., Awaitable[T]], /, *args: object, **kwargs: object) -> T:
        async with self.guard():
            return await fn(*args, **kwargs)

    async def settle(self, outcomes: Sequence[tuple[Outcome, float]], *, rejected: int = 0) -> Snapshot:
        """Account, in one update, for calls a caller admitted itself from a snapshot that said CLOSED or
        DISABLED (see :class:`arena.resilience.snapshot_guard.SnapshotGuard`), each ``(outcome, finished
        at)``, and for ``rejected`` calls it refused from a snapshot that said OPEN. In CLOSED a permit changes
        nothing, so this counts the same as guarding each call; once the state moved on, the outcomes count
        for nothing (they were no half-open trials). Returns the state after the update."""

        if not outcomes and not rejected:
            return await self.snapshot()

        def apply(snap: Snapshot) -> tuple[Snapshot, tuple[Snapshot, list[tuple[State, State]]]]:
            moves = []
            for outcome, at in outcomes:
                if snap.state is not State.CLOSED:
                    break
                snap, transition = policy.record(self.config, snap, outcome, at)
                if transition is not None:
                    moves.append(transition)
            return snap, (snap, moves)

        snap, moves = await self._update(apply)
        for listener in self._listeners:
            for outcome, _ in outcomes:
                listener.on_call(self.name, outcome)
            for _ in range(rejected):
                listener.on_call(self.name, "rejected")
        for transition in moves:
            self._announce(transition)
        return snap

    async def force(self, to: State) -> None:
        """Put the breaker in FORCED_OPEN, DISABLED, or back to CLOSED, by hand."""
        now = self._clock()
        self._announce(await self._update(lambda snap: policy.force(snap, to, now)))
