"""NHL importer (being written for issue #2)."""

from __future__ import annotations

from arena.stats.model import LeagueData
from arena.stats.ports import SourceReader


def read_nhl(source: SourceReader) -> LeagueData:
    raise NotImplementedError("nhl importer not written yet")
