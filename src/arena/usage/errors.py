"""Errors of usage recording.

    UsageError
    └── UsageUnavailable   (the usage log could not be written; the records stay buffered)
"""

from __future__ import annotations

from arena.errors import ArenaError


class UsageError(ArenaError):
    code = "usage-error"


class UsageUnavailable(UsageError):
    code = "usage-unavailable"
