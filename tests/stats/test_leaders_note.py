"""A leaders list names the known holes it crosses: players no source holds, and seasons whose figures
no source holds for anyone (the NFL's 2024 attempts and games)."""

import pytest

from arena.stats import League, leaders_note
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.coverage import names_no_leader


def test_a_career_list_through_2024_names_the_nfl_2024_hole() -> None:
    note = leaders_note(League.NFL, "passing", 1970, 2024)
    assert note is not None and "2024: no passing attempts or completions" in note and "no games played" in note
    assert note.startswith("Figures over the seasons the sources hold")


def test_a_list_that_stops_before_2024_does_not_name_it() -> None:
    assert leaders_note(League.NFL, "passing", 1970, 2023) is None


def test_a_list_missing_players_still_says_so_first() -> None:
    note = leaders_note(League.NFL, "defense", 1982, 2024)
    assert note is not None and note.startswith("Leaders among the players the sources cover")
    assert "2024: no passing attempts" in note


@pytest.mark.parametrize(("league", "group", "season", "expected"), [
    (League.NFL, "passing", 1967, True),  # NFL.com's pages alone, the AFL's season beside the NFL's
    (League.NFL, "passing", 1970, False),
    (League.NFL, "defense", 1995, False),  # lacks only some players (Reggie White): shown with the note
    (League.NFL, "defense", 2019, True),  # no source between NFL.com's pages (to 2016) and 2024's totals
    (League.NFL, "kicking", 2023, True),
    (League.NFL, "defense", 2024, False),
    (League.NHL, "goaltending", 2021, True),  # no goalie seasons after 2017-18
    (League.NHL, "goaltending", 2018, False),
    (League.MLB, "batting", 1981, False),
])
def test_a_season_missing_players_names_no_leader(league: League, group: str, season: int, expected: bool) -> None:
    assert names_no_leader(league, group, season) is expected


def test_a_season_whose_source_holds_every_player_is_not_said_to_miss_some() -> None:
    # Fantasy.NFL.com's 2024 totals list every defender and kicker; NFL.com's pages (to 2016) only some.
    note = leaders_note(League.NFL, "defense", 2024, 2024)
    assert note is not None and not note.startswith("Leaders among the players the sources cover")
    across = leaders_note(League.NFL, "defense", 2010, 2024)
    assert across is not None and across.startswith("Leaders among the players the sources cover")
    assert "defense 2017-2023" in across


def test_a_range_still_lists_its_leaders_where_a_season_names_none(loaded_store: SqlStatStore) -> None:
    assert loaded_store.leaders(League.NFL, stat="passing_tds", from_season=1967, to_season=1967) == []
    ranged = loaded_store.leaders(League.NFL, stat="passing_tds", from_season=1960, to_season=1975, limit=3)
    assert len(ranged) == 3
    assert leaders_note(League.NFL, "passing", 1960, 1975) is not None
