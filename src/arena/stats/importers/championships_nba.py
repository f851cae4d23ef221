"""NBA and ABA champions: Basketball-Reference's playoffs index to 2018-19, then the curated table.

``nba_champions.csv`` names teams only, with one row per season and, for 1967-68 to 1975-76, a second row
for the ABA final. ``Team Abbrev.csv`` gives each name its code that season and its league, which tells
the NBA final from the ABA one and spells the code as the player seasons do (``CHI``, the ABA's ``INA``).
The BAA finals of 1947-1949 are NBA championships, as the NBA counts them.
"""

from __future__ import annotations

from arena.stats.catalog import League
from arena.stats.errors import SourceFileCorrupt
from arena.stats.importers.championships_curated import curated_championships
from arena.stats.importers.csvrows import Row, read_rows
from arena.stats.model import Championship
from arena.stats.ports import SourceReader

NBA_CHAMPIONS = "nba/NBA_Title_Predictions/data/nba_champions.csv"
TEAM_ABBREV = "nba/bball-reference-datasets/Data/Team Abbrev.csv"
CHAMPIONSHIP_FILES = (NBA_CHAMPIONS, TEAM_ABBREV)

NBA_TITLE = "NBA championship"
ABA_TITLE = "ABA championship"

_TitleTeam = tuple[str, str]  # (code, league)


def read_nba_championships(source: SourceReader) -> list[Championship]:
    """Every NBA (and BAA) and ABA champion with the runner-up; raises ``SourceError``s naming file and row."""
    teams = _team_codes(source)
    titles: dict[tuple[int, str], Championship] = {}
    for row in read_rows(source, NBA_CHAMPIONS, ("SEASON", "CHAMPION", "RUNNER_UP")):
        season = _end_year(row)
        champion_name, runner_up_name = row.text("CHAMPION"), row.text("RUNNER_UP")
        champion, league = _code(teams, row, season, champion_name)
        runner_up, _ = _code(teams, row, season, runner_up_name)
        title = ABA_TITLE if league == "ABA" else NBA_TITLE
        if (season, title) in titles:
            raise SourceFileCorrupt(row.path, row.line, f"a second {season} {title}")
        titles[(season, title)] = Championship(
            league=League.NBA, season=season, title=title, champion=champion, champion_name=champion_name,
            runner_up=runner_up, runner_up_name=runner_up_name, source=NBA_CHAMPIONS)
    last = max(season for season, _ in titles)
    curated = [c for c in curated_championships(League.NBA) if c.season > last]
    return [*sorted(titles.values(), key=lambda c: (c.season, c.title)), *curated]


def _team_codes(source: SourceReader) -> dict[tuple[int, str], _TitleTeam]:
    return {(row.integer("season"), row.text("team")): (row.text("abbreviation"), row.text("lg"))
            for row in read_rows(source, TEAM_ABBREV, ("season", "lg", "team", "abbreviation"))}


def _end_year(row: Row) -> int:
    text = row.text("SEASON")  # "1995-1996"
    if len(text) != 9 or text[4] != "-" or not (text[:4] + text[5:]).isdigit():
        raise SourceFileCorrupt(row.path, row.line, f"season {text!r} is not written YYYY-YYYY")
    return int(text[5:])


def _code(teams: dict[tuple[int, str], _TitleTeam], row: Row, season: int, name: str) -> _TitleTeam:
    found = teams.get((season, name))
    if found is None:
        raise SourceFileCorrupt(row.path, row.line, f"no team named {name!r} in {season} in {TEAM_ABBREV}")
    return found
