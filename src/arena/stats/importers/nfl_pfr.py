"""Pro-Football-Reference yearly tables, 1970-2020: official season totals with games and starts.

Three header variants are read by column name: 1970-1991 repeats ``Att``/``Yds`` (passing, rushing,
receiving) and has completions but no targets; 1992-2020 has targets but no completions; 2020 drops the
leading index column.
"""

from __future__ import annotations

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
    seasons: list[PfrSeason] = []
    paths: list[str] = []
    for season in SEASONS:
        path = f"{FOLDER}/{season}.csv"
        paths.append(path)
        present: frozenset[str] | None = None
        for row in read_rows(source, path, _REQUIRED):
            if present is None:
                present = frozenset(row.values)
            line = _season(row, season, present)
            if active_groups(line.stats):
                seasons.append(line)
    return seasons, paths
