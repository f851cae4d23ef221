"""Father and son stored under one name ("Ken Griffey" twice): "Jr." and "Sr." pick them by debut."""

from __future__ import annotations

from arena.stats.catalog import League
from arena.stats.name_index import EXACT_SCORE, IndexedName, NameIndex
from arena.text import namesake_of_generation

GRIFFEYS = NameIndex([
    IndexedName("mlb:griffke01", League.MLB, "Ken Griffey", (), 2097, first_season=1973),
    IndexedName("mlb:griffke02", League.MLB, "Ken Griffey", (), 2671, first_season=1989),
])


def test_jr_is_the_son_and_sr_the_father_as_exact_matches() -> None:
    son = GRIFFEYS.search("Ken Griffey Jr.")
    father = GRIFFEYS.search("ken griffey sr")
    assert [hit.player_id for hit in son] == ["mlb:griffke02", "mlb:griffke01"]
    assert son[0].score == EXACT_SCORE
    assert (father[0].player_id, father[0].score) == ("mlb:griffke01", EXACT_SCORE)


def test_without_a_suffix_both_stay_candidates() -> None:
    assert {hit.player_id for hit in GRIFFEYS.search("Ken Griffey")} == {"mlb:griffke01", "mlb:griffke02"}


def test_the_generation_rule_needs_a_suffix_and_a_debut() -> None:
    assert namesake_of_generation("jr", [1973, 1989]) == 1
    assert namesake_of_generation("iii", [None, 2001, 1980]) == 1
    assert namesake_of_generation("sr", [1973, 1989]) == 0
    assert namesake_of_generation("great", [1973, 1989]) is None
    assert namesake_of_generation("jr", [None, None]) is None
