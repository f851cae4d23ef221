"""Errors of the resilience layer.

    ResilienceError
    ├── CircuitOpen            (a call was refused without touching the dependency; also arena.guard.CallRefused)
    ├── BreakerStateUnavailable (the shared breaker state could not be read or written)
    └── HealthUnreadable        (a running server's /healthz could not be read)
"""

from __future__ import annotations

from arena.errors import ArenaError
from arena.guard import CallRefused


class ResilienceError(ArenaError, code="resilience-error", public_message="a dependency is unavailable"): ...


class CircuitOpen(ResilienceError, CallRefused, code="circuit-open"):
    """Raised instead of calling a dependency whose breaker is open; ``retry_after`` in seconds."""

    def __init__(self, name: str, retry_after: float | None) -> None:
        self.name = name
        self.retry_after = retry_after
        wait = f"; retry in {retry_after:.1f} s" if retry_after is not None else ""
        super().__init__(f"{name} is unavailable (circuit open{wait})")

    @property
    def public(self) -> str:
        # The breaker's name and its wait are Arena's own words, safe to tell.
        return self.message


class BreakerStateUnavailable(ResilienceError, code="breaker-state-unavailable"): ...


class HealthUnreadable(ResilienceError, code="health-unreadable"): ...
