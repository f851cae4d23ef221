"""Super Bowl champions, seasons 1966 to 2024, from the spreadspoke game results.

The winner is the side with more points on the ``Superbowl`` row; ``schedule_season`` is the season the
game ended, as the player seasons count it (Super Bowl LVII of February 2023 is the 2022 season). Team
names are those of the time; each becomes the code the player seasons use for that club in that era
(PFR's codes brought to one spelling by :mod:`.nfl_teams`: ``KC``, ``NE``, ``RAM`` for the Los Angeles
Rams before 1995 and ``LA`` after). The partial 2025 season in the file has no Super Bowl yet.
"""

from __future__ import annotations

from arena.stats.catalog import League
from arena.stats.errors import SourceFileCorrupt
from arena.stats.importers.csvrows import Row, read_rows
from arena.stats.importers.nfl_teams import era_code_from_pfr
from arena.stats.model import Championship
from arena.stats.ports import SourceReader

SPREADSPOKE_SCORES = "nfl/spreadspoke/spreadspoke_scores.csv"
SUPER_BOWL = "Super Bowl"

_SUPER_BOWL_WEEK = "Superbowl"

# Team name of the time -> PFR code (then brought to Arena's era spelling), for every Super Bowl team.
_PFR_CODES = {
    "Arizona Cardinals": "ARI", "Atlanta Falcons": "ATL", "Baltimore Colts": "BAL", "Baltimore Ravens": "BAL",
    "Buffalo Bills": "BUF", "Carolina Panthers": "CAR", "Chicago Bears": "CHI", "Cincinnati Bengals": "CIN",
    "Dallas Cowboys": "DAL", "Denver Broncos": "DEN", "Green Bay Packers": "GNB", "Indianapolis Colts": "IND",
    "Kansas City Chiefs": "KAN", "Los Angeles Raiders": "RAI", "Miami Dolphins": "MIA",
    "Minnesota Vikings": "MIN", "New England Patriots": "NWE", "New Orleans Saints": "NOR",
    "New York Giants": "NYG", "New York Jets": "NYJ", "Oakland Raiders": "OAK", "Philadelphia Eagles": "PHI",
    "Pittsburgh Steelers": "PIT", "San Diego Chargers": "SDG", "San Francisco 49ers": "SFO",
    "Seattle Seahawks": "SEA", "St. Louis Rams": "STL", "Tampa Bay Buccaneers": "TAM",
    "Tennessee Titans": "TEN", "Washington Redskins": "WAS",
}
# The Rams played in Los Angeles twice: PFR writes the first stay RAM, the second LAR.
_LOS_ANGELES_RAMS = "Los Angeles Rams"
_LAST_SEASON_OF_FIRST_LOS_ANGELES_RAMS = 1994


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
    if name == _LOS_ANGELES_RAMS:
        return "RAM" if season <= _LAST_SEASON_OF_FIRST_LOS_ANGELES_RAMS else era_code_from_pfr("LAR")
    pfr = _PFR_CODES.get(name)
    if pfr is None:
        raise SourceFileCorrupt(row.path, row.line, f"no club code known for {name!r}")
    return era_code_from_pfr(pfr)
