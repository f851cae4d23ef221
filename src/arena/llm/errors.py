"""Errors of the writers.

    WriterError
    ├── WriterUnavailable   (cannot start: server down, first-token deadline passed, not installed)
    └── WriterFailed        (broke off after it had started writing)
"""

from __future__ import annotations

from arena.errors import ArenaError


class WriterError(ArenaError):
    code = "writer-error"


class WriterUnavailable(WriterError):
    code = "writer-unavailable"


class WriterFailed(WriterError):
    code = "writer-failed"
