"""Errors of the writers.

    WriterError
    ├── WriterUnavailable   (cannot start: server down, first-token deadline passed, not installed)
    │   ├── WriterCircuitOpen (not even tried: the LLM breaker is open)
    │   └── WriterBusy        (no free LLM slot within the first-token deadline: the bulkhead is full)
    └── WriterFailed        (broke off after it had started writing)
"""

from __future__ import annotations

from arena.errors import ArenaError


class WriterError(ArenaError):
    code = "writer-error"


class WriterUnavailable(WriterError):
    code = "writer-unavailable"


class WriterCircuitOpen(WriterUnavailable):
    code = "circuit-open"


class WriterBusy(WriterUnavailable):
    code = "writer-busy"


class WriterFailed(WriterError):
    code = "writer-failed"


def first_token_missed(writer: str, seconds: float) -> WriterUnavailable:
    """The error for a writer that sent nothing within the first-token deadline (``seconds``)."""
    return WriterUnavailable(f"the {writer} writer sent nothing within {seconds:g} s")
