"""Where usage records are kept."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from arena.usage.model import UsageRecord


class UsageLog(Protocol):
    """Stores usage records, each at most once."""

    def write(self, records: Sequence[UsageRecord]) -> int:
        """Store ``records`` in one transaction, skipping any whose debate id is already stored; returns how
        many were new. Raises :class:`arena.usage.errors.UsageUnavailable` when the log cannot be written, and
        :class:`arena.usage.errors.UsageRefused` when it refuses one of the records as data (either way,
        nothing was stored)."""
        ...
