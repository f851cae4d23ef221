"""Folding and tokenising: one normal form for names in the index and words in questions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arena.nlu.text import fold, is_initials, tokenize


@pytest.mark.parametrize(("text", "folded"), [
    ("Nikola Jokić", "nikola jokic"),
    ("Jokić's", "jokic"),
    ("Shaquille O'Neal", "shaquille oneal"),
    ("Ja’Marr Chase", "jamarr chase"),
    ("Kareem Abdul-Jabbar", "kareem abdul jabbar"),
    ("Dominik Hašek", "dominik hasek"),
    ("Teemu Selänne", "teemu selanne"),
    ("Nicklas Lidström", "nicklas lidstrom"),
    ("Dr. J", "dr j"),
    ("A.I. vs T.O.", "ai vs to"),
    ("  LeBron   JAMES ", "lebron james"),
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_tokens_point_back_into_the_question() -> None:
    question = "Was Jokić's 2022 better than T.O.'s?"
    tokens = tokenize(question)
    assert [t.norm for t in tokens] == ["was", "jokic", "2022", "better", "than", "to"]
    assert [question[t.start:t.end] for t in tokens][1] == "Jokić"
    assert tokens[1].is_capitalised and not tokens[3].is_capitalised
    assert tokens[5].is_initials and not tokens[4].is_initials


def test_initials() -> None:
    assert is_initials("T.O.") and is_initials("a.i.")
    assert not is_initials("Dr. J") and not is_initials("to")


@given(st.text(max_size=80))
def test_folding_is_idempotent_ascii_and_matches_tokens(text: str) -> None:
    folded = fold(text)
    assert folded == fold(folded)
    assert folded.isascii()
    assert folded == " ".join(t.norm for t in tokenize(text))


def test_a_camel_case_hashtag_or_handle_is_its_words_without_a_capital_that_marks_a_name() -> None:
    tokens = tokenize("@KingJames vs #TheGreatOne's #NBA")
    assert [t.norm for t in tokens] == ["king", "james", "vs", "the", "great", "one", "nba"]
    assert not any(t.is_capitalised for t in tokens[:6])
    assert fold("#MileHigh") == "mile high"
