"""Fantasy.NFL.com season totals, 2024: one file per fantasy position, an empty cell meaning zero.

There is no games column, no completions or passing attempts, and a traded player appears once with
combined totals and his club at the time the file was made (``FA`` when unsigned). The defenders' files
(DB, DL, LB) give tackles as solo (``TacklesTot``) and assisted (``TacklesAst``), which NFL.com's career
pages add up into the total the store keeps (Budda Baker's 95 + 69 = 164). The kickers' file counts field
goals made by distance but misses only inside 40 yards (Brandon Aubrey's 40 made of 47 show 2 misses), so
a 2024 kicker has no field goals attempted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from arena.stats.importers.csvrows import read_rows
from arena.stats.importers.nfl_stats import ALL_STAT_KEYS, Stats, active_groups
from arena.stats.importers.nfl_teams import era_code_from_nflcom
from arena.stats.ports import SourceReader

SEASON = 2024
_FOLDER = "nfl/NFL-Data/NFL-data-Players/2024"
_FREE_AGENT = "FA"

# Stat key -> the columns that add up to it.
_Columns = Mapping[str, tuple[str, ...]]
_OFFENSE: _Columns = {
    "interceptions": ("PassingInt",),
    "passing_yards": ("PassingYDS",),
    "passing_tds": ("PassingTD",),
    "carries": ("TouchCarries",),
    "rushing_yards": ("RushingYDS",),
    "rushing_tds": ("RushingTD",),
    "receptions": ("ReceivingRec",),
    "targets": ("Targets",),
    "receiving_yards": ("ReceivingYDS",),
    "receiving_tds": ("ReceivingTD",),
}
_DEFENSE: _Columns = {
    "tackles": ("TacklesTot", "TacklesAst"),
    "sacks": ("TacklesSck",),
    "def_interceptions": ("TurnoverInt",),
    "passes_defended": ("PDef",),
}
_KICKING: _Columns = {
    "fg_made": ("FgMade_0-19", "FgMade_20-29", "FgMade_30-39", "FgMade_40-49", "FgMade_50"),
    "xp_made": ("PatMade",),
    "xp_attempts": ("PatMade", "PatMissed"),
}
FILES: Mapping[str, _Columns] = {
    **{f"{_FOLDER}/{pos}_season.csv": _OFFENSE for pos in ("QB", "RB", "WR", "TE")},
    **{f"{_FOLDER}/{pos}_season.csv": _DEFENSE for pos in ("DB", "DL", "LB")},
    f"{_FOLDER}/K_season.csv": _KICKING,
}


@dataclass(frozen=True)
class FantasySeason:
    nflcom_id: str
    name: str
    position: str  # the file's position: QB, RB, WR, TE, K, DB, DL or LB
    team: str | None
    stats: Stats


def read_fantasy(source: SourceReader) -> tuple[list[FantasySeason], list[str]]:
    """2024 seasons with activity in a stat group, each player once (the files repeat some rows), and the
    files read."""
    seasons: dict[str, FantasySeason] = {}
    for path, columns in FILES.items():
        required = dict.fromkeys(name for names in columns.values() for name in names)
        for row in read_rows(source, path, ("PlayerName", "PlayerId", "Pos", "Team", *required)):
            stats: Stats = dict.fromkeys(ALL_STAT_KEYS)
            stats.update({key: sum(row.count(name, empty_is_zero=True) or 0.0 for name in names)
                          for key, names in columns.items()})
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
