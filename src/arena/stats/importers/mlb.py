"""MLB importer (being written for issue #2)."""

from __future__ import annotations

from arena.stats.model import LeagueData
from arena.stats.ports import SourceReader


def read_mlb(source: SourceReader) -> LeagueData:
    raise NotImplementedError("mlb importer not written yet")
