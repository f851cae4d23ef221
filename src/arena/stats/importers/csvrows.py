"""CSV reading shared by the importers: rows with their line numbers, and strict number parsing.

Every parse failure becomes :class:`SourceFileCorrupt` naming the file and row, so a bad upstream file
stops the import before anything is written.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence

from arena.stats.errors import SourceFileCorrupt
from arena.stats.ports import SourceReader

# Upstream spellings of "not recorded".
MISSING = frozenset({"", "NA", "N/A", "NaN", "nan", "--", "-"})


class Row:
    """One CSV record: values by column name, plus where it came from for error messages."""

    __slots__ = ("line", "path", "values")

    def __init__(self, path: str, line: int, values: dict[str, str]) -> None:
        self.path = path
        self.line = line
        self.values = values

    def text(self, column: str) -> str:
        try:
            return self.values[column].strip()
        except KeyError as exc:
            raise SourceFileCorrupt(self.path, self.line, f"column {column!r} missing") from exc

    def optional_text(self, column: str) -> str | None:
        value = self.values.get(column)
        if value is None:
            return None
        value = value.strip()
        return None if value in MISSING else value

    def number(self, column: str) -> float | None:
        """A number, or None when the source marks it unrecorded (``NA``, empty)."""
        raw = self.text(column)
        if raw in MISSING:
            return None
        try:
            return float(raw.replace(",", ""))
        except ValueError as exc:
            raise SourceFileCorrupt(self.path, self.line, f"column {column!r}: {raw!r} is not a number") from exc

    def count(self, column: str, *, empty_is_zero: bool = False) -> float | None:
        """A non-negative-or-signed counting stat; ``empty_is_zero`` where the source says so."""
        value = self.number(column)
        if value is None and empty_is_zero:
            return 0.0
        return value

    def integer(self, column: str) -> int:
        value = self.number(column)
        if value is None:
            raise SourceFileCorrupt(self.path, self.line, f"column {column!r} is empty")
        return int(value)


def unique_header(names: Sequence[str]) -> list[str]:
    """Repeated column names numbered as pandas does (``Att``, ``Att.1``): PFR's 1970-1991 tables repeat
    ``Att`` and ``Yds`` for passing and rushing."""
    seen: dict[str, int] = {}
    unique = []
    for name in names:
        count = seen.get(name, 0)
        unique.append(f"{name}.{count}" if count else name)
        seen[name] = count + 1
    return unique


def read_rows(source: SourceReader, path: str, required: Sequence[str] = ()) -> Iterator[Row]:
    """Records of a CSV file (line numbers count the header as line 1); checks required columns."""
    reader = csv.reader(source.open_text(path))
    header = unique_header(next(reader, []))
    missing = [c for c in required if c not in header]
    if missing:
        raise SourceFileCorrupt(path, 1, f"header lacks column(s) {', '.join(missing)}")
    width = len(header)
    for fields in reader:
        if not fields:  # a blank line, as csv.DictReader would skip
            continue
        if len(fields) != width:
            raise SourceFileCorrupt(path, reader.line_num, f"expected {width} fields, found {len(fields)}")
        yield Row(path, reader.line_num, dict(zip(header, fields, strict=True)))
