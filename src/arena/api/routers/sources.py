"""Where the numbers come from: every upstream source with its licence and required attribution."""

from __future__ import annotations

from fastapi import APIRouter

from arena.stats import DATA_SOURCES, DataSource

router = APIRouter(tags=["sources"])


@router.get("/sources")
def list_sources() -> list[DataSource]:
    """Every data source Arena reads, at its pinned commit, with the attribution its terms require."""
    return list(DATA_SOURCES)
