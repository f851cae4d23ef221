"""NBA importer (being written for issue #2)."""

from __future__ import annotations

from arena.stats.model import LeagueData
from arena.stats.ports import SourceReader


def read_nba(source: SourceReader) -> LeagueData:
    raise NotImplementedError("nba importer not written yet")
