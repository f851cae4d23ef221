"""A leaders list names the known holes it crosses: players no source holds, and seasons whose figures
no source holds for anyone (the NFL's 2024 attempts and games)."""

from arena.stats import League, leaders_note


def test_a_career_list_through_2024_names_the_nfl_2024_hole() -> None:
    note = leaders_note(League.NFL, "passing", 1970, 2024)
    assert note is not None and "2024: no passing attempts or completions and no games played" in note
    assert note.startswith("Figures over the seasons the sources hold")


def test_a_list_that_stops_before_2024_does_not_name_it() -> None:
    assert leaders_note(League.NFL, "passing", 1970, 2023) is None


def test_a_list_missing_players_still_says_so_first() -> None:
    note = leaders_note(League.NFL, "defense", 1982, 2024)
    assert note is not None and note.startswith("Leaders among the players the sources cover")
    assert "2024: no passing attempts" in note
