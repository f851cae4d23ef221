"""Season titles no upstream file holds, curated as data in the package (``curated_champions.json``).

Every row names the public reference it was taken from (``reference``, stored as the title's source).
They fill the seasons after the upstream files end: NBA champions 2019-20 to 2024-25 (the champions file
stops at 2018-19) and Stanley Cup winners 2018-19 to 2024-25 (the Databank stops at 2017-18). Team codes
are spelt as the league's other files spell them (Basketball-Reference's ``PHO``, the Databank's ``TBL``).
"""

from __future__ import annotations

from functools import cache

from arena.stats.catalog import League
from arena.stats.importers.curated import CuratedRow, read_curated
from arena.stats.model import Championship

CURATED_FILE = "curated_champions.json"


class CuratedChampion(CuratedRow):
    """One row of ``curated_champions.json``; ``reference`` becomes the title's source."""

    season: int
    title: str
    champion: str
    champion_name: str
    runner_up: str
    runner_up_name: str
    result: str


@cache
def curated_rows() -> tuple[CuratedChampion, ...]:
    return read_curated(CURATED_FILE, CuratedChampion)


def curated_championships(league: League) -> list[Championship]:
    """The curated titles of ``league``, each with its public reference as the source."""
    return [
        Championship(league=row.league, season=row.season, title=row.title, champion=row.champion,
                     champion_name=row.champion_name, runner_up=row.runner_up, runner_up_name=row.runner_up_name,
                     result=row.result, source=row.reference)
        for row in curated_rows() if row.league == league
    ]
