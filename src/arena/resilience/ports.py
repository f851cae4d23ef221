"""Where breaker state lives: the port, and the snapshot's wire form shared by its adapters."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from arena.resilience.policy import Outcome, Snapshot, State

R = TypeVar("R")


class BreakerStateStore(Protocol):
    """Holds one :class:`Snapshot` per breaker name and changes it atomically.

    ``update`` applies ``change`` to the current snapshot and stores the result as one atomic step
    (across processes for shared stores); it returns what ``change`` returned beside the snapshot.
    Raises :class:`arena.resilience.errors.BreakerStateUnavailable` when the store cannot be reached.
    """

    async def update(self, name: str, change: Callable[[Snapshot], tuple[Snapshot, R]]) -> R:
        ...

    async def read(self, name: str) -> Snapshot:
        ...


def dump_snapshot(snap: Snapshot) -> str:
    return json.dumps(
        {
            "state": snap.state.value,
            "calls": [[second, outcome] for second, outcome in snap.calls],
            "opened_at": snap.opened_at,
            "half_open_at": snap.half_open_at,
            "trips": snap.trips,
            "trials_issued": snap.trials_issued,
            "trial_outcomes": list(snap.trial_outcomes),
            "transitions": snap.transitions,
        },
        separators=(",", ":"),
    )


def load_snapshot(text: str | bytes | None) -> Snapshot:
    if not text:
        return Snapshot()
    data: dict[str, Any] = json.loads(text)
    calls: tuple[tuple[int, Outcome], ...] = tuple((int(s), o) for s, o in data["calls"])
    return Snapshot(
        state=State(data["state"]),
        calls=calls,
        opened_at=float(data["opened_at"]),
        half_open_at=float(data.get("half_open_at", 0.0)),  # absent from snapshots written before it existed
        trips=int(data["trips"]),
        trials_issued=int(data["trials_issued"]),
        trial_outcomes=tuple(data["trial_outcomes"]),
        transitions=int(data["transitions"]),
    )
