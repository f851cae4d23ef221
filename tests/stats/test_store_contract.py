"""The StatStore contract, run on SQLite and on PostgreSQL: hand-built leagues whose every figure is
known, then the reference figures of the real data."""

from __future__ import annotations

import pytest

import arena.stats.adapters.tables  # noqa: F401  (registers the stat tables on the metadata)
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.catalog import League
from arena.stats.coverage import describe_gap
from arena.stats.errors import PlayerNotFound, UnknownLeague, UnknownSeason, UnknownStat
from arena.stats.model import LeagueData, Player, SeasonRow
from store_databases import BACKENDS, DatabaseFactory, schema_drift

NBA, NFL, MLB, NHL = League.NBA, League.NFL, League.MLB, League.NHL


# -- schema ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("backend", BACKENDS)
def test_migrations_create_exactly_the_tables_the_store_uses(
    backend: str, database_factory: DatabaseFactory
) -> None:
    assert schema_drift(database_factory(backend), "stat_") == []


# -- careers, seasons, rates ------------------------------------------------------------------------------

def test_career_sums_counting_stats_and_recomputes_rates_from_totals(sample_store: SqlStatStore) -> None:
    line = sample_store.career("nba:jordami01").groups["basketball"]
    assert line["points"] == 2313 + 408 + 3041
    assert line["games"] == 182
    assert line["points_per_game"] == pytest.approx((2313 + 408 + 3041) / 182)
    # Field-goal percentage from summed makes and attempts, not the mean of the seasons' percentages.
    assert line["fg_pct"] == pytest.approx((837 + 150 + 1098) / (1625 + 328 + 2279))


def test_career_over_a_range_counts_only_those_seasons(sample_store: SqlStatStore) -> None:
    career = sample_store.career("nba:jordami01", from_season=1986, to_season=1987)
    assert (career.seasons, career.first_season, career.last_season) == (2, 1986, 1987)
    assert career.groups["basketball"]["points"] == 408 + 3041


def test_a_stat_the_era_did_not_record_is_none_never_zero(sample_store: SqlStatStore) -> None:
    wilt = sample_store.seasons("nba:chambwi01")[0].groups["basketball"]
    assert wilt["steals"] is None
    assert wilt["steals_per_game"] is None
    assert wilt["points"] == 4029
    assert sample_store.career("nba:chambwi01").groups["basketball"]["steals"] is None


def test_rates_use_only_the_seasons_that_recorded_their_components(sample_store: SqlStatStore) -> None:
    line = sample_store.career("nba:jordami01").groups["basketball"]
    assert line["steals_per_game"] == pytest.approx((196 + 37 + 236) / 182)
    assert line["assists"] is None and line["assists_per_game"] is None


def test_seasons_are_ordered_labelled_and_keep_every_team_of_a_multi_team_season(
    sample_store: SqlStatStore,
) -> None:
    seasons = sample_store.seasons("nba:jordami01")
    assert [(s.season, s.label) for s in seasons] == [(1985, "1984-85"), (1986, "1985-86"), (1987, "1986-87")]
    traded = sample_store.seasons("nba:tradesa01")
    assert traded[0].teams == ("ATL", "BOS")
    assert traded[0].groups["basketball"]["points"] == 600


def test_competitions_outside_the_league_are_kept_apart(sample_store: SqlStatStore) -> None:
    assert [s.season for s in sample_store.seasons("nba:ervinju01")] == [1977]
    everything = sample_store.seasons("nba:ervinju01", all_competitions=True)
    assert [(s.season, s.competition) for s in everything] == [(1972, "ABA"), (1977, "NBA")]
    assert sample_store.career("nba:ervinju01").groups["basketball"]["points"] == 1770
    gretzky = sample_store.career("nhl:gretzwa01").groups["skating"]
    assert (gretzky["goals"], gretzky["assists"], gretzky["points"]) == (51 + 92, 86 + 120, 137 + 212)


def _season_row(player_id: str, league: League, season: int, competition: str, group: str,
                teams: tuple[str, ...], **stats: float) -> SeasonRow:
    return SeasonRow(player_id=player_id, league=league, season=season, competition=competition, group=group,
                     teams=teams, stats=stats)


def test_a_season_split_between_two_counted_competitions_is_one_season(empty_store: SqlStatStore) -> None:
    # Mark McGwire, 1997: 34 home runs for Oakland (AL), then 24 for St. Louis (NL) after a trade.
    mcgwire = "mlb:mcgwima01"
    empty_store.replace_league(LeagueData(
        league=MLB, players=[Player(id=mcgwire, league=MLB, name="Mark McGwire")],
        seasons=[
            _season_row(mcgwire, MLB, 1996, "AL", "batting", ("OAK",), games=130, at_bats=423, hits=132,
                        home_runs=52),
            _season_row(mcgwire, MLB, 1997, "AL", "batting", ("OAK",), games=105, at_bats=366, hits=104,
                        home_runs=34),
            _season_row(mcgwire, MLB, 1997, "NL", "batting", ("SLN",), games=51, at_bats=174, hits=44,
                        home_runs=24),
        ]))
    seasons = empty_store.seasons(mcgwire)
    assert [(s.season, s.competition, s.teams) for s in seasons] == [
        (1996, "AL", ("OAK",)), (1997, "AL/NL", ("OAK", "SLN"))]
    batting = seasons[1].groups["batting"]
    assert (batting["games"], batting["home_runs"]) == (156, 58)
    assert batting["batting_avg"] == pytest.approx(148 / 540)
    assert empty_store.career(mcgwire).seasons == 2
    assert len(empty_store.seasons(mcgwire, all_competitions=True)) == 2
    assert empty_store.status()[0].player_seasons == 2  # `arena data status` counts it once too


def test_each_season_keeps_the_position_its_rows_name_per_group(empty_store: SqlStatStore) -> None:
    # A made-up catcher moved to first base, who also pitched once: each season and group keeps its own.
    catcher = "mlb:catchjo99"
    rows = [
        SeasonRow(player_id=catcher, league=MLB, season=2010, competition="AL", group="batting", teams=("MIN",),
                  position="C", stats={"games": 140}),
        SeasonRow(player_id=catcher, league=MLB, season=2011, competition="AL", group="batting", teams=("MIN",),
                  position="1B", stats={"games": 120}),
        SeasonRow(player_id=catcher, league=MLB, season=2011, competition="AL", group="pitching", teams=("MIN",),
                  position="P", stats={"games": 1}),
        SeasonRow(player_id=catcher, league=MLB, season=2012, competition="AL", group="batting", teams=("MIN",),
                  stats={"games": 3}),
    ]
    empty_store.replace_league(LeagueData(
        league=MLB, players=[Player(id=catcher, league=MLB, name="Joe Catcher")], seasons=rows))
    assert [s.positions for s in empty_store.seasons(catcher)] == [
        {"batting": "C"}, {"batting": "1B", "pitching": "P"}, {}]


def test_career_figures_over_missing_seasons_carry_their_gap(empty_store: SqlStatStore) -> None:
    goalie, skater = "nhl:fleurma01", "nhl:crosbsi01"
    empty_store.replace_league(LeagueData(
        league=NHL,
        players=[Player(id=goalie, league=NHL, name="Marc-Andre Fleury"),
                 Player(id=skater, league=NHL, name="Sidney Crosby")],
        seasons=[
            _season_row(goalie, NHL, 2017, "NHL", "goaltending", ("PIT",), games=38, wins=18, minutes=2200,
                        goals_against=107, shots_against=1181),
            _season_row(goalie, NHL, 2018, "NHL", "goaltending", ("VEG",), games=46, wins=29, minutes=2700,
                        goals_against=100, shots_against=1376),
            _season_row(skater, NHL, 2018, "NHL", "skating", ("PIT",), games=82, goals=29, assists=60, points=89),
        ]))
    [gap] = empty_store.career(goalie).gaps
    assert (gap.group, gap.first_season, gap.last_season, gap.missing_after) == ("goaltending", 2017, 2018, 2018)
    assert "wins" in gap.keys
    assert describe_gap(NHL, gap, "wins") == "wins 2016-17 to 2017-18 (seasons after 2017-18 missing)"
    # A range that stops before the hole covers all it asks for.
    assert empty_store.career(goalie, to_season=2017).gaps == ()
    assert empty_store.career(skater).gaps == ()


def test_a_rate_over_seasons_without_its_components_names_them(empty_store: SqlStatStore) -> None:
    # Joe Montana's completions of 1993-1994 are in no source here.
    montana = "nfl:pfr-joe-montana-1979"
    empty_store.replace_league(LeagueData(
        league=NFL, players=[Player(id=montana, league=NFL, name="Joe Montana")],
        seasons=[
            _season_row(montana, NFL, 1990, "NFL", "passing", ("SF",), games=15, completions=321, attempts=520,
                        passing_yards=3944, passing_tds=26, interceptions=16),
            _season_row(montana, NFL, 1993, "NFL", "passing", ("KC",), games=11, attempts=298, passing_yards=2144,
                        passing_tds=13, interceptions=7),
        ]))
    career = empty_store.career(montana)
    [gap] = career.gaps
    assert set(gap.keys) == {"completions", "completion_pct", "passer_rating"}
    assert (gap.first_season, gap.last_season, gap.missing, gap.missing_after) == (1990, 1990, (1993,), None)
    assert describe_gap(NFL, gap, "passer_rating") == "passer rating 1990 (1993 not recorded)"
    assert career.groups["passing"]["attempts"] == 818


def test_a_career_first_seen_where_the_sources_begin_says_it_may_have_begun_earlier(
    empty_store: SqlStatStore,
) -> None:
    # John Brodie passed 1957-1973 (Pro-Football-Reference); no source here has his seasons before 1970.
    brodie, rookie = "nfl:pfr-john-brodie-1970", "nfl:pfr-joe-later-1971"
    empty_store.replace_league(LeagueData(
        league=NFL, players=[Player(id=brodie, league=NFL, name="John Brodie"),
                             Player(id=rookie, league=NFL, name="Joe Later")],
        seasons=[
            _season_row(brodie, NFL, 1970, "NFL", "passing", ("SF",), games=14, completions=223, attempts=378,
                        passing_yards=2941, passing_tds=24, interceptions=10),
            _season_row(brodie, NFL, 1971, "NFL", "passing", ("SF",), games=14, completions=208, attempts=387,
                        passing_yards=2642, passing_tds=18, interceptions=24),
            _season_row(rookie, NFL, 1971, "NFL", "passing", ("SF",), games=14, completions=20, attempts=38,
                        passing_yards=294, passing_tds=2, interceptions=1),
        ]))
    [gap] = empty_store.career(brodie).gaps
    assert (gap.group, gap.first_season, gap.last_season, gap.missing_before) == ("passing", 1970, 1971, 1970)
    assert describe_gap(NFL, gap, "passing_yards") == "passing yards 1970 to 1971 (seasons before 1970 in no source)"
    assert empty_store.career(rookie).gaps == ()


def test_a_career_across_a_groups_hole_lacks_its_seasons_and_one_seen_after_it_may_have_begun_inside(
    empty_store: SqlStatStore,
) -> None:
    # No source holds NFL defense for 2017-2023 (Pro-Football-Reference: Calais Campbell's sacks 2008-2024,
    # Christian Wilkins' defense since 2019, his one catch of 2021 on offense).
    veteran, newcomer = "nfl:nflcom-744", "nfl:00-0035231"
    empty_store.replace_league(LeagueData(
        league=NFL, players=[Player(id=veteran, league=NFL, name="Calais Campbell"),
                             Player(id=newcomer, league=NFL, name="Christian Wilkins")],
        seasons=[
            _season_row(veteran, NFL, 2016, "NFL", "defense", ("ARI",), games=16, tackles=53, sacks=8,
                        def_interceptions=1, passes_defended=3),
            _season_row(veteran, NFL, 2024, "NFL", "defense", ("MIA",), tackles=52, sacks=5,
                        def_interceptions=0, passes_defended=5),
            _season_row(newcomer, NFL, 2021, "NFL", "receiving", ("MIA",), games=1, receptions=1, targets=1,
                        receiving_yards=1, receiving_tds=1),
            _season_row(newcomer, NFL, 2024, "NFL", "defense", ("LV",), tackles=11, sacks=0,
                        def_interceptions=0, passes_defended=0),
        ]))
    gaps = {gap.keys: gap for gap in empty_store.career(veteran).gaps}
    totals = gaps[("tackles", "sacks", "def_interceptions", "passes_defended")]
    assert (totals.first_season, totals.last_season, totals.missing) == (2016, 2024, tuple(range(2017, 2024)))
    assert describe_gap(NFL, totals, "sacks") == "sacks 2016 to 2024 (2017 to 2023 not recorded)"
    [seen_late] = [gap for gap in empty_store.career(newcomer).gaps if gap.group == "defense"]
    assert describe_gap(NFL, seen_late, "sacks") == "sacks 2024 (seasons before 2024 in no source)"
    assert not [gap for gap in empty_store.career(newcomer).gaps if gap.group == "receiving"]


def test_seasons_in_a_range(sample_store: SqlStatStore) -> None:
    assert [s.season for s in sample_store.seasons("nba:jordami01", from_season=1986)] == [1986, 1987]
    assert [s.season for s in sample_store.seasons("nba:jordami01", to_season=1985)] == [1985]


def test_best_season_by_a_counting_stat_and_by_a_qualified_rate(sample_store: SqlStatStore) -> None:
    best = sample_store.best_season("nba:jordami01", stat="points")
    assert best is not None and best.season == 1987
    # 1986's 22.7 points a game in 18 games does not qualify; 1987's 37.1 beats 1985's 28.2.
    best_rate = sample_store.best_season("nba:jordami01", stat="points_per_game")
    assert best_rate is not None and best_rate.season == 1987
    assert sample_store.best_season("nba:chambwi01", stat="steals") is None


def test_a_stat_in_two_groups_means_the_group_the_player_has_most_of_it_in(sample_store: SqlStatStore) -> None:
    best = sample_store.best_season("mlb:ryanno01", stat="strikeouts")
    assert best is not None and best.season == 1989
    assert best.groups["pitching"]["strikeouts"] == 301
    assert best.groups["batting"]["strikeouts"] == 2
    career = sample_store.career("mlb:ryanno01").groups
    assert (career["pitching"]["strikeouts"], career["batting"]["strikeouts"]) == (533, 2)
    assert career["pitching"]["innings_pitched"] == pytest.approx((717 + 614) / 3)


def test_a_multi_team_baseball_season_is_one_row_with_both_clubs(sample_store: SqlStatStore) -> None:
    [season] = sample_store.seasons("mlb:henderi01")
    assert season.teams == ("NYA", "OAK")
    batting = season.groups["batting"]
    assert batting["obp"] == pytest.approx((148 + 126) / (541 + 126))  # no HBP or SF recorded: counted as 0
    assert batting["ops"] == pytest.approx(batting["obp"] + (148 + 26 + 2 * 3 + 3 * 12) / 541)


def test_era_leaders_need_the_qualifying_innings(sample_store: SqlStatStore) -> None:
    leaders = sample_store.leaders(MLB, stat="era", from_season=1989, to_season=1989)
    # The reliever's 1.50 ERA over 60 innings does not qualify (162 innings a season).
    assert [(r.player_id, round(r.value, 2)) for r in leaders] == [("mlb:ryanno01", round(27 * 85 / 717, 2))]
    assert sample_store.leaders(MLB, stat="era", from_season=1989, to_season=1989,
                                min_games=50)[0].player_id == "mlb:reliepi01"


def test_best_season_of_a_lower_is_better_rate_is_the_lowest(sample_store: SqlStatStore) -> None:
    best = sample_store.best_season("nhl:goodgo01", stat="goals_against_avg")
    assert best is not None
    assert best.groups["goaltending"]["goals_against_avg"] == pytest.approx(2.0)


# -- leaders ---------------------------------------------------------------------------------------------

def test_counting_leaders_sum_the_range_and_share_ranks_on_ties(sample_store: SqlStatStore) -> None:
    leaders = sample_store.leaders(NBA, stat="points", from_season=2017, to_season=2017)
    assert [(r.rank, r.name, r.value) for r in leaders] == [
        (1, "Nikola Jokić", 1221.0), (2, "Aaron Tie", 1000.0), (2, "Zed Tie", 1000.0),
        (4, "DeAndre Jordan", 999.0)]


def test_counting_leaders_over_several_seasons(sample_store: SqlStatStore) -> None:
    leaders = sample_store.leaders(NBA, stat="points", from_season=2016, to_season=2017, limit=2)
    assert [(r.player_id, r.value, r.seasons, r.first_season, r.last_season, r.games) for r in leaders] == [
        ("nba:jokicni01", 2021.0, 2, 2016, 2017, 153.0), ("nba:tieaa01", 1000.0, 1, 2017, 2017, 70.0)]


def test_a_tie_longer_than_the_rows_first_fetched_is_still_ordered_by_name(empty_store: SqlStatStore) -> None:
    # Ids ascend while names descend, so an order by id would pick a different leader.
    players = [Player(id=f"nba:tie{i:02d}", league=NBA, name=f"Player {99 - i}") for i in range(40)]
    seasons = [SeasonRow(player_id=p.id, league=NBA, season=2000, competition="NBA", group="basketball",
                         stats={"games": 10, "points": 100}) for p in players]
    empty_store.replace_league(LeagueData(league=NBA, players=players, seasons=seasons))
    leaders = empty_store.leaders(NBA, stat="points", limit=2)
    assert [(r.rank, r.name) for r in leaders] == [(1, "Player 60"), (1, "Player 61")]


def test_rate_leaders_need_the_qualifying_games(sample_store: SqlStatStore) -> None:
    leaders = sample_store.leaders(NBA, stat="points_per_game", from_season=2016, to_season=2016)
    # Short Stint's 30 a game over 5 games does not qualify (58 games a season); the tie is ordered by name.
    assert [(r.rank, r.player_id, r.value) for r in leaders] == [
        (1, "nba:jokicni01", 10.0), (1, "nba:tradesa01", 10.0)]
    with_minimum = sample_store.leaders(NBA, stat="points_per_game", from_season=2016, to_season=2016,
                                        min_games=1)
    assert with_minimum[0].player_id == "nba:shortst01"


def test_lower_is_better_rate_leaders_rank_lowest_first(sample_store: SqlStatStore) -> None:
    leaders = sample_store.leaders(NHL, stat="goals_against_avg", from_season=2000, to_season=2000)
    assert [r.player_id for r in leaders] == ["nhl:goodgo01", "nhl:busygo01"]
    assert [r.value for r in leaders] == pytest.approx([2.0, 3.0])


# -- league context, awards, teams, status -----------------------------------------------------------

def test_league_context_totals_players_and_per_player_game(sample_store: SqlStatStore) -> None:
    context = sample_store.league_context(NBA, 2017)
    assert context.label == "2016-17"
    assert context.groups["basketball"]["points"] == 1221 + 1000 + 1000 + 999
    assert context.players == {"basketball": 4}
    assert context.per_player_game["basketball"]["points"] == pytest.approx(4220 / (73 + 70 + 70 + 81))
    # Only Jokić recorded field goals in 2017: the league's rate is his.
    assert context.groups["basketball"]["fg_pct"] == pytest.approx(494 / 858)


def test_awards_and_award_counts(sample_store: SqlStatStore) -> None:
    awards = sample_store.awards("nba:jordami01")
    assert [(a.season, a.award, a.is_winner) for a in awards] == [
        (1985, "all-star", True), (1985, "nba roy", True), (1987, "all-star", True), (1987, "nba mvp", False)]
    profile = next(p for p in sample_store.iter_profiles(NBA) if p.player.id == "nba:jordami01")
    assert profile.award_counts == {"all-star": 2, "nba roy": 1}
    assert (profile.seasons, profile.games) == (3, 182.0)
    assert profile.career["basketball"]["points"] == 5762


def test_the_roster_read_gives_each_club_season_its_players_position_and_volume(sample_store: SqlStatStore) -> None:
    rows = [row for row in sample_store.iter_roster(NBA) if row.player_id == "nba:jordami01"]
    # A season row without a position takes the player's first listed; the volume is the one the positions
    # name: starts, else minutes, else games (here only games are recorded), not the group's points.
    measures = (("games_started", "minutes", "games"),)
    assert [(r.season, r.team, r.group, r.position, r.volumes, r.measures) for r in sorted(rows)] == [
        (1985, "CHI", "basketball", "SG", (82,), measures), (1986, "CHI", "basketball", "SG", (18,), measures),
        (1987, "CHI", "basketball", "SG", (82,), measures)]


def test_the_roster_read_gives_a_role_its_own_volume(sample_store: SqlStatStore) -> None:
    pitching = {r.player_id: r for r in sample_store.iter_roster(MLB) if r.group == "pitching" and r.season == 1989}
    # A closer's saves beside the group's strikeouts: only the reliever's season records any.
    assert pitching["mlb:reliepi01"].measures == (("strikeouts",), ("saves",))
    assert (pitching["mlb:reliepi01"].volumes, pitching["mlb:ryanno01"].volumes) == ((70, 31), (301, None))
    # A season with none of its group's volumes (Ryan's hitless ones at bat) is left out.
    assert not [r for r in sample_store.iter_roster(MLB) if r.player_id == "mlb:ryanno01" and r.group == "batting"]


def test_the_honours_read_gives_awards_won_not_votes_received(sample_store: SqlStatStore) -> None:
    honours = sorted(h for h in sample_store.iter_honours(NBA) if h.player_id == "nba:jordami01")
    # His 1987 MVP votes (share 0.3) won nothing: left out.
    assert [(h.season, h.honour, h.is_title) for h in honours] == [
        (1985, "all-star", False), (1985, "nba roy", False), (1987, "all-star", False)]


def test_the_top_seasons_read_ranks_one_stat_over_the_counted_competitions(sample_store: SqlStatStore) -> None:
    top = list(sample_store.iter_top_seasons(NBA, "basketball", "points", limit=3))
    assert [(t.player_id, t.season, t.value) for t in top] == [
        ("nba:chambwi01", 1962, 4029), ("nba:jordami01", 1987, 3041), ("nba:jordami01", 1985, 2313)]
    # Erving's 1972 ABA season (2,290 points) is not counted: the NBA's 1977 is his only one here.
    assert ("nba:ervinju01", 1972) not in {(t.player_id, t.season)
                                           for t in sample_store.iter_top_seasons(NBA, "basketball", "points",
                                                                                  limit=20)}


def test_team_seasons_filter_by_team_and_season(sample_store: SqlStatStore) -> None:
    assert [t.season for t in sample_store.team_seasons(NBA, team="CHI")] == [1985, 1987]
    assert [t.team for t in sample_store.team_seasons(NBA, season=1987)] == ["BOS", "CHI"]


def test_status_and_seasons_available_per_league(sample_store: SqlStatStore) -> None:
    status = {s.league: s for s in sample_store.status()}
    assert set(status) == {NBA, NHL, MLB}
    assert (status[NBA].players, status[NBA].player_seasons) == (9, 13)
    assert (status[NBA].first_season, status[NBA].last_season) == (1962, 2017)
    # Batting and pitching rows of one season are one player season.
    assert (status[MLB].players, status[MLB].player_seasons) == (3, 4)
    assert sample_store.seasons_available(NHL) == (1980, 2000)  # the WHA season is not counted
    assert sample_store.seasons_available(NFL) is None
    assert len({p.id for p in sample_store.iter_players()}) == 16
    assert len(list(sample_store.iter_players(MLB))) == 3


# -- finding players -----------------------------------------------------------------------------------

@pytest.mark.parametrize("query", ["Nikola Jokić", "nikola jokic", "NIKOLA JOKIC", "  Nikola   Jokic "])
def test_find_players_ignores_accents_case_and_spacing(sample_store: SqlStatStore, query: str) -> None:
    matches = sample_store.find_players(query)
    assert [m.player.id for m in matches] == ["nba:jokicni01"]
    assert matches[0].score == 100.0


def test_find_players_by_variant_and_by_surname(sample_store: SqlStatStore) -> None:
    assert sample_store.find_players("Dr. J")[0].player.id == "nba:ervinju01"
    # Both Jordans, the one with more games first.
    assert [m.player.id for m in sample_store.find_players("jordan")] == ["nba:jordami01", "nba:jordade01"]


def test_find_players_by_sound_then_by_first_name(sample_store: SqlStatStore) -> None:
    assert [(m.player.id, m.score) for m in sample_store.find_players("Micheal Jordon")] == [
        ("nba:jordami01", 85.0)]
    assert [(m.player.id, m.score) for m in sample_store.find_players("wilt")] == [("nba:chambwi01", 80.0)]


def test_find_players_falls_back_to_fuzzy_matching(sample_store: SqlStatStore) -> None:
    misspelt = sample_store.find_players("Nikola Jokci")
    assert misspelt[0].player.id == "nba:jokicni01"
    assert misspelt[0].score < 80
    assert sample_store.find_players("Gretsky")[0].player.id == "nhl:gretzwa01"


def test_find_players_filters_by_league_and_returns_nothing_for_no_match(sample_store: SqlStatStore) -> None:
    assert sample_store.find_players("Wayne Gretzky", league=NBA) == []
    assert sample_store.find_players("Wayne Gretzky", league=NHL)[0].player.id == "nhl:gretzwa01"
    assert sample_store.find_players("Xqzv Plorth") == []


# -- errors ----------------------------------------------------------------------------------------------

def test_unknown_player_suggests_close_ids(sample_store: SqlStatStore) -> None:
    with pytest.raises(PlayerNotFound) as raised:
        sample_store.get_player("nba:jordanmi01")
    assert "nba:jordami01" in raised.value.suggestions
    with pytest.raises(PlayerNotFound):
        sample_store.career("nba:nobody01")
    with pytest.raises(PlayerNotFound):
        sample_store.seasons("nope")


def test_unknown_stat_or_group_suggests_close_ones(sample_store: SqlStatStore) -> None:
    with pytest.raises(UnknownStat) as raised:
        sample_store.leaders(NBA, stat="pionts")
    assert "points" in raised.value.suggestions
    with pytest.raises(UnknownStat) as group_raised:
        sample_store.leaders(NHL, stat="wins", group="goaltendin")
    assert group_raised.value.suggestions == ["goaltending"]
    with pytest.raises(UnknownStat) as ambiguous:
        sample_store.leaders(NHL, stat="games")
    assert ambiguous.value.suggestions == ["skating", "goaltending"]


def test_seasons_outside_the_data_are_unknown(sample_store: SqlStatStore) -> None:
    with pytest.raises(UnknownSeason, match="1900"):
        sample_store.league_context(NBA, 1900)
    with pytest.raises(UnknownSeason, match="1963-64"):
        sample_store.league_context(NBA, 1964)  # inside the range but no rows
    with pytest.raises(UnknownSeason):
        sample_store.leaders(NBA, stat="points", from_season=2010, to_season=2030)
    with pytest.raises(UnknownSeason):
        sample_store.career("nba:jordami01", from_season=1987, to_season=1985)
    with pytest.raises(UnknownLeague):
        sample_store.leaders(NFL, stat="passing_yards")


# -- the real data -----------------------------------------------------------------------------------------

def _only(store: SqlStatStore, name: str, league: League) -> str:
    matches = store.find_players(name, league=league)
    assert matches and matches[0].score == 100.0, f"{name} not found exactly: {matches[:3]}"
    return matches[0].player.id


def test_reference_careers(loaded_store: SqlStatStore) -> None:
    assert loaded_store.career("nba:jordami01").groups["basketball"]["points"] == 32292
    assert loaded_store.career("nba:jamesle01", to_season=2025).groups["basketball"]["points"] == 42184
    assert loaded_store.career("nba:abdulka01").groups["basketball"]["points"] == 38387
    assert loaded_store.career("nba:chambwi01").groups["basketball"]["points"] == 31419
    gretzky = loaded_store.career("nhl:gretzwa01").groups["skating"]
    assert (gretzky["games"], gretzky["goals"], gretzky["assists"], gretzky["points"]) == (1487, 894, 1963, 2857)
    brodeur = loaded_store.career("nhl:brodema01").groups["goaltending"]
    assert (brodeur["wins"], brodeur["shutouts"]) == (691, 125)
    assert loaded_store.career("nhl:ovechal01", to_season=2025).groups["skating"]["goals"] == 897
    assert loaded_store.career("mlb:ruthba01").groups["batting"]["home_runs"] == 714
    assert loaded_store.career("mlb:aaronha01").groups["batting"]["home_runs"] == 755


def test_reference_nfl_careers(loaded_store: SqlStatStore) -> None:
    brady = _only(loaded_store, "Tom Brady", NFL)
    assert loaded_store.career(brady, to_season=2022).groups["passing"]["passing_yards"] == 89214
    manning = _only(loaded_store, "Peyton Manning", NFL)
    assert loaded_store.career(manning).groups["passing"]["passing_yards"] == 71940
    emmitt = _only(loaded_store, "Emmitt Smith", NFL)
    assert loaded_store.career(emmitt).groups["rushing"]["rushing_yards"] == 18355


def test_more_reference_figures(loaded_store: SqlStatStore) -> None:
    assert loaded_store.career("mlb:bondsba01").groups["batting"]["home_runs"] == 762
    assert loaded_store.career("mlb:ryanno01").groups["pitching"]["strikeouts"] == 5714
    rice = _only(loaded_store, "Jerry Rice", NFL)
    assert loaded_store.career(rice).groups["receiving"]["receiving_yards"] == 22895
    [mcdavid] = loaded_store.seasons("nhl:mcdavco01", from_season=2023, to_season=2023)
    assert (mcdavid.label, mcdavid.groups["skating"]["points"]) == ("2022-23", 153)
    for name, group, stat, value in [("Joe Burrow", "passing", "passing_yards", 4918),
                                     ("Saquon Barkley", "rushing", "rushing_yards", 2005),
                                     ("Ja'Marr Chase", "receiving", "receiving_yards", 1708)]:
        [season] = loaded_store.seasons(_only(loaded_store, name, NFL), from_season=2024, to_season=2024)
        assert season.groups[group][stat] == value, name


def test_real_multi_team_seasons_list_every_club(loaded_store: SqlStatStore) -> None:
    [harden] = loaded_store.seasons("nba:hardeja01", from_season=2021, to_season=2021)
    assert harden.teams == ("HOU", "BRK")
    assert harden.groups["basketball"]["games"] == 44
    [henderson] = loaded_store.seasons("mlb:henderi01", from_season=1989, to_season=1989)
    assert henderson.teams == ("NYA", "OAK")
    assert henderson.groups["batting"]["games"] == 150


def test_gretzky_wha_season_is_stored_apart(loaded_store: SqlStatStore) -> None:
    wha = [s for s in loaded_store.seasons("nhl:gretzwa01", all_competitions=True) if s.competition == "WHA"]
    assert [(s.season, s.groups["skating"]["goals"], s.groups["skating"]["assists"]) for s in wha] == [
        (1979, 46, 64)]


def test_jordans_best_scoring_season_is_1986_87(loaded_store: SqlStatStore) -> None:
    best = loaded_store.best_season("nba:jordami01", stat="points")
    assert best is not None and (best.season, best.groups["basketball"]["points"]) == (1987, 3041)


def test_steals_were_not_recorded_in_chamberlains_era(loaded_store: SqlStatStore) -> None:
    first = loaded_store.seasons("nba:chambwi01")[0].groups["basketball"]
    assert first["steals"] is None and first["points"] is not None


def test_decade_points_leaders_agree_with_careers_and_league_totals(loaded_store: SqlStatStore) -> None:
    leaders = loaded_store.leaders(NBA, stat="points", from_season=2010, to_season=2019, limit=5)
    assert leaders[0].player_id == "nba:jamesle01"
    values = [r.value for r in leaders]
    assert values == sorted(values, reverse=True)
    for row in leaders:
        career = loaded_store.career(row.player_id, from_season=2010, to_season=2019)
        assert career.groups["basketball"]["points"] == row.value
    season = loaded_store.leaders(NBA, stat="points", from_season=2016, to_season=2016, limit=10_000)
    context = loaded_store.league_context(NBA, 2016)
    assert context.groups["basketball"]["points"] == sum(r.value for r in season)
    assert context.players["basketball"] == len(season)


def test_career_rate_leaders_need_400_games(loaded_store: SqlStatStore) -> None:
    leaders = loaded_store.leaders(NBA, stat="points_per_game", limit=3)
    assert leaders[0].player_id == "nba:jordami01"
    assert all((r.games or 0) >= 400 for r in leaders)


def test_find_players_in_the_real_data(loaded_store: SqlStatStore) -> None:
    assert loaded_store.find_players("nikola jokic")[0].player.id == "nba:jokicni01"
    assert loaded_store.find_players("Wayne Gretzky")[0].player.id == "nhl:gretzwa01"
    assert loaded_store.find_players("Lebron Jmaes")[0].player.id == "nba:jamesle01"


def test_player_seasons_are_unique_per_player_season_and_group(loaded_store: SqlStatStore) -> None:
    status = {s.league: s for s in loaded_store.status()}
    assert set(status) == set(League)
    assert all(s.players > 1000 and s.player_seasons > s.players for s in status.values())
