"""Pro-Football-Reference yearly tables, 1970-2020: official season totals with games and starts.

Three header variants are read by column name: 1970-1991 repeats ``Att``/``Yds`` (passing, rushing,
receiving) and has completions but no targets; 1992-2020 has targets but no completions; 2020 drops the
leading index column.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from arena.stats.importers.csvrows import Row, read_rows
from arena.stats.importers.nfl_names import clean_pfr_name
from arena.stats.importers.nfl_stats import Stats, active_groups
from arena.stats.ports import SourceReader

FOLDER = "nfl/fantasydatapros-data/yearly"
SEASONS = range(1970, 2021)

_COLUMNS = {
    "completions": "Cmp",
    "attempts": "PassingAtt",
    "passing_yards": "PassingYds",
    "passing_tds": "PassingTD",
    "interceptions": "Int",
    "carries": "RushingAtt",
    "rushing_yards": "RushingYds",
    "rushing_tds": "RushingTD",
    "receptions": "Rec",
    "targets": "Tgt",
    "receiving_yards": "ReceivingYds",
    "receiving_tds": "ReceivingTD",
}
# Present in every variant; completions and targets each exist in only some years.
_OPTIONAL = frozenset({"Cmp", "Tgt"})
_REQUIRED = ("Player", "Tm", "Pos", "Age", "G", "GS", *(c for c in _COLUMNS.values() if c not in _OPTIONAL))
_UNKNOWN_POSITION = "0"


@dataclass(frozen=True)
class PfrSeason:
    """One player's official season (all clubs together when ``team`` is ``2TM``/``3TM``)."""

    path: str
    line: int
    season: int
    name: str
    team: str
    position: str | None
    birth_year: int | None  # season minus PFR's age on 31 December
    games: float | None
    games_started: float | None
    stats: Stats


class _UniqueHeaders:
    """A source whose CSV headers name repeated columns as pandas does (``Att``, ``Att.1``): the 1970-1991
    files repeat ``Att`` and ``Yds``, and a row keyed by name would otherwise hold fewer fields than the
    header, which ``read_rows`` rightly rejects as corrupt."""

    def __init__(self, source: SourceReader) -> None:
        self._source = source

    def exists(self, path: str) -> bool:
        return self._source.exists(path)

    def list(self, folder: str, suffix: str = "") -> Sequence[str]:
        return self._source.list(folder, suffix)

    def open_text(self, path: str) -> Iterator[str]:
        lines = self._source.open_text(path)
        header = next(lines, None)
        if header is not None:
            yield _unique_header(header)
            yield from lines


def _unique_header(line: str) -> str:
    names = next(csv.reader([line]), [])
    seen: Counter[str] = Counter()
    unique = []
    for name in names:
        unique.append(f"{name}.{seen[name]}" if seen[name] else name)
        seen[name] += 1
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(unique)
    return out.getvalue()


def _season(row: Row, season: int, present: frozenset[str]) -> PfrSeason:
    stats: Stats = {key: row.number(col) if col in present else None for key, col in _COLUMNS.items()}
    age = row.number("Age")
    position = row.text("Pos")
    return PfrSeason(
        path=row.path,
        line=row.line,
        season=season,
        name=clean_pfr_name(row.text("Player")),
        team=row.text("Tm"),
        position=None if position == _UNKNOWN_POSITION else position,
        birth_year=None if age is None else season - int(age),
        games=row.number("G"),
        games_started=row.number("GS"),
        stats=stats,
    )


def read_pfr(source: SourceReader) -> tuple[list[PfrSeason], list[str]]:
    """Every PFR season with activity in a stat group (the tables also list idle roster players), and
    the files read."""
    unique = _UniqueHeaders(source)
    seasons: list[PfrSeason] = []
    paths: list[str] = []
    for season in SEASONS:
        path = f"{FOLDER}/{season}.csv"
        paths.append(path)
        present: frozenset[str] | None = None
        for row in read_rows(unique, path, _REQUIRED):
            if present is None:
                present = frozenset(row.values)
            line = _season(row, season, present)
            if active_groups(line.stats):
                seasons.append(line)
    return seasons, paths
