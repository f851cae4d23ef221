"""The fame prior over made-up careers: a career running into a known hole of its group's sources (NFL defense
2017-2023) is not ranked down for the seasons no source has; a hole no source closes (NHL goalies after
2017-18) credits no one."""

from __future__ import annotations

import pytest

from arena.nlu import QuestionParser
from arena.nlu.entries import FameBuilder, PlayerEntry
from arena.stats import League, Player, PlayerProfile, StatLine

_DEFENSE = ("tackles", "sacks", "def_interceptions")


def _profile(league: League, number: int, seasons: range | tuple[int, ...], career: dict[str, StatLine],
             positions: tuple[str, ...] = ()) -> PlayerProfile:
    player = Player(id=f"{league.value}:made{number:03d}", league=league, name=f"Made Up {number}",
                    positions=positions, first_season=min(seasons), last_season=max(seasons))
    return PlayerProfile(player=player, seasons=len(seasons), games=16.0 * len(seasons), career=career,
                         award_counts={})


def _field(league: League) -> list[PlayerProfile]:
    """A league's yardsticks: ten careers of each volume group, spread over its seasons to the latest."""
    if league is League.NFL:
        return [profile for n in range(10) for profile in (
            _profile(league, 900 + n, range(1990 + 3 * n, 1999 + 3 * n),
                     {"rushing": {"rushing_yards": 4000.0 + 1000 * n}, "receiving": {"receiving_yards": 3000.0 * n}}),
            _profile(league, 920 + n, range(1985 + 2 * n, 1997 + 2 * n),
                     {"defense": dict(zip(_DEFENSE, (800.0 + 60 * n, 40.0 + 8 * n, 20.0 + 4 * n), strict=True))}),
        )] + [_profile(league, 950, range(2015, 2025), {"passing": {"passing_yards": 30000.0}})]
    return [profile for n in range(10) for profile in (
        _profile(league, 900 + n, range(1995 + 3 * n, 2004 + 3 * n), {"skating": {"points": 300.0 + 80 * n}}),
        _profile(league, 920 + n, range(1990 + 2 * n, 2000 + 2 * n), {"goaltending": {"wins": 150.0 + 30 * n}},
                 ("G",)),
    )] + [_profile(league, 950, range(2016, 2026), {"skating": {"points": 500.0}})]


def _ranked(profiles: list[PlayerProfile]) -> dict[str, PlayerEntry]:
    builder = FameBuilder()
    for profile in profiles:
        builder.add(profile)
    return {entry.id: entry for entry in builder.build()}


def _defender(number: int, seasons: range | tuple[int, ...], totals: tuple[float, float, float]) -> PlayerProfile:
    return _profile(League.NFL, number, seasons, {"defense": dict(zip(_DEFENSE, totals, strict=True))})


def _goalie(number: int, seasons: range, wins: float) -> PlayerProfile:
    return _profile(League.NHL, number, seasons, {"goaltending": {"wins": wins}, "skating": {"points": 3.0}}, ("G",))


# A pass rusher, a cover man and a tackler, each of the same totals in three careers of six seasons.
@pytest.mark.parametrize("totals", [(250.0, 40.0, 1.0), (330.0, 1.0, 30.0), (700.0, 5.0, 4.0)])
def test_a_defender_seen_to_the_hole_outranks_his_like_far_from_it(totals: tuple[float, float, float]) -> None:
    # Added last: of equal merit, he would rank below the others.
    fame = _ranked([*_field(League.NFL), _defender(2, range(2005, 2011), totals),
                    _defender(3, range(1999, 2005), totals), _defender(1, range(2011, 2017), totals)])
    # Seen in 2016, the last season before the hole: his career may have gone on through 2017-2023.
    assert fame["nfl:made001"].fame > fame["nfl:made002"].fame
    # Ended years before the hole: nothing to make up, so he ranks as an older career of the same totals.
    ranks = sorted(fame, key=lambda player_id: -fame[player_id].fame)
    assert abs(ranks.index("nfl:made002") - ranks.index("nfl:made003")) == 1


@pytest.mark.parametrize("totals", [(250.0, 40.0, 1.0), (330.0, 1.0, 30.0)])
def test_a_defender_seen_on_both_sides_of_the_hole_counts_the_seasons_between(
        totals: tuple[float, float, float]) -> None:
    fame = _ranked([*_field(League.NFL), _defender(2, range(2011, 2017), totals),
                    _defender(1, (2012, 2013, 2014, 2015, 2016, 2024), totals)])
    assert fame["nfl:made001"].fame > fame["nfl:made002"].fame


@pytest.mark.parametrize("wins", [60.0, 120.0, 200.0])
def test_a_goalie_seen_to_the_open_hole_ranks_as_his_like_of_earlier_years(wins: float) -> None:
    # Goalie seasons after 2017-18 are in no source, and none resumes: no last season to count his career to.
    fame = _ranked([*_field(League.NHL), _goalie(2, range(2009, 2013), wins), _goalie(1, range(2015, 2019), wins)])
    ranks = sorted(fame, key=lambda player_id: -fame[player_id].fame)
    assert ranks.index("nhl:made002") + 1 == ranks.index("nhl:made001")


def test_a_skater_of_the_holes_last_season_gains_nothing_from_the_goalies_hole() -> None:
    skater = _profile(League.NHL, 1, range(2012, 2019), {"skating": {"points": 250.0}})
    older = _profile(League.NHL, 2, range(2002, 2009), {"skating": {"points": 250.0}})
    fame = _ranked([*_field(League.NHL), skater, older])
    ranks = sorted(fame, key=lambda player_id: -fame[player_id].fame)
    assert abs(ranks.index("nhl:made001") - ranks.index("nhl:made002")) == 1


# A prominent player's long surname misspelt by one slip ("gaborick" for Gaborik: a "ck" where the name has a "k")
# still names him beside another player, and where the question talks of his stats.
@pytest.mark.parametrize("question", ["gaborick vs hossa", "Ovechkin or Gaborick in 2008",
                                      "Gaborick or Kovalchuk, who was the better sniper?", "gaborick stats"])
def test_a_slip_in_a_prominent_long_surname_names_him(parser: QuestionParser, question: str) -> None:
    assert "nhl:gaborma01" in [player.id for player in parser.parse(question).players]


def _defense_field() -> list[PlayerProfile]:
    """An NFL field of twenty receivers and twenty defenders, ten seasons each, and three pass rushers of the same
    seasons: the first with the field's most sacks, the last with the fewest."""
    receivers = [_profile(League.NFL, 100 + n, range(1995, 2005), {"receiving": {"receiving_yards": 9000.0 - 300 * n}})
                 for n in range(20)]
    defenders = [_defender(200 + n, range(1995, 2005), (700.0 - 20 * n, 60.0 - 2 * n, 20.0 - n)) for n in range(20)]
    rushers = [_defender(300 + n, range(1995, 2005), (400.0, sacks, 1.0)) for n, sacks in enumerate((90.0, 45.0, 5.0))]
    return [*receivers, *defenders, *rushers]


def test_a_defender_stands_by_his_groups_measures_on_the_leagues_scale() -> None:
    fame = _ranked(_defense_field())
    rushers = [fame[f"nfl:made{300 + n:03d}"] for n in range(3)]
    assert rushers[0].standing > rushers[1].standing > rushers[2].standing > 0
    # The group's best (the most tackles and interceptions) stands as high as the league's best receiver is famous,
    # and the most sacks above a receiver at the foot of the field.
    assert fame["nfl:made200"].standing == fame["nfl:made100"].fame == 1.0
    assert rushers[0].standing > fame["nfl:made119"].fame
    # His fame stays the league's ranking, which no volume stat of his lifts: below the receivers'.
    assert rushers[0].fame < min(fame[f"nfl:made{100 + n:03d}"].fame for n in range(20))


@pytest.mark.parametrize("tackles", [1.0, 3.0, 12.0])
def test_a_tackle_makes_no_defender_of_a_receiver(tackles: float) -> None:
    # A tackle after an interception thrown his way: his receiving yards, not it, are what he is known for.
    receiver = _profile(League.NFL, 1, range(1998, 2006), {"receiving": {"receiving_yards": 5000.0},
                                                           "defense": {"tackles": tackles}})
    fame = _ranked([*_defense_field(), receiver])
    assert fame["nfl:made001"].standing == 0.0
    assert all(entry.standing == 0.0 for entry in fame.values() if entry.id.startswith("nfl:made1"))


# Where the question speaks of the NFL (a player of it named beside), a defender's namesakes are weighed by their
# standing in their own group: the corner, safety or pass rusher, not a running back or receiver of more fame.
@pytest.mark.parametrize(("question", "player_id"), [
    ("sherman or revis, better cover corner?", "nfl:nflcom-2495507"),
    ("Champ Bailey vs Sherman", "nfl:nflcom-2495507"),
    ("ed reed vs earl thomas", "nfl:nflcom-2508080"),
    ("Derrick Thomas vs Lawrence Taylor sacks", "nfl:nflcom-2503300"),
])
def test_a_defenders_standing_tells_his_leagues_namesakes_apart(parser: QuestionParser, question: str,
                                                                player_id: str) -> None:
    assert player_id in [player.id for player in parser.parse(question).players]


# ... never above a more prominent namesake of another league: Michael Jordan beside any NFL star.
@pytest.mark.parametrize("question", ["Jordan vs Julius Peppers", "Jordan or Peyton Manning, who was more clutch?",
                                      "Jordan vs Tom Brady"])
def test_a_defenders_standing_never_outweighs_a_more_prominent_star_of_another_league(
        parser: QuestionParser, question: str) -> None:
    assert "nba:jordami01" in [player.id for player in parser.parse(question).players]


@pytest.mark.parametrize("points", [60.0, 90.0])
def test_a_career_still_going_is_measured_by_the_seasons_it_has_played(points: float) -> None:
    # One season of the same points each, both recent: the rookie of the league's latest season is judged by it,
    # the one whose single season ended two years before is judged as a short career that ended.
    rookie = _profile(League.NHL, 1, (2030,), {"skating": {"points": points}})  # the field's latest season
    gone = _profile(League.NHL, 2, (2028,), {"skating": {"points": points}})
    fame = _ranked([*_field(League.NHL), gone, rookie])  # the rookie last: of equal merit, he would rank lower
    assert fame["nhl:made001"].fame > fame["nhl:made002"].fame


def test_a_career_that_ended_gains_nothing_from_its_few_seasons() -> None:
    short = _profile(League.NHL, 1, (2020, 2021), {"skating": {"points": 120.0}})
    longer = _profile(League.NHL, 2, (2018, 2019, 2020, 2021), {"skating": {"points": 120.0}})
    fame = _ranked([*_field(League.NHL), longer, short])
    assert fame["nhl:made002"].fame >= fame["nhl:made001"].fame
