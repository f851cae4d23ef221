"""Fantasy.NFL.com season totals, 2024: one file per fantasy position, an empty cell meaning zero.

There is no games column, no completions or passing attempts, and a traded player appears once with
combined totals and his club at the time the file was made (``FA`` when unsigned).
"""

from __future__ import annotations

from dataclasses import dataclass

from arena.stats.importers.csvrows import read_rows
from arena.stats.importers.nfl_stats import STAT_KEYS, Stats, active_groups
from arena.stats.importers.nfl_teams import era_code_from_nflcom
from arena.stats.ports import SourceReader

SEASON = 2024
FILES = tuple(f"nfl/NFL-Data/NFL-data-Players/2024/{pos}_season.csv" for pos in ("QB", "RB", "WR", "TE"))
_FREE_AGENT = "FA"

_COLUMNS = {
    "interceptions": "PassingInt",
    "passing_yards": "PassingYDS",
    "passing_tds": "PassingTD",
    "carries": "TouchCarries",
    "rushing_yards": "RushingYDS",
    "rushing_tds": "RushingTD",
    "receptions": "ReceivingRec",
    "targets": "Targets",
    "receiving_yards": "ReceivingYDS",
    "receiving_tds": "ReceivingTD",
}
_REQUIRED = ("PlayerName", "PlayerId", "Pos", "Team", *_COLUMNS.values())


@dataclass(frozen=True)
class FantasySeason:
    nflcom_id: str
    name: str
    position: str
    team: str | None
    stats: Stats


def read_fantasy(source: SourceReader) -> tuple[list[FantasySeason], list[str]]:
    """2024 seasons with activity in a stat group, each player once, and the files read."""
    seasons: dict[str, FantasySeason] = {}
    for path in FILES:
        for row in read_rows(source, path, _REQUIRED):
            stats: Stats = dict.fromkeys(STAT_KEYS)
            stats.update({key: row.count(col, empty_is_zero=True) for key, col in _COLUMNS.items()})
            nflcom_id = row.text("PlayerId")
            if nflcom_id in seasons or not active_groups(stats):
                continue
            team = row.text("Team")
            seasons[nflcom_id] = FantasySeason(
                nflcom_id=nflcom_id,
                name=row.text("PlayerName"),
                position=row.text("Pos"),
                team=None if team == _FREE_AGENT else era_code_from_nflcom(team),
                stats=stats,
            )
    return list(seasons.values()), list(FILES)
