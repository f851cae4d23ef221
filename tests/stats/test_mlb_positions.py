"""Each MLB season's primary position, read from Lahman's ``Appearances``: the position of most games that
season, over every club and league he played for, kept on the season's batting row."""

import pandas as pd
import pytest

from arena.stats.importers import mlb_people

_COLUMNS = ("playerID", "yearID", "teamID", "lgID", "G_p", "G_c", "G_1b", "G_2b", "G_3b", "G_ss", "G_lf", "G_cf",
            "G_rf", "G_of", "G_dh")


def _appearances(*rows: tuple[object, ...]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=list(_COLUMNS))


@pytest.fixture
def positions(monkeypatch: pytest.MonkeyPatch) -> dict[tuple[str, int], str]:
    table = _appearances(
        # A catcher moved to first base: each season says where he played most.
        ("catchjo01", 2010, "MIN", "AL", 0, 120, 10, 0, 0, 0, 0, 0, 0, 0, 20),
        ("catchjo01", 2011, "MIN", "AL", 0, 30, 90, 0, 0, 0, 0, 0, 0, 0, 10),
        # Traded between the leagues: his stints add up (70 + 40 at shortstop beat 90 at third base).
        ("tradeal01", 1999, "BOS", "AL", 0, 0, 0, 0, 90, 70, 0, 0, 0, 0, 0),
        ("tradeal01", 1999, "NYN", "NL", 0, 0, 0, 0, 0, 40, 0, 0, 0, 0, 0),
        # An early outfielder: no left/centre/right split, so the outfield as a whole.
        ("oldtibo01", 1880, "BSN", "NL", 5, 0, 0, 0, 0, 0, 0, 0, 0, 60, 0),
        # A pinch hitter: no game in the field, so no position.
        ("pinchhi01", 2005, "SDN", "NL", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        # A designated hitter who pitched a third of his games.
        ("twowaed01", 2021, "LAA", "AL", 23, 0, 0, 0, 0, 0, 0, 0, 0, 0, 158),
    )
    monkeypatch.setattr(mlb_people, "lahman_table", lambda name: table)
    return mlb_people.season_positions()


def test_a_season_s_primary_position_is_the_one_of_most_games(positions: dict[tuple[str, int], str]) -> None:
    assert positions[("mlb:catchjo01", 2010)] == "C"
    assert positions[("mlb:catchjo01", 2011)] == "1B"
    assert positions[("mlb:twowaed01", 2021)] == "DH"


def test_a_traded_season_counts_every_club_s_games(positions: dict[tuple[str, int], str]) -> None:
    assert positions[("mlb:tradeal01", 1999)] == "SS"


def test_an_outfield_without_its_split_is_the_outfield(positions: dict[tuple[str, int], str]) -> None:
    assert positions[("mlb:oldtibo01", 1880)] == "OF"


def test_a_season_with_no_game_in_the_field_has_no_position(positions: dict[tuple[str, int], str]) -> None:
    assert ("mlb:pinchhi01", 2005) not in positions
