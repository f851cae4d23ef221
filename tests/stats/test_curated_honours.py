"""The curated honours tables: their shape, a sample checked against the references they name, and how a
row finds its player (or is left out, named, when none or several fit)."""

from __future__ import annotations

from collections import Counter

from arena.stats.catalog import League
from arena.stats.importers.curated_honours import (
    curated_award_rows,
    curated_awards,
    curated_hall_of_fame_rows,
    hall_of_famers,
)
from arena.stats.leagues import league_spec
from arena.stats.model import Player

NHL_TROPHIES = ("hart", "vezina", "norris", "art ross", "rocket richard", "calder", "conn smythe", "ted lindsay",
                "selke")


def test_award_rows_have_one_winner_per_trophy_and_season_but_for_shared_ones() -> None:
    rows = curated_award_rows()
    assert all(row.reference.strip() and row.player.strip() for row in rows)
    nhl = [row for row in rows if row.league is League.NHL]
    nfl = [row for row in rows if row.league is League.NFL]
    assert {row.season for row in nhl} == set(range(2019, 2026))  # 2018-19 to 2024-25
    assert {row.award for row in nhl} == set(NHL_TROPHIES)
    assert {row.season for row in nfl} == set(range(1970, 2025)) and {row.award for row in nfl} == {"nfl mvp"}
    winners = Counter((row.league, row.season, row.award) for row in rows)
    shared = {key for key, count in winners.items() if count > 1}
    assert shared == {(League.NHL, 2020, "rocket richard"), (League.NFL, 1997, "nfl mvp"),
                      (League.NFL, 2003, "nfl mvp")}
    assert all((row.detail == "shared") == ((row.league, row.season, row.award) in shared) for row in rows)
    # Every award is one the league's registry entry knows, so debates count it in its class.
    assert all(row.award in league_spec(row.league).awards for row in rows)


def test_award_sample_agrees_with_the_references() -> None:
    by_key = {(row.league, row.season, row.award, row.player) for row in curated_award_rows()}
    # Hockey-Reference and Pro-Football-Reference award pages.
    assert (League.NHL, 2024, "hart", "Nathan MacKinnon") in by_key
    assert (League.NHL, 2025, "hart", "Connor Hellebuyck") in by_key
    assert (League.NHL, 2020, "rocket richard", "David Pastrnak") in by_key
    assert (League.NHL, 2024, "conn smythe", "Connor McDavid") in by_key
    assert (League.NHL, 2025, "calder", "Lane Hutson") in by_key
    assert (League.NFL, 1992, "nfl mvp", "Steve Young") in by_key
    assert (League.NFL, 2024, "nfl mvp", "Josh Allen") in by_key
    assert (League.NFL, 1986, "nfl mvp", "Lawrence Taylor") in by_key


def test_hall_of_fame_rows_name_each_member_once_with_a_span() -> None:
    rows = curated_hall_of_fame_rows()
    names = [row.player for row in rows]
    assert len(names) == len(set(names)) >= 100
    assert all(row.league is League.NFL and row.reference.startswith("Pro Football Hall of Fame: ") for row in rows)
    assert all(1920 <= first <= last <= 2024 for first, last in (row.played for row in rows))
    assert {"Steve Young", "Jerry Rice", "Lawrence Taylor", "Peyton Manning"} <= set(names)
    # Pro Football Hall of Fame, class of 2025 (Eric Allen, Jared Allen, Antonio Gates, Sterling Sharpe).
    assert {"Eric Allen", "Jared Allen", "Antonio Gates", "Sterling Sharpe"} <= set(names)
    assert "Tom Brady" not in names  # retired after 2022: not yet eligible


def _player(player_id: str, name: str, first: int, last: int, league: League = League.NHL) -> Player:
    return Player(id=player_id, league=league, name=name, first_season=first, last_season=last)


def test_a_row_finds_its_player_by_name_and_season_else_it_is_named() -> None:
    players = [
        _player("nhl:kucheni01", "Nikita Kucherov", 2014, 2025),
        _player("nhl:oreilry01", "Ryan OReilly", 2010, 2025),  # ESPN drops the apostrophe
        # A goalie's seasons stop in 2017-18 with every NHL goalie source: he may have won later.
        _player("nhl:helleco01", "Connor Hellebuyck", 2016, 2018),
    ]
    awards, unmatched = curated_awards(League.NHL, players)
    found = Counter((a.player_id, a.award) for a in awards)
    assert found[("nhl:kucheni01", "art ross")] == 3
    assert found[("nhl:oreilry01", "conn smythe")] == 1 and found[("nhl:oreilry01", "selke")] == 1
    assert found[("nhl:helleco01", "vezina")] == 3 and found[("nhl:helleco01", "hart")] == 1
    assert ("Igor Shesterkin", 2022) in {(row.player, row.season) for row in unmatched}


def test_namesakes_in_the_same_years_match_nobody() -> None:
    twins = [_player("nfl:a", "Jerry Rice", 1985, 2004, League.NFL), _player("nfl:b", "Jerry Rice", 1990, 1991,
                                                                             League.NFL)]
    inducted, unmatched = hall_of_famers(League.NFL, twins)
    assert "Jerry Rice" in {row.player for row in unmatched} and not inducted
    inducted, _ = hall_of_famers(League.NFL, [twins[0], _player("nfl:c", "Jerry Rice", 1950, 1952, League.NFL)])
    assert inducted == {"nfl:a"}
