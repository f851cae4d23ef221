"""The curated full names of prominent NFL players whom every source names only as ``C.Woodson``: the table's
shape, its rows against their references, and which player a row names."""

from __future__ import annotations

from arena.stats.catalog import League
from arena.stats.importers.curated_honours import curated_hall_of_fame_rows
from arena.stats.importers.nfl_names import (
    abbreviated_parts,
    curated_full_name,
    curated_full_names,
    full_name_parts,
)


def test_each_row_abbreviates_its_full_name_and_is_a_hall_of_famer_in_his_span() -> None:
    rows = curated_full_names()
    assert rows and len({row.abbreviated for row in rows}) == len(rows)
    hall = {row.player: row.played for row in curated_hall_of_fame_rows()}
    for row in rows:
        assert row.league is League.NFL and row.reference.startswith("Pro Football Hall of Fame: "), row
        assert any(abbreviated_parts(row.abbreviated).accepts(key) for key in full_name_parts(row.player)), row
        assert row.player in row.reference and row.player in hall, row
        assert 1920 <= row.played[0] <= row.played[1] <= 2024 and row.played == hall[row.player], row


def test_the_sample_agrees_with_the_references() -> None:
    # Pro Football Hall of Fame: Charles Woodson, Raiders 1998-2005 and 2015; Larry Allen, Cowboys 1994-2005.
    by_name = {row.player: row for row in curated_full_names()}
    assert (by_name["Charles Woodson"].abbreviated, by_name["Charles Woodson"].club) == ("C.Woodson", "OAK")
    assert (by_name["Larry Allen"].played, by_name["Larry Allen"].club) == ((1994, 2007), "DAL")


def test_a_row_names_the_player_whose_seasons_and_club_fit_it_and_no_namesake() -> None:
    assert curated_full_name({"C.Woodson"}, [(1999, ("OAK",)), (2015, ("OAK",))]) == "Charles Woodson"
    assert curated_full_name({"K.Mawae"}, [(2003, ("NYJ",))]) == "Kevin Mawae"
    # Another initial, a season outside his span, or never his club: someone else.
    assert curated_full_name({"D.Woodson"}, [(1999, ("OAK",))]) is None
    assert curated_full_name({"C.Woodson"}, [(2015, ("OAK",)), (2019, ("OAK",))]) is None
    assert curated_full_name({"L.Allen"}, [(2003, ("MIA",))]) is None
    assert curated_full_name({"C.Woodson"}, []) is None
