"""A season as people type it, read into each league's season numbers: the reading the CLI and the API share."""

from __future__ import annotations

import pytest

from arena.stats import League, UnknownSeason, is_season_text, parse_season

HELD = (1947, 2025)  # a store holding seasons up to 2025


@pytest.mark.parametrize("text", ["2009-10", "2009-2010", "2009/10", "2009 - 10", "'09-'10", "09-10", "’09-10",
                                  " 2009-10 "])
@pytest.mark.parametrize(("league", "number"), [(League.NBA, 2010), (League.NHL, 2010), (League.NFL, 2009),
                                                (League.MLB, 2009)])
def test_a_split_label_in_any_spelling_is_the_leagues_number_for_it(text: str, league: League,
                                                                   number: int) -> None:
    assert is_season_text(text)
    assert parse_season(text, league, held=HELD) == number


@pytest.mark.parametrize(("text", "number"), [
    ("1996", 1996), ("'96", 1996), ("96", 1996), ("‘96", 1996), ("`96", 1996),
    ("'16", 2016), ("'25", 2025),
    ("'26", 2026),  # the season after the last one held: next season, not 1926
    ("'27", 1927),  # after that, the last century's
    ("1999-00", 1999), ("99-00", 1999), ("'99-'00", 1999),
])
def test_a_two_digit_year_takes_the_century_the_store_makes_possible(text: str, number: int) -> None:
    assert parse_season(text, League.MLB, held=HELD) == number


def test_digits_of_other_scripts_read_as_their_values() -> None:
    # A phone's or an input method's full-width digits (U+FF10..U+FF19) name the same year.
    assert parse_season("２０１５-１６", League.NBA, held=HELD) == 2016


def test_without_a_held_season_a_two_digit_year_is_read_against_next_year() -> None:
    assert parse_season("'09", League.NFL, held=None) == 2009
    assert parse_season("'95", League.NFL, held=None) == 1995


@pytest.mark.parametrize("text", ["", " ", "abc", "last year", "2016!", "201", "20166", "2015-2017x", "2015--16",
                                  "2015-1", "9", "'9", "2015-16-17"])
def test_text_of_no_season_form_is_refused_naming_the_forms(text: str) -> None:
    assert not is_season_text(text)
    with pytest.raises(UnknownSeason, match="a year \\(2016\\), a season label \\(2015-16\\) or a two-digit year"):
        parse_season(text, League.NBA, held=HELD)


@pytest.mark.parametrize("text", ["2015-17", "2015-2015", "2016-15", "15-17", "'09-'11", "1999-01"])
def test_a_label_whose_years_are_not_consecutive_is_refused(text: str) -> None:
    with pytest.raises(UnknownSeason, match="consecutive"):
        parse_season(text, League.NHL, held=HELD)
