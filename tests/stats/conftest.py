"""Stat-store fixtures: the hand-built sample leagues loaded once per module on each backend."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from stat_samples import sample_mlb, sample_nba, sample_nhl

from arena.db import make_engine
from arena.stats.adapters.sql_store import SqlStatStore
from store_databases import BACKENDS, DatabaseFactory


@pytest.fixture(scope="module", params=BACKENDS)
def sample_store(request: pytest.FixtureRequest, database_factory: DatabaseFactory) -> Iterator[SqlStatStore]:
    """The sample NBA, NHL and MLB leagues in a fresh database (read only)."""
    engine = make_engine(database_factory(request.param))
    store = SqlStatStore(engine)
    store.replace_league(sample_nba())
    store.replace_league(sample_nhl())
    store.replace_league(sample_mlb())
    yield store
    engine.dispose()
