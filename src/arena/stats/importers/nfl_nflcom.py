"""NFL.com career pages (``NFL-data-hacking``), 1924-2016: passing, rushing, receiving, defense, kicking.

The pages cover only part of the players (Joe Montana, Jim Brown and Reggie White are absent), one row
per player, season and club, with no total row for a traded season; rows of a club the player was
listed with but did not play for (``Games Played`` 0, ``--`` everywhere) are dropped. AAFC seasons
(1946-1949) are left out: they are not NFL seasons. AFL seasons (1960-1969) are kept, since the NFL's
official records, these pages and Pro-Football-Reference's careers all count them. A season's games are
per club the most any file gives, summed over the clubs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from arena.stats.importers.csvrows import read_rows
from arena.stats.importers.nfl_stats import ALL_STAT_KEYS, Stats
from arena.stats.ports import SourceReader

FOLDER = "nfl/NFL-data-hacking"
# File -> stat key -> column. Each key comes from one file.
FILES: Mapping[str, Mapping[str, str]] = {
    f"{FOLDER}/Career_Stats_Passing.csv": {
        "attempts": "Passes Attempted", "completions": "Passes Completed", "passing_yards": "Passing Yards",
        "passing_tds": "TD Passes", "interceptions": "Ints",
    },
    f"{FOLDER}/Career_Stats_Rushing.csv": {
        "carries": "Rushing Attempts", "rushing_yards": "Rushing Yards", "rushing_tds": "Rushing TDs",
    },
    f"{FOLDER}/Career_Stats_Receiving.csv": {
        "receptions": "Receptions", "receiving_yards": "Receiving Yards", "receiving_tds": "Receiving TDs",
    },
    f"{FOLDER}/Career_Stats_Defensive.csv": {
        "tackles": "Total Tackles", "sacks": "Sacks", "def_interceptions": "Ints",
        "passes_defended": "Passes Defended",
    },
    f"{FOLDER}/Career_Stats_Field_Goal_Kickers.csv": {
        "fg_made": "FGs Made", "fg_attempts": "FGs Attempted", "xp_made": "Extra Points Made",
        "xp_attempts": "Extra Points Attempted",
    },
}
# Counts the pages leave blank ("--") in a season with none, where a column worked out from the count reads 0
# there: Lawrence Taylor's 1985 row has "--" interceptions and 0 yards per interception, and the rows with a
# number add up to the official careers (Taylor's 9, Ray Lewis' 31), so a blank there is none, not unknown.
# File -> stat key -> that column.
ZERO_WITNESSES: Mapping[str, Mapping[str, str]] = {
    f"{FOLDER}/Career_Stats_Defensive.csv": {"def_interceptions": "Yards Per Int"},
}
_IDENTITY = ("Player Id", "Name", "Year", "Team", "Games Played")

# The All-America Football Conference's clubs, 1946-1949 (the NFL's Brooklyn Dodgers had folded by then).
_AAFC_SEASONS = range(1946, 1950)
_AAFC_CLUBS = frozenset({
    "Baltimore Colts", "Brooklyn Dodgers", "Buffalo Bills", "Buffalo Bisons", "Chicago Hornets",
    "Chicago Rockets", "Cleveland Browns", "Los Angeles Dons", "Miami Seahawks", "New York Yankees",
    "San Francisco 49ers",
})


@dataclass
class NflcomSeason:
    """One player's season on his NFL.com page, his clubs' rows added up."""

    profile_id: str  # "steveyoung/2503843"
    name: str  # "Steve Young"
    season: int
    path: str  # the first file and row it was read from, for reports
    line: int
    clubs: list[str] = field(default_factory=list)  # full club names, in file order
    games: float = 0.0
    stats: Stats = field(default_factory=lambda: dict.fromkeys(ALL_STAT_KEYS))

    @property
    def nflcom_id(self) -> str:
        """The profile number, which Fantasy.NFL.com's ``PlayerId`` shares (``2503843``)."""
        return self.profile_id.rpartition("/")[2]


def full_name(listed: str) -> str:
    """``"Young, Steve"`` → ``"Steve Young"``; a name without a comma as it is."""
    last, comma, first = listed.partition(",")
    return f"{first.strip()} {last.strip()}" if comma else listed.strip()


def read_nflcom(source: SourceReader) -> tuple[list[NflcomSeason], list[str]]:
    """Every player season with games on NFL.com's pages, in the NFL, and the files read.

    Raises ``SourceFileMissing`` or ``SourceFileCorrupt`` (naming the file and row) on a bad file.
    """
    club_games: dict[tuple[str, int, str], float] = {}
    seasons: dict[tuple[str, int], NflcomSeason] = {}
    for path, columns in FILES.items():
        witnesses = ZERO_WITNESSES.get(path, {})
        for row in read_rows(source, path, (*_IDENTITY, *columns.values(), *witnesses.values())):
            season, club = row.integer("Year"), row.text("Team")
            games = row.number("Games Played") or 0.0
            numbers = {key: row.number(column) for key, column in columns.items()}  # every row must parse
            for key, witness in witnesses.items():
                if numbers[key] is None and row.number(witness) == 0:
                    numbers[key] = 0.0
            if not games or (season in _AAFC_SEASONS and club in _AAFC_CLUBS):
                continue
            profile = row.text("Player Id")
            line = seasons.get((profile, season))
            if line is None:
                line = seasons[(profile, season)] = NflcomSeason(
                    profile, full_name(row.text("Name")), season, row.path, row.line)
            if club not in line.clubs:
                line.clubs.append(club)
            stint = (profile, season, club)
            if games > club_games.get(stint, 0.0):
                line.games += games - club_games.get(stint, 0.0)
                club_games[stint] = games
            for key, value in numbers.items():
                if value is not None:
                    line.stats[key] = (line.stats[key] or 0.0) + value
    return list(seasons.values()), list(FILES)
