"""How facts are shown: each league's conventions, derived figures, and one fact per key."""

from __future__ import annotations

import pytest

from arena.debate.facts import FactBook, display_value, league_of, scope_bounds, stat_label
from arena.stats import League


@pytest.mark.parametrize(("league", "group", "stat", "value", "shown"), [
    (League.NBA, "basketball", "points", 32292.0, "32,292"),
    (League.NBA, "basketball", "points_per_game", 30.1231, "30.1"),
    # Half up on the decimal digits, as the record books round: 2,052 rebounds in 80 games, 1,168 of 2,640.
    (League.NBA, "basketball", "rebounds_per_game", 2052 / 80, "25.7"),
    (League.NFL, "passing", "completion_pct", 0.4425, "44.3%"),
    (League.NFL, "defense", "sacks", 18.5, "18.5"),  # a shared sack counts half
    (League.NBA, "basketball", "true_shooting_pct", 0.56894, "56.9%"),
    (League.NFL, "passing", "passer_rating", 97.2166, "97.2"),
    (League.NFL, "passing", "completion_pct", 0.6417, "64.2%"),
    (League.MLB, "batting", "batting_avg", 0.3421, ".342"),
    (League.MLB, "batting", "ops", 1.1636, "1.164"),
    (League.MLB, "pitching", "era", 2.9268, "2.93"),
    (League.NHL, "goaltending", "save_pct", 0.9124, ".912"),
    (League.NHL, "skating", "plus_minus", 45.0, "+45"),
    (League.NHL, "skating", "plus_minus", -12.0, "-12"),
    (League.NBA, "basketball", "rank:points", 3.0, "3rd"),
    (League.NBA, "basketball", "rank:points", 21.0, "21st"),
    (League.NBA, "basketball", "rank:points", 12.0, "12th"),
    (League.NBA, "basketball", "era:points_per_game", 2.936, "2.9"),
    (League.NBA, "basketball", "era:true_shooting_pct", 1.082, "+8%"),
    (League.MLB, "pitching", "era:whip", 0.96, "+4%"),  # inverted: a WHIP 4% above the league's
    (League.MLB, "pitching", "era:era", 154.2, "154"),
    (League.NBA, "basketball", "percentile:points", 99.58, "99.6"),
    (League.NBA, "basketball", "share:points_per_game", 0.7333, "73%"),
    (League.NBA, "basketball", "led:points_per_game", 10.0, "10"),
    (League.NBA, "basketball", "debut_season", 1985.0, "1984-85"),
    (League.NFL, "passing", "debut_season", 2000.0, "2000"),
    (League.NBA, "team", "win_pct", 72 / 82, ".878"),
    (League.NBA, "team", "srs", 11.8, "+11.80"),
    (League.NBA, "awards", "hall_of_fame", 1.0, "inducted"),
])
def test_values_are_shown_as_fans_write_them(league: League, group: str, stat: str, value: float,
                                              shown: str) -> None:
    assert display_value(league, group, stat, value) == shown


def test_labels_name_derived_figures() -> None:
    assert stat_label(League.NBA, "basketball", "points_per_game") == "points per game"
    assert stat_label(League.NBA, "basketball", "led:points_per_game") == (
        "seasons leading the league in points per game")
    # MLB's titles are won within the AL or the NL, so the card row says "his league".
    assert stat_label(League.MLB, "batting", "led:home_runs") == "seasons leading his league in home runs"
    assert stat_label(League.MLB, "batting", "top5:home_runs") == "seasons in his league's top five in home runs"
    assert stat_label(League.NHL, "awards", "awards:mvp") == "Hart Trophies"
    assert stat_label(League.NBA, "awards", "awards:mvp") == "MVP awards"
    assert stat_label(League.MLB, "pitching", "era:era") == "ERA+ (league-adjusted, not park-adjusted)"
    # Beside OPS+ and ERA+, an index says what its number is: a multiple, or a percentage better or worse.
    assert stat_label(League.MLB, "batting", "era:home_runs_per_game") == (
        "home runs per game as a multiple of the average player's")
    assert stat_label(League.NBA, "basketball", "era:true_shooting_pct") == (
        "true shooting percentage against the league average (+ is better)")


def test_owners_and_scopes_are_read_back() -> None:
    assert league_of("nba:jordami01") is League.NBA
    assert league_of("league:nhl") is League.NHL
    assert league_of("team:nba:CHI:1996") is League.NBA
    assert scope_bounds("range:1990-1999") == (1990, 1999)
    assert scope_bounds("stretch:1987-1989") == (1987, 1989)
    assert scope_bounds("career") is None


def test_a_fact_book_keeps_one_fact_per_key() -> None:
    book = FactBook()
    first = book.add("nba:jordami01", "basketball", "points", 32292.0)
    again = book.add("nba:jordami01", "basketball", "points", 32292.0)
    other_scope = book.add("nba:jordami01", "basketball", "points", 3041.0, scope="season", season=1987)
    assert again is first
    assert len(book) == 2
    assert [f.display for f in book] == ["32,292", "3,041"]
    assert other_scope.season == 1987
