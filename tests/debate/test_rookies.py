"""Who was no rookie in a season, by his league's rookie rule (see RookieRule): the NHL's Calder games and age
limits, the NBA's first season, MLB's at-bat and inning limits, and another major league before."""

from __future__ import annotations

from arena.debate.dossier import NotARookie, not_a_rookie
from arena.stats import League, Player, PlayerSeason, season_label


def _player(league: League, birth_year: int | None = None) -> Player:
    return Player(id=f"{league.value}:test01", league=league, name="Test Player", birth_year=birth_year)


def _season(league: League, season: int, competition: str, **groups: dict[str, float | None]) -> PlayerSeason:
    return PlayerSeason(season=season, label=season_label(league, season), competition=competition, teams=(),
                        groups=dict(groups))


def _nhl(season: int, games: float, group: str = "skating", competition: str = "NHL") -> PlayerSeason:
    return _season(League.NHL, season, competition, **{group: {"games": games}})


def _why(player: Player, every: list[PlayerSeason], season: int) -> NotARookie | None:
    return not_a_rookie(player, every, [s for s in every if s.season == season and s.competition != "WHA"])


def test_more_than_25_nhl_games_in_one_earlier_season_ends_calder_eligibility() -> None:
    crosby = [_nhl(2006, 81), _nhl(2007, 79)]
    assert _why(_player(League.NHL), crosby, 2007) == NotARookie("season", 2007, (2006,), (81.0,),
                                                                 ("skating", "games"), 25)
    assert _why(_player(League.NHL), [_nhl(1969, 13), _nhl(1970, 63)], 1970) is None  # Esposito's 13 games
    assert _why(_player(League.NHL), crosby, 2006) is None


def test_six_or_more_games_in_each_of_two_earlier_seasons_ends_it_and_a_goalies_games_count() -> None:
    goalie = [_nhl(2003, 6, "goaltending"), _nhl(2004, 21, "goaltending"), _nhl(2006, 60, "goaltending")]
    why = _why(_player(League.NHL), goalie, 2006)
    assert why is not None and (why.rule, why.earlier, why.amounts) == ("two_seasons", (2003, 2004), (6.0, 21.0))
    assert why.stat == ("goaltending", "games")
    assert _why(_player(League.NHL), [_nhl(2003, 5), _nhl(2004, 21), _nhl(2006, 60)], 2006) is None


def test_the_games_limits_apply_from_1979_80_and_another_major_league_always() -> None:
    assert _why(_player(League.NHL), [_nhl(1960, 70), _nhl(1961, 70)], 1961) is None
    gretzky = [_nhl(1979, 80, competition="WHA"), _nhl(1980, 79)]
    assert _why(_player(League.NHL), gretzky, 1980) == NotARookie("league", 1980, (1979,), competition="WHA")


def test_from_1990_91_a_calder_rookie_is_not_yet_26_only_where_his_birth_year_makes_it_certain() -> None:
    late = [_nhl(2013, 40)]
    # 2012-13 began in 2012: born 1985, he turned 26 in 2011 whatever his birthday.
    assert _why(_player(League.NHL, 1985), late, 2013) == NotARookie("age", 2013, limit=26)
    # Born 1986, he may have turned 26 after September 15, 2012 (Michael Bunting's case): not ruled out.
    assert _why(_player(League.NHL, 1986), late, 2013) is None
    assert _why(_player(League.NHL), late, 2013) is None
    assert _why(_player(League.NHL, 1958), [_nhl(1990, 80)], 1990) is None  # Makarov, before the age rule


def test_an_nba_rookie_is_in_his_first_nba_season_and_an_aba_veteran_is_none() -> None:
    def nba(season: int, games: float, competition: str = "NBA") -> PlayerSeason:
        return _season(League.NBA, season, competition, basketball={"games": games})

    why = _why(_player(League.NBA), [nba(1993, 81), nba(1994, 81)], 1994)
    assert why is not None and (why.rule, why.earlier, why.limit) == ("season", (1993,), 0)
    assert _why(_player(League.NBA), [nba(1993, 81)], 1993) is None
    why = not_a_rookie(_player(League.NBA), [nba(1975, 84, "ABA"), nba(1977, 82)], [nba(1977, 82)])
    assert why is not None and (why.rule, why.competition) == ("league", "ABA")


def test_mlb_rookie_limits_are_130_at_bats_or_50_innings_before_the_season_from_1971() -> None:
    def mlb(season: int, **groups: dict[str, float | None]) -> PlayerSeason:
        return _season(League.MLB, season, "AL", **groups)

    arod = [mlb(1994, batting={"at_bats": 54}), mlb(1995, batting={"at_bats": 142}),
            mlb(1996, batting={"at_bats": 601})]
    assert _why(_player(League.MLB), arod, 1996) == NotARookie("career", 1996, (1994, 1995), (196.0,),
                                                               ("batting", "at_bats"), 130)
    assert _why(_player(League.MLB), [mlb(2006, batting={"at_bats": 89}), mlb(2007)], 2007) is None
    pitcher = [mlb(2005, pitching={"innings_pitched": 50.1}), mlb(2006)]
    why = _why(_player(League.MLB), pitcher, 2006)
    assert why is not None and why.stat == ("pitching", "innings_pitched")
    # A pitcher who batted in the NL passed both limits: his innings, passed farthest, are named.
    batting_pitcher = [mlb(1979, batting={"at_bats": 140}, pitching={"innings_pitched": 250.0}), mlb(1980)]
    why = _why(_player(League.MLB), batting_pitcher, 1980)
    assert why is not None and why.stat == ("pitching", "innings_pitched")
    two_way = [mlb(1979, batting={"at_bats": 600}, pitching={"innings_pitched": 60.0}), mlb(1980)]
    why = _why(_player(League.MLB), two_way, 1980)
    assert why is not None and why.stat == ("batting", "at_bats")
    assert _why(_player(League.MLB), [mlb(1965, batting={"at_bats": 500}), mlb(1966)], 1966) is None


def test_a_league_without_a_rookie_award_judges_no_one() -> None:
    nfl = [_season(League.NFL, 2010, "NFL", passing={"games": 16}), _season(League.NFL, 2011, "NFL")]
    assert not_a_rookie(_player(League.NFL), nfl, nfl[1:]) is None
