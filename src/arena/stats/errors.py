"""Errors of the stat store.

    StatsError
    ├── UnknownLeague
    ├── UnknownStat
    ├── UnknownSeason
    ├── PlayerNotFound
    ├── SourceError
    │   ├── SourceFileMissing
    │   ├── SourceFileCorrupt
    │   └── ChecksumMismatch
    ├── StoreUnavailable
    └── StoreRefusedValue   (the store refused a value it was asked to look up, not a failure of the store)
"""

from __future__ import annotations

from arena.errors import ArenaError, RefusesTheRequest, WithSuggestions


class StatsError(ArenaError, code="stats-error"): ...


class UnknownLeague(RefusesTheRequest, WithSuggestions, StatsError, code="unknown-league"): ...


class UnknownStat(RefusesTheRequest, WithSuggestions, StatsError, code="unknown-stat"): ...


class UnknownSeason(RefusesTheRequest, StatsError, code="unknown-season"): ...


class PlayerNotFound(RefusesTheRequest, WithSuggestions, StatsError, code="player-not-found"): ...


class SourceError(StatsError, code="source-error", public_message="an upstream data source could not be read"): ...


class SourceFileMissing(SourceError, code="source-file-missing"): ...


class SourceFileCorrupt(SourceError, code="source-file-corrupt"):
    """A source file could not be read; the message names the file and the row."""

    def __init__(self, path: str, row: int | None, reason: str) -> None:
        self.path = path
        self.row = row
        where = f"{path}, row {row}" if row is not None else path
        super().__init__(f"{where}: {reason}")


class ChecksumMismatch(SourceError, code="checksum-mismatch"): ...


class StoreUnavailable(StatsError, code="store-unavailable", public_message="the stat store is unavailable"): ...


class StoreRefusedValue(StatsError, code="store-refused-value",
                        public_message="the stat store refused a value of this request as data"):
    """The database refused a value as data (text with NUL, a number out of range): asking again gets the same
    answer, so it never counts against the database's breaker and is never retried."""
