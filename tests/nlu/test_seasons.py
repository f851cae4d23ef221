"""Season expressions: what fans write, in each league's own season numbers (properties and examples)."""

from __future__ import annotations

import re
from re import _constants as c  # the pattern tree's opcodes, to check a pattern's shape (no public API has them)
from re import _parser as re_parser
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from arena.nlu import seasons
from arena.nlu.seasons import (
    DECADE_WORDS,
    SeasonExpr,
    SeasonSelection,
    combine,
    expand_two_digit,
    find_season_expressions,
    resolve,
)
from arena.stats.catalog import League, season_label

AVAILABLE = {League.NBA: (1947, 2025), League.NHL: (1918, 2025), League.NFL: (1970, 2024),
             League.MLB: (1876, 2024)}
years = st.integers(min_value=1900, max_value=2030)
leagues = st.sampled_from(list(League))


def only(text: str) -> SeasonExpr:
    found = find_season_expressions(text)
    assert len(found) == 1, found
    return found[0]


def selection(text: str, league: League, first_season: int | None = None) -> SeasonSelection:
    return resolve(only(text), league, available=AVAILABLE[league], first_season=first_season)


@given(years, leagues)
def test_a_bare_year_is_the_leagues_season_number(year: int, league: League) -> None:
    assert selection(f"LeBron in {year}", league) == SeasonSelection("season", seasons=(year,))


@given(st.integers(min_value=1901, max_value=2030), leagues)
def test_every_season_label_reads_back_as_its_season(season: int, league: League) -> None:
    assert selection(season_label(league, season), league).seasons == (season,)


@given(years, leagues)
def test_a_split_label_names_the_season_it_ends_in_for_nba_and_nhl(start: int, league: League) -> None:
    label = f"{start}-{(start + 1) % 100:02d}"
    expected = start + 1 if league in (League.NBA, League.NHL) else start
    assert selection(label, league).seasons == (expected,)
    assert selection(f"{start}-{start + 1}", league).seasons == (expected,)


@given(years, years, leagues, st.sampled_from(["from {a} to {b}", "between {a} and {b}", "{a} through {b}",
                                               "from {a} until {b}"]))
def test_ranges_are_ordered_and_inclusive(a: int, b: int, league: League, template: str) -> None:
    if a == b:
        assert selection(template.format(a=a, b=b), league) == SeasonSelection("season", seasons=(a,))
    else:
        assert selection(template.format(a=a, b=b), league) == SeasonSelection(
            "range", season_range=(min(a, b), max(a, b)))


@given(st.integers(min_value=0, max_value=99), st.integers(min_value=2000, max_value=2039))
def test_two_digit_years_are_the_latest_possible(yy: int, latest: int) -> None:
    year = expand_two_digit(yy, latest)
    assert year % 100 == yy
    assert latest - 100 < year <= latest
    found = find_season_expressions(f"the '{yy:02d} Bulls", latest=latest)
    assert [(e.first.year if e.first else None) for e in found] == [year]


def test_two_digit_years_follow_the_stores_last_season() -> None:
    assert expand_two_digit(27, latest=2026) == 1927
    assert expand_two_digit(25, latest=2026) == 2025
    assert expand_two_digit(96, latest=2026) == 1996


@given(st.integers(min_value=190, max_value=202), leagues)
def test_decades_cover_ten_season_numbers(decade: int, league: League) -> None:
    start = decade * 10
    assert selection(f"best of the {start}s", league) == SeasonSelection("range", season_range=(start, start + 9))


@given(st.integers(min_value=2, max_value=30), leagues)
def test_last_n_seasons_ends_at_the_stores_last_season(n: int, league: League) -> None:
    last = AVAILABLE[league][1]
    assert selection(f"over the last {n} seasons", league).season_range == (last - n + 1, last)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,?!", max_size=60))
def test_text_without_digits_or_season_words_has_no_numbered_seasons(text: str) -> None:
    # Letters alone can spell a decade ("twenties"), which is a season word: those texts are not this case.
    assume(not any(word in text for word in DECADE_WORDS))
    kinds = {expr.kind for expr in find_season_expressions(text)}
    assert not kinds & {"year", "range", "since", "before"}


@pytest.mark.parametrize(("text", "league", "expected"), [
    ("Ovi vs Sid in 2008", League.NHL, SeasonSelection("season", seasons=(2008,))),
    ("Mahomes in 2023", League.NFL, SeasonSelection("season", seasons=(2023,))),
    ("'95-'96", League.NBA, SeasonSelection("season", seasons=(1996,))),
    ("95-96 Bulls", League.NBA, SeasonSelection("season", seasons=(1996,))),
    ("from 2010-11 to 2014-15", League.NBA, SeasonSelection("range", season_range=(2011, 2015))),
    ("from 2010-11 to 2014-15", League.NFL, SeasonSelection("range", season_range=(2010, 2014))),
    ("2010-2015", League.MLB, SeasonSelection("range", season_range=(2010, 2015))),
    ("2010-15", League.MLB, SeasonSelection("range", season_range=(2010, 2015))),
    ("in the nineties", League.NBA, SeasonSelection("range", season_range=(1990, 1999))),
    ("the mid-90s", League.NBA, SeasonSelection("range", season_range=(1993, 1996))),
    ("the late 80s", League.NHL, SeasonSelection("range", season_range=(1986, 1989))),
    ("the 30s", League.MLB, SeasonSelection("range", season_range=(1930, 1939))),
    ("since 2015", League.NFL, SeasonSelection("range", season_range=(2015, 2024))),
    ("after 2015", League.NFL, SeasonSelection("range", season_range=(2016, 2024))),
    ("before 2000", League.NBA, SeasonSelection("range", season_range=(1947, 1999))),
    ("the past three years", League.NHL, SeasonSelection("range", season_range=(2023, 2025))),
    ("the last couple of seasons", League.MLB, SeasonSelection("range", season_range=(2023, 2024))),
    ("the last decade", League.NBA, SeasonSelection("range", season_range=(2016, 2025))),
    ("last season", League.NFL, SeasonSelection("season", seasons=(2024,))),
    ("this season", League.NBA, SeasonSelection("season", seasons=(2025,))),
    ("in their primes", League.NBA, SeasonSelection("peak")),
    ("at his best", League.MLB, SeasonSelection("peak")),
    ("greatest of all time", League.NHL, SeasonSelection("career")),
    ("over his career", League.NFL, SeasonSelection("career")),
    ("in 08", League.NHL, SeasonSelection("season", seasons=(2008,))),
    # Two-digit years and decades as voice typing writes them.
    ("hakeem in ninety-four", League.NBA, SeasonSelection("season", seasons=(1994,))),
    ("bird in eighty six", League.NBA, SeasonSelection("season", seasons=(1986,))),
    ("iverson's oh-one mvp season", League.NBA, SeasonSelection("season", seasons=(2001,))),
    ("ovechkin in the twenty-tens", League.NHL, SeasonSelection("range", season_range=(2010, 2019))),
])
def test_season_expressions(text: str, league: League, expected: SeasonSelection) -> None:
    assert selection(text, league) == expected


def test_rookie_season_is_the_players_first_season() -> None:
    assert selection("his rookie season", League.NBA, first_season=2004) == SeasonSelection("season", seasons=(2004,))
    assert selection("as a rookie", League.NBA) == SeasonSelection("career")
    # A rookie draft picks players before any season they play, as "the 2007 draft" does.
    assert [e.kind for e in find_season_expressions("dynasty rookie drafts: bijan or gibbs")] == []
    assert [e.kind for e in find_season_expressions("his rookie draft stock vs his rookie year")] == ["rookie"]


@pytest.mark.parametrize("text", ["who had 2000 rushing yards", "a 2000-yard season", "his 2000 point season",
                                  "top 10 scorers", "500 home runs", "3000 hits", "over 1990 yards"])
def test_counts_are_not_seasons(text: str) -> None:
    assert [e for e in find_season_expressions(text) if e.kind in ("year", "range")] == []


@pytest.mark.parametrize(("text", "season"), [("Saquon vs Henry 2024 rushing yards", 2024),
                                              ("McGwire vs Sosa 1998 home runs", 1998)])
def test_a_year_before_a_stat_is_still_a_year(text: str, season: int) -> None:
    assert selection(text, League.MLB).seasons == (season,)


@pytest.mark.parametrize(("text", "season"), [("saquon barkley 2000 yards with philly 2024", 2024),
                                              ("2024 saquon went for 2000 yards", 2024),
                                              ("bonds 2001 73 homers", 2001)])
def test_a_year_like_number_before_a_stat_is_a_count_where_another_season_is_named(text: str, season: int) -> None:
    assert selection(text, League.NFL).seasons == (season,)


@pytest.mark.parametrize("text", ["what 16 seasons of carries say about aging", "in 20 seasons he never won",
                                  "Kerry Wood struck out 20 in a game", "he fanned 18 that night",
                                  "Kobe scored 81 in one game", "Maris hit 61 in a single season",
                                  "tom brady 7 rings vs bill russell 11", "Gretzky 894 goals or Ovechkin 90?",
                                  "Jordan 6 titles compared to Russell 11"])
def test_numbers_counted_are_not_seasons(text: str) -> None:
    """Before "seasons", after the verb of doing it, before a single game, or set against a count of things."""
    assert [e for e in find_season_expressions(text) if e.kind in ("year", "range")] == []


@pytest.mark.parametrize(("text", "years"), [("the 96 and 97 seasons of jordan", [1996, 1997]),
                                             ("his 85 season", [1985]), ("bonds 01 in a single season", [2001]),
                                             ("he scored in 96", [1996]),
                                             ("jordan 6 rings. kobe 08 was better", [2008]),
                                             ("top 10 seasons: jordan 96 vs lebron 13", [1996, 2013])])
def test_numbers_beside_counts_that_name_seasons_stay_seasons(text: str, years: list[int]) -> None:
    assert [e.first.year for e in find_season_expressions(text) if e.first is not None] == years


@pytest.mark.parametrize(("text", "first", "last"), [("Nomar from 97 to 2003", 1997, 2003),
                                                     ("pedro from 99 through 2004", 1999, 2004),
                                                     ("ovi from 15 to 2019", 2015, 2019)])
def test_a_two_digit_year_ended_by_a_full_one_is_a_span_in_its_century(text: str, first: int, last: int) -> None:
    assert [(e.kind, e.first.year if e.first else None, e.last.year if e.last else None, e.two_digit)
            for e in find_season_expressions(text)] == [("range", first, last, False)]


@pytest.mark.parametrize(("text", "year"), [("Valenzuela rookie year 1981 was famous", 1981),
                                            ("his rookie season, 2004, was quiet", 2004),
                                            ("Curry mvp season 2016 vs Harden", 2016)])
def test_a_year_written_right_after_a_rookie_or_event_season_is_that_season(text: str, year: int) -> None:
    assert [(e.kind, e.first.year if e.first else None) for e in find_season_expressions(text)] == [("year", year)]


def test_combining_prefers_named_seasons_to_peak_and_career() -> None:
    peak, career = SeasonSelection("peak"), SeasonSelection("career")
    one, two = SeasonSelection("season", seasons=(1991,)), SeasonSelection("season", seasons=(1996,))
    span = SeasonSelection("range", season_range=(1990, 1999))
    assert combine([career, one, two]) == SeasonSelection("season", seasons=(1991, 1996))
    assert combine([peak, span]) == span
    assert combine([career, peak]) == peak
    assert combine([]) == career


def test_a_bare_number_listed_after_a_season_is_a_season_too() -> None:
    listed = find_season_expressions("bonds in 01 and 02")
    assert [(e.first.year if e.first else None, e.bare) for e in listed] == [(2001, False), (2002, False)]
    # A number after a count is no list of seasons.
    assert all(e.bare for e in find_season_expressions("top 10 and 20"))


def test_bare_numbers_listed_after_a_bare_number_follow_it() -> None:
    listed = find_season_expressions("jordan 96, 97 and 98")
    assert [(e.first.year if e.first else None, e.bare, e.listed) for e in listed] == [
        (1996, True, False), (1997, True, True), (1998, True, True)]
    # Before a count of one or three digits, a number and a comma are a stat line.
    assert find_season_expressions("lebron 23, 7 and 7") == []
    assert [e.first.year if e.first else None for e in find_season_expressions("mcdavid 23, 153 points")] == [2023]


def test_two_bare_numbers_joined_by_to_are_a_span_beside_a_player() -> None:
    span = find_season_expressions("gretzky 84 thru 88")
    assert [(e.kind, e.first.year if e.first else None, e.last.year if e.last else None, e.bare) for e in span] == [
        ("range", 1984, 1988, True)]
    assert all(e.kind != "range" for e in find_season_expressions("top 10 to 90"))


def test_ranges_that_meet_combine_into_one() -> None:
    forties, fifties = SeasonSelection("range", season_range=(1940, 1949)), SeasonSelection("range",
                                                                                          season_range=(1950, 1959))
    assert combine([forties, fifties]) == SeasonSelection("range", season_range=(1940, 1959))
    # Ranges apart stay the first one named.
    eighties = SeasonSelection("range", season_range=(1980, 1989))
    assert combine([forties, eighties]) == forties


@pytest.mark.parametrize(("text", "year"), [
    ("larry bird versus magic johnson nineteen eighty six", 1986), ("goals in twenty eighteen", 2018),
    ("lebron james in two thousand sixteen", 2016), ("two thousand and nine", 2009), ("barry bonds in oh one", 2001),
    ("nineteen oh five giants", 1905), ("brady 2k7", 2007), ("the 2k19 season", 2019),
])
def test_a_year_said_aloud_or_shortened_is_a_season(text: str, year: int) -> None:
    expr = only(text)
    assert expr.kind == "year" and expr.first is not None and expr.first.year == year


@pytest.mark.parametrize("text", ["twenty one points", "he ran for two thousand yards", "twenty, thirty points"])
def test_counts_said_aloud_are_no_season(text: str) -> None:
    assert find_season_expressions(text) == []


@pytest.mark.parametrize("text", ["he scored in forty-one games", "a hit in twenty-two straight",
                                  "in thirty-five of his starts"])
def test_a_number_said_in_words_before_what_it_counts_is_no_season(text: str) -> None:
    assert not find_season_expressions(text)


@pytest.mark.parametrize(("text", "kind", "detail"), [
    ("his first MVP season", "award", ("mvp", 1)),
    ("his unanimous MVP year", "award", ("mvp", None)),
    ("his Cy Young year", "award", ("cy young", None)),
    ("his second championship season", "title", (None, 2)),
    ("his Cup-winning season", "title", (None, None)),
    ("his Super Bowl season", "final_reached", (None, None)),
    ("his last season with the Bulls", "last_with", (None, None)),
    ("his final season", "final", (None, None)),
    ("that same season", "same", (None, None)),
    ("the year after the lockout", "after_lockout", (None, None)),
    ("the strike-shortened season", "stoppage", (None, None)),
    ("the bubble year", "stoppage", (None, None)),
    ("his first year as a starter", "first_start", (None, None)),
    ("his first full season as the starter", "first_start", (None, None)),
])
def test_a_season_named_by_an_event_is_read_as_that_event(text: str, kind: str,
                                                          detail: tuple[str | None, int | None]) -> None:
    expr = only(text)
    assert expr.kind == "event" and expr.event is not None
    assert (expr.event.kind, (expr.event.award, expr.event.ordinal)) == (kind, detail)


@pytest.mark.parametrize(("text", "stat", "amount"), [
    ("his 73-homer season", "homer", 73), ("his 2,000-yard season", "yard", 2000), ("his 92 goal season", "goal", 92),
])
def test_a_season_named_by_a_stat_total_keeps_the_number_and_the_stat(text: str, stat: str, amount: int) -> None:
    event = only(text).event
    assert event is not None and (event.kind, event.stat, event.amount) == ("feat", stat, amount)


@pytest.mark.parametrize("text", ["Koufax or Ford in 1963, the World Series year", "Robinson in 1995, the MVP year",
                                  "iverson's oh-one mvp season"])
def test_an_event_beside_a_year_only_says_what_happened_in_it(text: str) -> None:
    assert only(text).kind == "year"


def test_an_event_after_an_article_is_a_kind_of_season_named_for_no_one() -> None:
    assert [e.kind for e in find_season_expressions("lamar jackson 2019 was the best mvp season ive seen")] == ["year"]
    assert only("Rose's MVP year").kind == "event"


def test_a_year_before_a_season_word_is_no_stat_total_and_a_draft_year_no_season() -> None:
    assert only("the 2016 season").kind == "year"
    assert find_season_expressions("Redo the 2003 NBA draft with LeBron") == []


@pytest.mark.parametrize(("text", "league", "season"), [
    ("the Super Bowl in January 1979", League.NFL, 1978),  # the playoffs close the season begun the year before
    ("the playoffs of Feb. 2021", League.NFL, 2020),
    ("opening night, October 2015", League.NBA, 2016),  # numbered by the year it ends
    ("a game in Nov 1995", League.NHL, 1996),
    ("in March 1996", League.NBA, 1996),
    ("in September 2020", League.NFL, 2020),
    ("in October 2004", League.MLB, 2004),  # a season within its calendar year
])
def test_a_month_and_year_are_the_season_that_game_was_played_in(text: str, league: League, season: int) -> None:
    expr = only(text)
    assert expr.kind == "year" and expr.first is not None and expr.first.season(league) == season


def test_a_month_after_mister_is_a_nickname_not_a_date() -> None:
    expr = only("Mr. October 1977")
    assert expr.first is not None and expr.first.month is None and expr.first.season(League.NFL) == 1977


def _needs_a_digit(items: Any) -> bool:
    """Whether every match of a parsed pattern (``re._parser``'s tree) holds a digit: some item of the sequence
    consumes one in every way it can match (lookarounds consume nothing, so they never count)."""
    return any(_item_needs_a_digit(op, arg) for op, arg in items)


def _item_needs_a_digit(op: Any, arg: Any) -> bool:
    if op is c.LITERAL:
        return chr(arg).isdigit()
    if op is c.IN:
        return all((kind is c.LITERAL and chr(value).isdigit()) or (kind is c.CATEGORY and value is c.CATEGORY_DIGIT)
                   or (kind is c.RANGE and "0" <= chr(value[0]) <= chr(value[1]) <= "9") for kind, value in arg)
    if op is c.SUBPATTERN:
        return _needs_a_digit(arg[-1])
    if op is c.BRANCH:
        return all(_needs_a_digit(branch) for branch in arg[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return arg[0] >= 1 and _needs_a_digit(arg[2])
    return False


@pytest.mark.parametrize(("name", "source"), [(n, s) for n, s in seasons._PATTERNS if n in seasons._NUMBERED])
def test_a_pattern_skipped_for_a_text_without_digits_cannot_match_one(name: str, source: str) -> None:
    """``find_season_expressions`` compiles and runs these only for a text with a digit: each must need one."""
    assert _needs_a_digit(re_parser.parse(source, re.IGNORECASE)), name


def test_the_digit_check_sees_a_pattern_that_can_match_without_one() -> None:
    assert _needs_a_digit(re_parser.parse(r"\b(?:in|of)\s+\d\d|(?:18|19|20)\d\d"))
    assert not _needs_a_digit(re_parser.parse(r"\b(?:in|of)\s+\d\d|the\s+(?:forties|\d0s)"))
    assert not _needs_a_digit(re_parser.parse(r"(?<=\d)\s+year|\d*\s+years"))
