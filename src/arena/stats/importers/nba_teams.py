"""NBA team seasons from ``Team Summaries.csv``: records and ratings, the context for player numbers."""

from __future__ import annotations

from collections.abc import Iterator

from arena.stats.catalog import League
from arena.stats.importers.csvrows import read_rows
from arena.stats.model import TeamSeason
from arena.stats.ports import SourceReader

TEAM_SUMMARIES = "nba/bball-reference-datasets/Data/Team Summaries.csv"

# Stored stat key -> column: margin of victory, strength of schedule, simple rating, offensive, defensive
# and net rating (points per 100 possessions), pace (possessions per 48 minutes), Pythagorean W-L.
_STAT_COLUMNS = {
    "mov": "mov", "sos": "sos", "srs": "srs", "o_rtg": "o_rtg", "d_rtg": "d_rtg", "n_rtg": "n_rtg",
    "pace": "pace", "pythagorean_wins": "pw", "pythagorean_losses": "pl",
}
_LEAGUE_AVERAGE = "League Average"


def _whole(value: float | None) -> int | None:
    # The 1954-55 Baltimore Bullets folded mid-season and have no record.
    return None if value is None else int(value)


def read_team_seasons(source: SourceReader, last_season: int) -> Iterator[TeamSeason]:
    """Every club season up to ``last_season``; ``team`` is the Basketball-Reference abbreviation."""
    required = ("season", "lg", "team", "abbreviation", "w", "l", *_STAT_COLUMNS.values())
    for row in read_rows(source, TEAM_SUMMARIES, required):
        season = row.integer("season")
        name = row.text("team")
        if season > last_season or name == _LEAGUE_AVERAGE:
            continue
        yield TeamSeason(
            league=League.NBA, season=season, competition=row.text("lg"), team=row.text("abbreviation"),
            name=name, wins=_whole(row.count("w")), losses=_whole(row.count("l")),
            stats={key: row.number(column) for key, column in _STAT_COLUMNS.items()},
        )
