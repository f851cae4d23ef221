"""Stanley Cup winners: the Databank's Stanley Cup Final series to 2017-18, then the curated table.

``SeriesPost.csv`` has one ``SCF`` row per season (``year`` the season's start, as in every Databank
file; Arena's season is the end year). Two rows need care:

- 1912-13 (note ``EX``): the row is an exhibition series Victoria won; Quebec held the Cup that season,
  so Quebec (the row's loser) is the champion, with no runner-up or result from this series.
- 1919-20: the source swaps the teams; Ottawa beat Seattle 3 games to 2.

1918-19 (note ``ND``, influenza) has no champion, and 2004-05 (lockout) has no row.
"""

from __future__ import annotations

from arena.stats.catalog import League
from arena.stats.errors import SourceFileCorrupt
from arena.stats.importers.championships_curated import curated_championships
from arena.stats.importers.csvrows import Row, read_rows
from arena.stats.importers.nhl_databank import DATABANK_DIR, TEAMS, season_of
from arena.stats.model import Championship
from arena.stats.ports import SourceReader

SERIES_POST = f"{DATABANK_DIR}/SeriesPost.csv"
STANLEY_CUP = "Stanley Cup"

_FINAL = "SCF"
_EXHIBITION = "EX"
_NO_DECISION = "ND"
_SWAPPED_FINAL_YEAR = 1919  # Databank year (start of 1919-20)


def read_stanley_cups(source: SourceReader) -> list[Championship]:
    """Every Stanley Cup winner with the runner-up and series score; raises ``SourceError``s."""
    names = {(row.integer("year"), row.text("tmID")): row.text("name")
             for row in read_rows(source, TEAMS, ("year", "tmID", "name"))}
    required = ("year", "round", "tmIDWinner", "tmIDLoser", "W", "L", "note")
    titles: dict[int, Championship] = {}
    for row in read_rows(source, SERIES_POST, required):
        if row.text("round") != _FINAL or row.text("note") == _NO_DECISION:
            continue
        year, season = row.integer("year"), season_of(row)
        winner, loser = row.text("tmIDWinner"), row.text("tmIDLoser")
        won, lost = row.integer("W"), row.integer("L")
        if year == _SWAPPED_FINAL_YEAR:
            winner, loser = loser, winner  # the series score (3-2) stands, from Ottawa's side
        if season in titles:
            raise SourceFileCorrupt(row.path, row.line, f"a second Stanley Cup Final in {year}")
        if row.text("note") == _EXHIBITION:
            titles[season] = Championship(
                league=League.NHL, season=season, title=STANLEY_CUP, champion=loser,
                champion_name=_name(names, row, year, loser), source=SERIES_POST)
            continue
        titles[season] = Championship(
            league=League.NHL, season=season, title=STANLEY_CUP, champion=winner,
            champion_name=_name(names, row, year, winner), runner_up=loser,
            runner_up_name=_name(names, row, year, loser), result=f"{won}-{lost}", source=SERIES_POST)
    last = max(titles, default=0)
    curated = [c for c in curated_championships(League.NHL) if c.season > last]
    return [*(titles[season] for season in sorted(titles)), *curated]


def _name(names: dict[tuple[int, str], str], row: Row, year: int, team: str) -> str:
    name = names.get((year, team))
    if name is None:
        raise SourceFileCorrupt(row.path, row.line, f"team {team!r} is not in {TEAMS} for {year}")
    return name
