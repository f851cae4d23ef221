"""Super Bowl champions, seasons 1966 to 2024, from the spreadspoke game results.

The winner is the side with more points on the ``Superbowl`` row; ``schedule_season`` is the season the
game ended, as the player seasons count it (Super Bowl LVII of February 2023 is the 2022 season). Team
names are those of the time; each becomes the code the player seasons use for that club in that era
(:func:`.championships_nfl_early.code_of_club`: before 1970 the franchise codes, ``IND`` for the Baltimore
Colts of Super Bowl III; then PFR's codes brought to one spelling by :mod:`.nfl_teams`: ``KC``, ``NE``,
``RAM`` for the Los Angeles Rams before 1995 and ``LA`` after). The partial 2025 season in the file has no
Super Bowl yet.
"""

from __future__ import annotations

from arena.stats.catalog import League
from arena.stats.errors import SourceFileCorrupt
from arena.stats.importers.championships_nfl_early import code_of_club
from arena.stats.importers.csvrows import Row, read_rows
from arena.stats.model import Championship
from arena.stats.ports import SourceReader

SPREADSPOKE_SCORES = "nfl/spreadspoke/spreadspoke_scores.csv"
SUPER_BOWL = "Super Bowl"

_SUPER_BOWL_WEEK = "Superbowl"


def read_super_bowls(source: SourceReader) -> list[Championship]:
    """Every Super Bowl's winner and loser with the score; raises ``SourceError``s naming file and row."""
    required = ("schedule_season", "schedule_week", "team_home", "score_home", "score_away", "team_away")
    titles: list[Championship] = []
    for row in read_rows(source, SPREADSPOKE_SCORES, required):
        if row.text("schedule_week") != _SUPER_BOWL_WEEK:
            continue
        season = row.integer("schedule_season")
        home, away = (row.text("team_home"), row.integer("score_home")), (row.text("team_away"),
                                                                          row.integer("score_away"))
        if home[1] == away[1]:
            raise SourceFileCorrupt(row.path, row.line, f"the {season} Super Bowl has no winner")
        (winner, winner_points), (loser, loser_points) = sorted((home, away), key=lambda side: -side[1])
        if any(title.season == season for title in titles):
            raise SourceFileCorrupt(row.path, row.line, f"a second Super Bowl in {season}")
        titles.append(Championship(
            league=League.NFL, season=season, title=SUPER_BOWL, champion=_code(row, winner, season),
            champion_name=winner, runner_up=_code(row, loser, season), runner_up_name=loser,
            result=f"{winner_points}-{loser_points}", source=SPREADSPOKE_SCORES))
    return titles


def _code(row: Row, name: str, season: int) -> str:
    code = code_of_club(name, season)
    if code is None:
        raise SourceFileCorrupt(row.path, row.line, f"no club code known for {name!r}")
    return code
