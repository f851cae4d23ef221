"""The roster index over made-up club seasons: a position's players ranked by its volume when a question reads the
club (each season's best three counted, seasons summed), its starters by the volume that counts chances, and a
saved copy answering alike."""

from __future__ import annotations

import pickle

from arena.nlu.rosters import Position, RosterIndex, find_positions
from arena.nlu.text import tokenize
from arena.stats import League, RosterRow

_PASSING = (("attempts", "passing_yards"),)
_RUSHING = (("carries",),)
ENTRY_OF = {f"nfl:p{i}": i for i in range(8)}


def _position(words: str) -> Position:
    found = find_positions(tokenize(words))[0].of(League.NFL)
    assert found is not None
    return found


def _row(player: int, season: int, team: str, position: str | None, volume: float | None,
         group: str = "passing") -> RosterRow:
    measures = _PASSING if group == "passing" else _RUSHING
    return RosterRow(f"nfl:p{player}", League.NFL, season, team, group, position, 16.0, (volume,), measures)


ROWS = [
    # 1985 Bears quarterbacks: four of them, the fourth counted in no ranking of that season.
    _row(0, 1985, "CHI", "QB", 300.0), _row(1, 1985, "CHI", "QB", 250.0), _row(2, 1985, "CHI", "QB", 40.0),
    _row(3, 1985, "CHI", "QB", 30.0),
    # 1986: the fourth leads; the first passes him over both seasons together.
    _row(3, 1986, "CHI", "QB", 320.0), _row(0, 1986, "CHI", "QB", 100.0),
    # A quarterback's carries are no quarterback's volume; a row without a position or volume ranks nowhere.
    _row(5, 1985, "CHI", "QB", 900.0, group="rushing"), _row(6, 1985, "CHI", None, 999.0),
    _row(7, 1985, "CHI", "QB", None),
    # Another club's quarterback, and a running back of the Bears.
    _row(4, 1985, "NWE", "QB", 500.0), _row(5, 1985, "CHI", "RB", 324.0, group="rushing"),
]


def test_a_position_is_ranked_by_its_volume_each_seasons_best_three_counted() -> None:
    index = RosterIndex(ROWS, ENTRY_OF)
    qb = _position("qb")  # ranked by attempts, else passing yards: each season's share of its most is summed
    assert index.over(["CHI"], [1985], qb) == [(1.0, 0), (250.0 / 300.0, 1), (40.0 / 300.0, 2)]
    assert index.over(["CHI"], [1985, 1986], qb) == [(1.0 + 100.0 / 320.0, 0), (1.0, 3), (250.0 / 300.0, 1),
                                                     (40.0 / 300.0, 2)]
    assert index.over(["CHI", "NWE"], [1985], qb)[0] == (1.0, 4)  # a club's codes: the most of them all
    assert index.over(["CHI"], [1985], _position("running back")) == [(324.0, 5)]  # carries alone: summed as they are
    assert index.over(["CHI"], [1990], qb) == [] and index.over(["DAL"], [1985], qb) == []


def test_a_starter_leads_his_club_at_his_position_in_chances() -> None:
    index = RosterIndex(ROWS, ENTRY_OF)
    assert index.started(0) == (1985,)
    assert index.started(3) == (1986,)
    assert index.started(4) == (1985,)
    assert index.started(5) == (1985,)  # the Bears' running back; his carries as a quarterback lead no one
    assert index.started(1) == () and index.started(6) == ()


def test_every_row_is_a_club_player_whatever_its_position() -> None:
    index = RosterIndex(ROWS, ENTRY_OF)
    assert index.played_for([(League.NFL, "CHI")]) == {f"nfl:p{i}" for i in (0, 1, 2, 3, 5, 6, 7)}
    assert index.seasons_with("nfl:p3", League.NFL, ["CHI", "NWE"]) == [1985, 1986]
    assert index.played("nfl:p4", League.NFL, "NWE", 1985) and not index.played("nfl:p4", League.NFL, "CHI", 1985)
    assert index.played_for([(League.NFL, "DAL")]) == frozenset()


def test_a_saved_copy_answers_as_the_index_it_was_saved_from() -> None:
    index = RosterIndex(ROWS, ENTRY_OF)
    copy = pickle.loads(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
    qb = _position("quarterback")
    assert copy.over(["CHI", "NWE"], [1985, 1986], qb) == index.over(["CHI", "NWE"], [1985, 1986], qb)
    assert [copy.started(i) for i in ENTRY_OF.values()] == [index.started(i) for i in ENTRY_OF.values()]
    # The Bears' passers at quarterback in 1985 and 1986, their rushers at quarterback and running back in 1985, the
    # Patriots' passers at quarterback.
    assert len(copy) == len(index) == 5
