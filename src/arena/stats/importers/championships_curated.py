"""Season titles no upstream file holds, curated as data in the package (``curated_champions.json``).

Every row names the public reference it was taken from (``reference``, stored as the title's source).
They fill the seasons after the upstream files end: NBA champions 2019-20 to 2024-25 (the champions file
stops at 2018-19) and Stanley Cup winners 2018-19 to 2024-25 (the Databank stops at 2017-18). Team codes
are spelt as the league's other files spell them (Basketball-Reference's ``PHO``, the Databank's ``TBL``).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

from arena.stats.catalog import League
from arena.stats.model import Championship

CURATED_FILE = "curated_champions.json"


class CuratedChampion(BaseModel):
    """One row of the curated table, exactly as written there."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    league: League
    season: int
    title: str
    champion: str
    champion_name: str
    runner_up: str
    runner_up_name: str
    result: str
    reference: str


@cache
def curated_rows() -> tuple[CuratedChampion, ...]:
    text = resources.files("arena.stats.importers").joinpath(CURATED_FILE).read_text("utf-8")
    return tuple(CuratedChampion.model_validate(item) for item in json.loads(text))


def curated_championships(league: League) -> list[Championship]:
    """The curated titles of ``league``, each with its public reference as the source."""
    return [
        Championship(league=row.league, season=row.season, title=row.title, champion=row.champion,
                     champion_name=row.champion_name, runner_up=row.runner_up, runner_up_name=row.runner_up_name,
                     result=row.result, source=row.reference)
        for row in curated_rows() if row.league == league
    ]
