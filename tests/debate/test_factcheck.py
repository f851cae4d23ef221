"""The grounding rule and the fact-check gate, on facts written out by hand."""

from __future__ import annotations

import pytest

from arena.debate.factcheck import FactChecker, Speaker, find_numbers, ungrounded_numbers
from arena.debate.facts import Fact, FactBook, range_scope

JORDAN, LEBRON = "nba:jordami01", "nba:jamesle01"
PEDRO, UNIT = "mlb:martipe02", "mlb:johnsra05"


@pytest.fixture
def facts() -> list[Fact]:
    book = FactBook()
    book.add(JORDAN, "basketball", "points", 32292.0)
    book.add(LEBRON, "basketball", "points", 42184.0)
    book.add(JORDAN, "basketball", "points_per_game", 30.1231)
    book.add(LEBRON, "basketball", "points_per_game", 27.0049)
    book.add(JORDAN, "basketball", "true_shooting_pct", 0.5689)
    book.add(LEBRON, "basketball", "true_shooting_pct", 0.5901)
    book.add(JORDAN, "basketball", "points_per_game", 37.09, scope="season", season=1987)
    book.add(JORDAN, "awards", "awards:mvp", 5.0)
    book.add(LEBRON, "awards", "awards:mvp", 4.0)
    book.add(JORDAN, "basketball", "points_per_game", 34.9, scope="stretch:1987-1989")
    return book.facts()


@pytest.fixture
def checker(facts: list[Fact]) -> FactChecker:
    return FactChecker(facts, [Speaker(JORDAN, "Michael Jordan"), Speaker(LEBRON, "LeBron James")])


def test_numbers_are_read_as_written() -> None:
    tokens = find_numbers("He had 32,292 points, a .497 rate, 49.7% shooting, ranked 3rd in 2015-16, six times.")
    assert [(t.text, t.value, t.decimals) for t in tokens] == [
        ("32,292", 32292.0, 0), (".497", 0.497, 3), ("49.7%", 49.7, 1), ("3rd", 3.0, 0),
        ("2015-16", 2015.0, 0), ("six", 6.0, 0),
    ]
    # A number naming a stat ("three-point", "3-pointers") is no figure; "three points" is one.
    assert [t.text for t in find_numbers("three-point shooting from 1985-2003")] == ["1985", "2003"]
    assert [t.text for t in find_numbers("3-pointers at 40.0%, three points")] == ["40.0%", "three"]
    # Digits that begin a club's name are no figure: "1989 San Francisco 49ers", the 76ers.
    assert [t.text for t in find_numbers("the 1989 49ers and the 76ers, 3rd")] == ["1989", "3rd"]


def test_grounded_text_has_no_unsupported_numbers(facts: list[Fact]) -> None:
    text = ("Michael Jordan scored 32,292 points at 30.1 a game, 56.9% true shooting, 37.1 in 1986-87, "
            "and 34.9 over his best three-season stretch, 1986-87 to 1988-89; five MVP awards to two sides.")
    assert ungrounded_numbers(text, facts) == []


def test_numbers_no_fact_supports_are_reported(facts: list[Fact]) -> None:
    text = "Michael Jordan scored 32,293 points at 30.2 a game in 1990-91 with six MVP awards."
    assert ungrounded_numbers(text, facts) == ["32,293", "30.2", "1990-91", "six"]


def test_range_scopes_allow_their_seasons() -> None:
    book = FactBook()
    book.add(JORDAN, "basketball", "points", 18014.0, scope=range_scope(1990, 1999))
    assert ungrounded_numbers("From 1989-90 to 1998-99 he scored 18,014.", book.facts()) == []
    assert ungrounded_numbers("From 1989-90 to 1999-00 he scored 18,014.", book.facts()) == ["1999-00"]


def test_true_sentences_pass_the_gate(checker: FactChecker) -> None:
    result = checker.check("Michael Jordan averaged 30.1 points per game, ahead of LeBron's 27.0. "
                           "LeBron James scored more points than Jordan: 42,184 to 32,292.")
    assert result.passed, result.problems
    assert result.numbers_checked == 4
    assert result.comparisons_checked == 2


def test_numbers_rounded_to_the_precision_shown_pass(checker: FactChecker) -> None:
    assert checker.check("Michael Jordan averaged 30 points per game.").passed
    assert checker.check("Michael Jordan's true shooting was 57%.").passed


def test_a_wrong_number_is_rejected(checker: FactChecker) -> None:
    result = checker.check("Michael Jordan averaged 31.4 points per game.")
    assert not result.passed
    assert result.problems == ["'31.4' matches no fact"]


def test_a_true_number_credited_to_the_wrong_player_is_rejected(checker: FactChecker) -> None:
    result = checker.check("LeBron James averaged 30.1 points per game.")
    assert result.problems == ["'30.1' is credited to LeBron James but belongs to Michael Jordan"]


def test_a_comparison_pointing_the_wrong_way_is_rejected(checker: FactChecker) -> None:
    flipped = checker.check("LeBron James averaged 27.0 points per game, ahead of Jordan's 30.1.")
    assert not flipped.passed
    assert "ahead of" in flipped.problems[0] and "27.0 to 30.1" in flipped.problems[0]
    without_numbers = checker.check("Michael Jordan scored more points than LeBron James.")
    assert not without_numbers.passed
    assert checker.check("LeBron James scored more points than Michael Jordan.").passed


def test_lower_is_better_stats_compare_by_quality_and_by_size() -> None:
    book = FactBook()
    book.add(PEDRO, "pitching", "era", 2.9268)
    book.add(UNIT, "pitching", "era", 3.2926)
    checker = FactChecker(book.facts(), [Speaker(PEDRO, "Pedro Martinez"), Speaker(UNIT, "Randy Johnson")])
    assert checker.check("Pedro Martinez's ERA of 2.93 beats Johnson's 3.29.").passed
    assert checker.check("Pedro Martinez's ERA of 2.93 is lower than Johnson's 3.29.").passed
    assert not checker.check("Randy Johnson's ERA of 3.29 beats Martinez's 2.93.").passed
    assert not checker.check("Pedro Martinez's ERA of 2.93 is higher than Johnson's 3.29.").passed


def test_number_words_are_checked(checker: FactChecker) -> None:
    assert checker.check("Michael Jordan won five MVP awards.").passed
    assert checker.check("Michael Jordan won six MVP awards.").problems == ["'six' matches no fact"]


def test_the_verdict_must_name_the_engine_s_winner(checker: FactChecker) -> None:
    text = "Michael Jordan wins on these numbers."
    assert checker.check(text, winner_id=JORDAN, judges_winner=True).passed
    assert not checker.check(text, winner_id=LEBRON, judges_winner=True).passed
    tie = checker.check(text, winner_id=None, judges_winner=True)
    assert tie.problems == ["names Michael Jordan the winner, but the verdict is a tie"]


def test_accents_and_surnames_find_the_player(facts: list[Fact]) -> None:
    book = FactBook()
    book.extend(facts)
    book.add("nba:jokicni01", "basketball", "points_per_game", 26.4)
    checker = FactChecker(book.facts(), [Speaker("nba:jokicni01", "Nikola Jokić"), Speaker(JORDAN, "Michael Jordan")])
    assert checker.check("Jokic averaged 26.4 points per game.").passed
    assert not checker.check("Jokic averaged 30.1 points per game.").passed
