"""Debate fixtures: the session's SQLite store (all four leagues) behind the in-process cache, the real
question parser over it, and an engine with the template writer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from arena.db import make_engine
from arena.debate.engine import DebateEngine
from arena.llm.template import TemplateWriter
from arena.nlu.parser import QuestionParser
from arena.stats.adapters.memory_cache import MemoryStatCache
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.cached_store import CachedStatStore
from arena.stats.ports import StatStore


@pytest.fixture(scope="session")
def debate_store(loaded_sqlite_url: str) -> Iterator[StatStore]:
    """The loaded SQLite store behind the read-through cache, as ``arena.bootstrap`` wires it."""
    engine = make_engine(loaded_sqlite_url)
    yield CachedStatStore(SqlStatStore(engine), MemoryStatCache(max_entries=200_000))
    engine.dispose()


@pytest.fixture(scope="session")
def question_parser(debate_store: StatStore) -> QuestionParser:
    return QuestionParser(debate_store)


@pytest.fixture(scope="session")
def engine(debate_store: StatStore, question_parser: QuestionParser) -> DebateEngine:
    return DebateEngine(debate_store, question_parser, {"template": TemplateWriter()})
