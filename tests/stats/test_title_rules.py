"""Rate titles as the record books award them, era by era: the rule of the season, the shortfall rule, the
per-game titles once decided by totals, the curated exclusions, and seasons with no schedule to scale by."""

from __future__ import annotations

from typing import Any

import pytest

from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.catalog import League
from arena.stats.leagues import league_spec
from arena.stats.model import LeagueData, Player, SeasonRow
from arena.stats.qualifying import best_possible, qualifier, ranks_by_total

NBA, NFL, MLB = League.NBA, League.NFL, League.MLB


def test_a_season_of_mlb_batting_takes_the_rule_of_its_era() -> None:
    # 60% of the scheduled games before 1920: Nap Lajoie's 87 of 1902's 140; Gavvy Cravath's 83 of 1919's
    # 140 fall short, though his Phillies played 138 (of the schedule, not his team's games).
    early = qualifier(MLB, "batting", stat="batting_avg", season=1902)
    assert early.is_met({"games": 87}, 140) and not early.is_met({"games": 83}, 140) and early.of_schedule
    assert not qualifier(MLB, "batting", stat="batting_avg", season=1996).of_schedule
    # 100 games from 1920 to 1944, whatever the at bats (Bubbles Hargrave's 326 of 1926).
    assert qualifier(MLB, "batting", stat="batting_avg", season=1926).minimum(154) == 100
    # 400 at bats from 1945 to 1956: Ted Williams's 386 in 1954 fall short, though his 526 plate
    # appearances would meet the later rule.
    fifties = qualifier(MLB, "batting", stat="batting_avg", season=1954)
    williams = {"games": 117, "at_bats": 386, "walks": 136, "hit_by_pitch": 1, "sacrifice_flies": 3}
    assert not fifties.is_met(williams, 154)
    assert qualifier(MLB, "batting", stat="batting_avg", season=1957).is_met(williams, 154)
    # The on-base and slugging leaders keep 3.1 plate appearances in every era: he led both in 1954.
    assert qualifier(MLB, "batting", stat="obp", season=1954).is_met(williams, 154)
    assert qualifier(MLB, "batting", stat="slg", season=1954).is_met(williams, 154)
    # Only from 1957 may a batter short of the minimum still win (rule 9.22(a)).
    assert fifties.shortfall is None
    assert qualifier(MLB, "batting", stat="batting_avg", season=1996).shortfall == "at_bats"
    # A range of seasons keeps the one rule, so careers compare across eras, with no shortfall.
    assert qualifier(MLB, "batting", stat="batting_avg") is qualifier(MLB, "batting")
    assert qualifier(MLB, "batting").shortfall is None


def test_an_era_title_asks_ten_complete_games_from_1941_to_1950_and_innings_otherwise() -> None:
    # Howie Pollet's 118 innings and 12 complete games of 1943 won it; Joe Haynes's 182 innings and 7
    # complete games of 1947 did not.
    forties = qualifier(MLB, "pitching", stat="era", season=1943)
    assert forties.is_met({"outs_pitched": 355, "complete_games": 12}, 154)
    assert not forties.is_met({"outs_pitched": 547, "complete_games": 7}, 154)
    # Before, one inning a scheduled game: Tiny Bonham's 10 complete games in 99 innings of 1940 fall short.
    bonham = {"outs_pitched": 298, "complete_games": 10}
    assert not qualifier(MLB, "pitching", stat="era", season=1940).is_met(bonham, 154)
    # From 1951 innings again, as over a range of seasons and for the other pitching rates.
    for rule in (qualifier(MLB, "pitching", stat="era", season=1951), qualifier(MLB, "pitching", stat="era"),
                 qualifier(MLB, "pitching", stat="whip", season=1945)):
        assert rule is qualifier(MLB, "pitching")


def test_nba_per_game_titles_ask_70_games_until_2013_and_each_stat_its_own_total() -> None:
    eighties = qualifier(NBA, "basketball", stat="points_per_game", season=1985)
    assert eighties.minimum(82) == 70
    # Bernard King's 55 games of 1984-85 qualify on his 1,809 points.
    assert eighties.is_met({"games": 55, "points": 1809}, 82)
    assert not eighties.is_met({"games": 69, "points": 1399}, 82)
    assert qualifier(NBA, "basketball", stat="points_per_game", season=2016).minimum(82) == 58
    # 1,400 points do not make a rebounding leader; 800 rebounds do.
    rebounds = qualifier(NBA, "basketball", stat="rebounds_per_game", season=2016)
    assert not rebounds.is_met({"games": 50, "points": 1500, "rebounds": 700}, 82)
    assert rebounds.is_met({"games": 50, "points": 0, "rebounds": 800}, 82)


def test_nba_three_point_titles_ask_the_made_threes_of_their_era() -> None:
    # 25 made from 1979-80 (Byron Scott's 26 of 1984-85), 50 from 1992-93, 82 over the shorter line of
    # 1994-95 to 1996-97, 55 from 1997-98, 82 since 2013-14.
    made = {1985: 25, 1993: 50, 1997: 82, 1998: 55, 2010: 55, 2017: 82}
    assert {season: qualifier(NBA, "basketball", stat="fg3_pct", season=season).minimum(82)
            for season in made} == pytest.approx(made)
    # Before the line, the games rule.
    assert qualifier(NBA, "basketball", stat="fg3_pct", season=1979).key == "games"


def test_before_1969_70_the_nba_per_game_titles_went_to_the_most_in_total() -> None:
    basketball = league_spec(NBA).groups[0]
    points_per_game = basketball.rate("points_per_game")
    fg_pct = basketball.rate("fg_pct")
    assert points_per_game is not None and fg_pct is not None
    assert ranks_by_total(NBA, points_per_game, 1968) == "points"
    assert ranks_by_total(NBA, points_per_game, 1970) is None
    assert ranks_by_total(NBA, points_per_game, None) is None  # a range ranks per game
    assert ranks_by_total(NBA, fg_pct, 1968) is None


def _player(league: League, key: str, name: str) -> Player:
    return Player(id=f"{league.value}:{key}", league=league, name=name)


def _season(player: Player, season: int, competition: str, group: str, teams: tuple[str, ...],
            **stats: Any) -> SeasonRow:
    return SeasonRow(player_id=player.id, league=player.league, season=season, competition=competition,
                     group=group, teams=teams, stats=stats)


def _batting(player: Player, season: int, *, games: int, at_bats: int, hits: int, walks: int) -> SeasonRow:
    return _season(player, season, "NL", "batting", ("SDN",), games=games, at_bats=at_bats, hits=hits,
                   walks=walks, hit_by_pitch=0, sacrifice_flies=0)


def test_a_batter_short_of_the_plate_appearances_wins_if_hitless_at_bats_still_leave_him_first(
        empty_store: SqlStatStore) -> None:
    gwynn, burks, cameo = (_player(MLB, "gwynnto01", "Tony Gwynn"), _player(MLB, "burksel01", "Ellis Burks"),
                           _player(MLB, "cameo01", "Short Cameo"))
    # 162 games make 502.2 plate appearances; Gwynn's 498 are 4.2 short: .353 becomes .349, still first.
    seasons = [_batting(gwynn, 1996, games=116, at_bats=451, hits=159, walks=47),
               _batting(burks, 1996, games=162, at_bats=613, hits=211, walks=60),
               _batting(cameo, 1996, games=40, at_bats=90, hits=40, walks=10)]
    empty_store.replace_league(LeagueData(league=MLB, players=[gwynn, burks, cameo], seasons=seasons))
    leaders = empty_store.leaders(MLB, stat="batting_avg", from_season=1996, to_season=1996, competition="NL")
    # The cameo's .444 falls to .205 with 402 hitless at bats added: he is not listed at all.
    assert [(r.rank, r.player_id) for r in leaders] == [(1, "mlb:gwynnto01"), (2, "mlb:burksel01")]
    assert leaders[0].value == 159 / 451


def test_the_record_books_exclusions_leave_a_player_out_of_that_title_only(empty_store: SqlStatStore) -> None:
    [excluded] = [x for x in league_spec(MLB).title_exclusions if x.season == 2012]
    assert excluded.reference.startswith("Baseball-Reference")
    melky = _player(MLB, excluded.player_id.split(":")[1], "Melky Cabrera")
    posey = _player(MLB, "poseybu01", "Buster Posey")
    seasons = [_batting(melky, 2012, games=113, at_bats=459, hits=159, walks=43),
               _batting(posey, 2012, games=148, at_bats=530, hits=178, walks=69)]
    empty_store.replace_league(LeagueData(league=MLB, players=[melky, posey], seasons=seasons))
    average = empty_store.leaders(MLB, stat="batting_avg", from_season=2012, to_season=2012)
    assert [r.player_id for r in average] == ["mlb:poseybu01"]
    hits = empty_store.leaders(MLB, stat="hits", from_season=2012, to_season=2012)
    assert [r.player_id for r in hits] == ["mlb:poseybu01", "mlb:cabreme01"]


def test_a_1960s_per_game_title_ranks_by_the_total(empty_store: SqlStatStore) -> None:
    bing, oscar = _player(NBA, "bingda01", "Dave Bing"), _player(NBA, "roberos01", "Oscar Robertson")
    seasons = [_season(bing, 1968, "NBA", "basketball", ("DET",), games=79, points=2142),
               _season(oscar, 1968, "NBA", "basketball", ("CIN",), games=65, points=1896)]
    empty_store.replace_league(LeagueData(league=NBA, players=[bing, oscar], seasons=seasons))
    leaders = empty_store.leaders(NBA, stat="points_per_game", from_season=1968, to_season=1968)
    assert [(r.rank, r.player_id) for r in leaders] == [(1, "nba:bingda01"), (2, "nba:roberos01")]
    assert leaders[0].value == 2142 / 79  # the figure shown is still a game's
    # With a minimum of its own the caller asks for the per-game ranking.
    explicit = empty_store.leaders(NBA, stat="points_per_game", from_season=1968, to_season=1968, min_games=60)
    assert explicit[0].player_id == "nba:roberos01"


def test_a_season_with_no_schedule_in_the_data_has_no_rate_leader(empty_store: SqlStatStore) -> None:
    back, cameo = _player(NFL, "back", "Lead Back"), _player(NFL, "cameo", "Two Carries")
    # The 2024 source records no games, so no minimum can be scaled to the schedule.
    seasons = [_season(back, 2024, "NFL", "rushing", (), carries=300, rushing_yards=1500),
               _season(cameo, 2024, "NFL", "rushing", (), carries=2, rushing_yards=40)]
    empty_store.replace_league(LeagueData(league=NFL, players=[back, cameo], seasons=seasons))
    assert empty_store.leaders(NFL, stat="yards_per_carry", from_season=2024, to_season=2024) == []
    assert [r.player_id for r in empty_store.leaders(NFL, stat="rushing_yards", from_season=2024,
                                                    to_season=2024)] == ["nfl:back", "nfl:cameo"]


def test_a_season_where_a_qualified_player_lacks_the_figure_names_no_leader_of_it(empty_store: SqlStatStore) -> None:
    known, unknown = _player(NFL, "known", "Known Passer"), _player(NFL, "unknown", "Unknown Completions")
    # Both throw enough to qualify (14 a team game); the second's completions are in no source, so his
    # passer rating cannot be ranked and might lead: no one is named. Yards per attempt he has.
    seasons = [_season(known, 1998, "NFL", "passing", ("DAL",), games=16, attempts=400, completions=250,
                       passing_yards=3000, passing_tds=20, interceptions=10),
               _season(unknown, 1998, "NFL", "passing", ("MIN",), games=16, attempts=400, passing_yards=3500,
                       passing_tds=30, interceptions=10)]
    empty_store.replace_league(LeagueData(league=NFL, players=[known, unknown], seasons=seasons))
    assert empty_store.leaders(NFL, stat="passer_rating", from_season=1998, to_season=1998) == []
    per_attempt = empty_store.leaders(NFL, stat="yards_per_attempt", from_season=1998, to_season=1998)
    assert [r.player_id for r in per_attempt] == ["nfl:unknown", "nfl:known"]


def test_an_nba_player_short_of_58_games_leads_if_his_total_over_58_still_does(empty_store: SqlStatStore) -> None:
    # NBA.com's exception since 2013-14: 1,350 points in 50 games (under the 1,400) are 23.3 over 58, past
    # the qualified leader's 20.0; 900 in 30 games are 15.5 over 58 and stay out.
    full, short, cameo = (_player(NBA, "full", "Full Season"), _player(NBA, "short", "Short Season"),
                          _player(NBA, "cameo", "Thirty Games"))
    seasons = [_season(full, 2016, "NBA", "basketball", ("AAA",), games=82, points=1640),
               _season(short, 2016, "NBA", "basketball", ("BBB",), games=50, points=1350),
               _season(cameo, 2016, "NBA", "basketball", ("CCC",), games=30, points=900)]
    empty_store.replace_league(LeagueData(league=NBA, players=[full, short, cameo], seasons=seasons))
    leaders = empty_store.leaders(NBA, stat="points_per_game", from_season=2016, to_season=2016)
    assert [(r.rank, r.player_id, r.value) for r in leaders] == [(1, "nba:short", 27.0), (2, "nba:full", 20.0)]
    # Before 2013-14 the books had no such exception.
    assert qualifier(NBA, "basketball", stat="points_per_game", season=2013).shortfall is None


def test_a_passer_lacking_completions_is_bounded_by_every_attempt_completed() -> None:
    rating = next(r for r in league_spec(League.NFL).groups[0].rates if r.key == "passer_rating")
    # Tony Romo 2008 (Pro-Football-Reference: 276 of 450, 3,448 yards, 26 TD, 14 INT, 91.4).
    romo = {"attempts": 450.0, "passing_yards": 3448.0, "passing_tds": 26.0, "interceptions": 14.0}
    best = best_possible(rating, {**romo, "completions": None})
    assert best is not None and 104.8 < best < 105.0  # below Philip Rivers' 105.5: Rivers led
    actual = rating.compute({**romo, "completions": 276.0})
    assert actual is not None and best > actual
    # Nothing to bound when the figure is there, and no bound without the attempts.
    assert best_possible(rating, {**romo, "completions": 276.0}) is None
    assert best_possible(rating, {**romo, "completions": None, "attempts": None}) is None
