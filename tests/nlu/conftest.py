"""Parsers built from the session's loaded stores (all four leagues, imported once per session)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from arena.db import make_engine
from arena.nlu import QuestionParser
from arena.settings import Settings
from arena.stats.adapters.sql_store import SqlStatStore

# The limit a deployed parser has (ARENA_API_MAX_QUESTION_CHARS's default): the labelled set has overlong questions.
_MAX_QUESTION_CHARS = Settings.model_fields["api_max_question_chars"].default


@pytest.fixture(scope="session")
def sqlite_store(loaded_sqlite_url: str) -> Iterator[SqlStatStore]:
    engine = make_engine(loaded_sqlite_url)
    yield SqlStatStore(engine)
    engine.dispose()


@pytest.fixture(scope="session")
def parser(sqlite_store: SqlStatStore) -> QuestionParser:
    """One parser over the SQLite store, shared by the tests that only read it."""
    return QuestionParser(sqlite_store, max_question_chars=_MAX_QUESTION_CHARS)


@pytest.fixture(scope="session")
def backend_parser(loaded_store: SqlStatStore) -> QuestionParser:
    """A parser per backend (SQLite and PostgreSQL), for the checks both must pass."""
    return QuestionParser(loaded_store, max_question_chars=_MAX_QUESTION_CHARS)
