"""The clock services read: aware UTC datetimes, passed in as a ``clock`` so tests can move time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """Now, as an aware UTC datetime (every moment Arena stores is one)."""
    return datetime.now(UTC)
