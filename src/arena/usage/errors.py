"""Errors of usage recording.

    UsageError
    ├── UsageUnavailable   (the usage log could not be written; the records stay buffered)
    └── UsageRefused       (the usage log refused a record as data: it is set aside, never tried again)
"""

from __future__ import annotations

from arena.errors import ArenaError


class UsageError(ArenaError, code="usage-error", public_message="usage could not be recorded"): ...


class UsageUnavailable(UsageError, code="usage-unavailable"): ...


class UsageRefused(UsageError, code="usage-refused"):
    """The usage log refused the records as data (the database answered, and would answer so again)."""
