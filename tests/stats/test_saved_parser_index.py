"""The parser's saved indexes as a command line reads them (``arena.bootstrap.question_parser``): on SQLite keyed by
the store's version read with the standard library, on PostgreSQL through the services; on both, an import makes
the next process build them again instead of answering from the players of the data before it."""

from __future__ import annotations

from pathlib import Path

import pytest
from stat_samples import sample_nba, sample_nhl

from arena.bootstrap import question_parser
from arena.db import make_engine
from arena.nlu import ParserIndexes
from arena.settings import Settings
from arena.stats import StatStore
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.adapters.sqlite_version import sqlite_data_version
from store_databases import BACKENDS, DatabaseFactory


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_import_makes_the_next_parse_build_the_indexes_again(backend: str, database_factory: DatabaseFactory,
                                                                  tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    url = database_factory(backend)
    engine = make_engine(url)
    store = SqlStatStore(engine, status_ttl_seconds=0)
    builds: list[StatStore] = []
    from_store = ParserIndexes.from_store

    def counted(stats: StatStore) -> ParserIndexes:
        builds.append(stats)
        return from_store(stats)

    monkeypatch.setattr(ParserIndexes, "from_store", counted)
    settings = Settings(database_url=url, data_dir=tmp_path)
    try:
        store.replace_league(sample_nba())
        assert [p.id for p in question_parser(settings).parse("Michael Jordan").players] == ["nba:jordami01"]
        assert [p.id for p in question_parser(settings).parse("Michael Jordan").players] == ["nba:jordami01"]
        assert len(builds) == 1  # the second process loaded what the first saved
        # The standard library reads the version SQLAlchemy's store computes; PostgreSQL is asked through it.
        assert sqlite_data_version(url) == (store.data_version() if backend == "sqlite" else None)
        before = store.data_version()

        store.replace_league(sample_nhl())  # what `arena data import` does to the store
        assert store.data_version() != before
        assert sqlite_data_version(url) == (store.data_version() if backend == "sqlite" else None)
        found = question_parser(settings).parse("Wayne Gretzky").players
        assert [p.id for p in found] == ["nhl:gretzwa01"] and len(builds) == 2
        assert len(list(settings.cache_dir.glob("parser-index-*"))) == 1  # the copy for the old data is gone
    finally:
        engine.dispose()


@pytest.mark.parametrize("url", ["postgresql+psycopg://127.0.0.1/arena", "sqlite://", "sqlite:///:memory:",
                                 "sqlite:///arena.db?mode=ro", "sqlite:///no-such-folder/arena.db"])
def test_a_version_only_sqlalchemy_can_read_is_left_to_it(url: str) -> None:
    """Another database, memory, a URL with options, a file not created yet: the services open (and create) it."""
    assert sqlite_data_version(url) is None
    assert not Path("no-such-folder").exists()  # reading never creates the file


def test_a_store_not_at_the_newest_schema_is_left_to_the_migrations(database_factory: DatabaseFactory) -> None:
    url = database_factory("sqlite")
    engine = make_engine(url)
    try:
        assert sqlite_data_version(url) == SqlStatStore(engine).data_version() == "empty"
        with engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
        assert sqlite_data_version(url) is None  # an older schema: build() migrates it before anything is read
    finally:
        engine.dispose()
