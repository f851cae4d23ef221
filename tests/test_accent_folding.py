"""The one accent-folding rule every domain shares."""

from __future__ import annotations

import pytest

from arena.text import GENERATIONAL_SUFFIXES, strip_accents


@pytest.mark.parametrize(("text", "plain"), [
    ("Nikola Jokić", "Nikola Jokic"),
    ("Alperen Şengün", "Alperen Sengun"),
    ("Martin Ødegaard", "Martin Odegaard"),
    ("Łukasz Kubot", "Lukasz Kubot"),
    ("Straße", "Strasse"),
    ("Peja Stojaković Jr.", "Peja Stojakovic Jr."),
    ("LeBron James", "LeBron James"),
    ("Jokić's 2022", "Jokic's 2022"),
])
def test_accents_are_dropped_and_case_kept(text: str, plain: str) -> None:
    assert strip_accents(text) == plain


def test_a_lone_combining_mark_folds_to_nothing() -> None:
    assert strip_accents("\u0301") == ""


def test_suffixes_are_folded_words() -> None:
    assert {"jr", "sr", "iii"} <= GENERATIONAL_SUFFIXES
    assert all(word == word.lower() and word.isascii() for word in GENERATIONAL_SUFFIXES)
