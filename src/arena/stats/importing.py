"""Importing leagues: each league's importer reads the upstream files, then the writer replaces its data.

Each league is atomic: when reading or writing fails, that league keeps its previous data whole and the
error (a :class:`arena.stats.errors.StatsError` such as ``SourceFileCorrupt``) propagates; leagues
imported before it stay imported.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from pydantic import BaseModel, ConfigDict

from arena.stats.catalog import League
from arena.stats.errors import SourceError
from arena.stats.importers import IMPORTERS
from arena.stats.ports import SourceReader, StatWriter

# (league, phase, fraction of that league done): phases are "reading", "writing" and "done".
ProgressCallback = Callable[[League, str, float], None]

# Reading the upstream files takes most of an import; writing the rest.
_WRITING_STARTS_AT = 0.6


class ImportSummary(BaseModel):
    """What one league's import stored, and how long reading plus writing took."""

    model_config = ConfigDict(frozen=True)

    league: League
    players: int
    player_seasons: int
    first_season: int | None
    last_season: int | None
    seconds: float


def import_leagues(
    source: SourceReader,
    leagues: Sequence[League],
    writer: StatWriter,
    *,
    on_progress: ProgressCallback | None = None,
) -> list[ImportSummary]:
    """Import ``leagues`` in order (each once) from ``source`` into ``writer``; one summary per league."""
    summaries = []
    for league in dict.fromkeys(leagues):
        started = time.perf_counter()
        _report(on_progress, league, "reading", 0.0)
        data = IMPORTERS[league](source)
        if data.league != league:
            raise SourceError(f"the {league.value} importer returned {data.league.value} data")
        _report(on_progress, league, "writing", _WRITING_STARTS_AT)
        status = writer.replace_league(data)
        _report(on_progress, league, "done", 1.0)
        summaries.append(ImportSummary(
            league=league, players=status.players, player_seasons=status.player_seasons,
            first_season=status.first_season, last_season=status.last_season,
            seconds=round(time.perf_counter() - started, 3)))
    return summaries


def _report(callback: ProgressCallback | None, league: League, phase: str, fraction: float) -> None:
    if callback is not None:
        callback(league, phase, fraction)
