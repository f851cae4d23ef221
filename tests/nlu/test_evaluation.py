"""The fan-style evaluation sets and how they are scored.

``fan_questions.jsonl`` holds questions written the way fans post them, each with a ``category``;
``negative_questions.jsonl`` holds sentences that name no player. These tests check the labels against
the loaded store (the parser's accuracy on them is a figure of ``bench/nlu.py``, not a test) and the
scoring rules of :func:`arena.nlu.evaluation.fan_mismatches`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from arena.nlu.evaluation import LabelledQuestion, accuracy_by_category, fan_mismatches, load_labelled
from arena.nlu.model import Clarification, ParsedQuestion, ParseError, ResolvedPlayer
from arena.stats.adapters.sql_store import SqlStatStore

SETS = Path(__file__).parent
FAN = load_labelled(SETS / "fan_questions.jsonl")
NEGATIVE = load_labelled(SETS / "negative_questions.jsonl")
CATEGORIES = {"nickname", "slang", "typo", "two-digit-year", "decade", "generational", "common-surname",
              "common-word", "clarification", "not-covered", "chat", "emoji"}


def test_the_sets_are_large_enough_and_every_question_has_a_category() -> None:
    assert len(FAN) >= 300
    assert len(NEGATIVE) >= 100
    assert {label.category for label in FAN} == CATEGORIES
    assert {label.category for label in NEGATIVE} == {"negative"}


def test_no_question_is_asked_twice_nor_taken_from_the_labelled_set() -> None:
    questions = [label.question.lower() for label in (*FAN, *NEGATIVE)]
    assert len(questions) == len(set(questions))
    existing = {label.question.lower() for label in load_labelled(SETS / "labelled_questions.jsonl")}
    assert existing.isdisjoint(questions)


def test_negative_sentences_expect_nothing() -> None:
    for label in NEGATIVE:
        assert (label.players, label.seasons, label.season_range, label.ambiguous, label.error) == (
            [], None, None, [], None), label.question


def test_every_labelled_player_is_in_the_store_and_every_season_in_their_careers(
    sqlite_store: SqlStatStore,
) -> None:
    careers = {player.id: (player.first_season, player.last_season) for player in sqlite_store.iter_players()}
    for label in FAN:
        assert all(pid in careers for pid in label.players), label.question
        if label.seasons and label.players:
            first = min(careers[pid][0] or 0 for pid in label.players)
            last = max(careers[pid][1] or 0 for pid in label.players)
            assert all(first <= season <= last for season in label.seasons), label.question


@pytest.mark.parametrize(("name", "least"), [("blind5", 350), ("blind7", 200), ("blind8", 150),
                                           ("blind9", 220), ("blind10", 250), ("blind11", 220)])
def test_a_blind_set_is_new_and_names_only_players_of_the_store(sqlite_store: SqlStatStore, name: str,
                                                                 least: int) -> None:
    labels = load_labelled(SETS / f"{name}_questions.jsonl")
    questions = [label.question.lower() for label in labels]
    assert len(questions) >= least and len(questions) == len(set(questions))
    others = {label.question.lower() for path in SETS.glob("*_questions.jsonl")
              if path.name != f"{name}_questions.jsonl" for label in load_labelled(path)}
    assert others.isdisjoint(questions)
    players = {player.id for player in sqlite_store.iter_players()}
    assert all(pid in players for label in labels for pid in label.players)


def _label(**fields: object) -> LabelledQuestion:
    return LabelledQuestion.model_validate({"question": "q", "intent": None, **fields})


def _player(pid: str, **fields: object) -> ResolvedPlayer:
    return ResolvedPlayer.model_validate(
        {"id": pid, "name": pid, "league": pid.partition(":")[0], "confidence": 1.0, "span": pid, **fields})


def test_players_are_scored_by_id_in_any_order_and_seasons_as_the_union_named() -> None:
    label = _label(players=["nba:jordami01", "nba:jamesle01"], seasons=[1996, 2013])
    parsed = ParsedQuestion(question="q", intent="head_to_head", players=[
        _player("nba:jamesle01", seasons=[2013]), _player("nba:jordami01", seasons=[1996])])
    assert fan_mismatches(label, parsed) == []
    missing_season = parsed.model_copy(update={"players": [_player("nba:jamesle01"), _player("nba:jordami01")]})
    assert fan_mismatches(label, missing_season) == ["seasons: expected [1996, 2013], got []"]


def test_a_range_counts_as_every_season_in_it() -> None:
    label = _label(players=["nba:jordami01"], season_range=(1990, 1999))
    as_list = ParsedQuestion(question="q", intent="single_player", players=[_player("nba:jordami01")],
                             seasons=list(range(1990, 2000)))
    assert fan_mismatches(label, as_list) == []


def test_clarifications_and_errors_are_checked_where_labelled_and_negatives_only_for_players() -> None:
    asks = ParsedQuestion(question="q", intent=None, needs_clarification=True,
                          clarification=[Clarification(mention="Manning", candidates=[])])
    assert fan_mismatches(_label(ambiguous=["manning"]), asks) == []
    assert fan_mismatches(_label(), asks) == ["ambiguous: expected [], got ['manning']"]
    not_covered = _label(error="not-covered", category="not-covered")
    unknown = ParsedQuestion(question="q", intent=None, error=ParseError(code="unknown-names", message="m"))
    assert fan_mismatches(not_covered, unknown) == ["error: expected 'not-covered', got 'unknown-names'"]
    negative = _label(category="negative")
    assert fan_mismatches(negative, ParsedQuestion(question="q", intent=None, seasons=[2001])) == []
    found = ParsedQuestion(question="q", intent="single_player", players=[_player("nba:greendr01")])
    assert fan_mismatches(negative, found) == ["players: expected [], got ['nba:greendr01']"]


def test_accuracy_is_counted_per_category() -> None:
    right = (_label(category="nickname", players=["nba:iversal01"]),
             ParsedQuestion(question="q", intent="single_player", players=[_player("nba:iversal01")]))
    wrong = (_label(category="nickname", players=["nba:hardeja01"]), ParsedQuestion(question="q", intent=None))
    negative = (_label(category="negative"), ParsedQuestion(question="q", intent=None))
    by_category, lines = accuracy_by_category([right, wrong, negative])
    assert by_category == {"negative": (1, 1), "nickname": (1, 2)}
    assert len(lines) == 1
    assert lines[0].startswith("[nickname]")
