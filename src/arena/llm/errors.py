"""Errors of the writers.

    WriterError
    ├── WriterUnavailable   (cannot start: server down, first-token deadline passed, not installed)
    │   ├── WriterNotConfigured (not even tried: no server set, or not installed; arena.guard.NotConfigured)
    │   ├── WriterCircuitOpen (not even tried: the LLM breaker is open)
    │   └── WriterBusy        (no free LLM slot within the first-token deadline: the bulkhead is full)
    └── WriterFailed        (broke off after it had started writing)
"""

from __future__ import annotations

from arena.errors import ArenaError
from arena.guard import NotConfigured


class WriterError(ArenaError, code="writer-error", public_message="the writer could not write this round"): ...


class WriterUnavailable(WriterError, code="writer-unavailable", public_message="the writer is unavailable"): ...


class WriterNotConfigured(NotConfigured, WriterUnavailable, code="writer-unavailable"):
    """The writer was asked for where it has no server set or is not installed: its round falls back under the
    code of any writer that cannot start, but the LLM breaker does not count it."""


class WriterCircuitOpen(WriterUnavailable, code="circuit-open",
                        public_message="the writer is not called for a while after repeated failures"): ...


class WriterBusy(WriterUnavailable, code="writer-busy", public_message="every writer slot stayed busy"): ...


class WriterFailed(WriterError, code="writer-failed", public_message="the writer broke off mid-round"): ...


def first_token_missed(writer: str, seconds: float) -> WriterUnavailable:
    """The error for a writer that sent nothing within the first-token deadline (``seconds``)."""
    return WriterUnavailable(f"the {writer} writer sent nothing within {seconds:g} s")
