"""The parser's indexes saved on disk: a copy loaded in another process reads every question as the indexes it was
saved from (its entries and club rosters decoded only when a question reads them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from arena.nlu import ParserIndexes, QuestionParser, cached_indexes, index_cache
from arena.nlu.evaluation import load_labelled
from arena.settings import Settings
from arena.stats.adapters.sql_store import SqlStatStore

MAX_QUESTION_CHARS = Settings.model_fields["api_max_question_chars"].default  # as the conftest's parser has
QUESTIONS = [label.question for path in sorted(Path(__file__).parent.glob("*_questions.jsonl"))
             for label in load_labelled(path)]


def _never_built() -> ParserIndexes:
    raise AssertionError("the saved copy should have been loaded")


def test_a_saved_copy_reads_every_question_as_the_indexes_it_was_saved_from(
        parser: QuestionParser, sqlite_store: SqlStatStore, tmp_path: Path) -> None:
    cached_indexes(sqlite_store, tmp_path, lambda: parser.indexes)
    loaded = cached_indexes(sqlite_store, tmp_path, _never_built)
    assert loaded is not parser.indexes
    copy = QuestionParser.from_indexes(loaded, max_question_chars=MAX_QUESTION_CHARS)
    assert len(QUESTIONS) > 5000  # every labelled, fan and negative set: clubs, awards, nicknames, typos
    assert [copy.parse(question) for question in QUESTIONS] == [parser.parse(question) for question in QUESTIONS]
    assert len(loaded.rosters) == len(parser.indexes.rosters)
    assert list(loaded.names.entries) == list(parser.indexes.names.entries)


def test_a_change_to_any_source_of_the_parser_keys_a_new_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Modules of a package inside the parser's folder (a rule family's) count as the folder's own do."""
    nested = tmp_path / "nlu" / "mentions" / "rules.py"
    nested.parent.mkdir(parents=True)
    nested.write_text("RULE = 1\n")
    (tmp_path / "nlu" / "parser.py").write_text("PARSER = 1\n")
    monkeypatch.setattr(index_cache, "_SOURCES", (tmp_path / "nlu",))
    before = index_cache._key("v1")
    nested.write_text("RULE = 2\n")
    assert index_cache._key("v1") not in (before, index_cache._key("v2"))
