"""Small hand-built leagues whose every figure is known, for the store's contract tests."""

from __future__ import annotations

from arena.stats.catalog import League
from arena.stats.model import Award, LeagueData, Player, SeasonRow, TeamSeason

NBA = League.NBA
NHL = League.NHL


def _nba_row(player_id: str, season: int, teams: tuple[str, ...], competition: str = "NBA",
             **stats: float | None) -> SeasonRow:
    return SeasonRow(player_id=player_id, league=NBA, season=season, competition=competition,
                     group="basketball", teams=teams, stats=stats)


def sample_nba() -> LeagueData:
    """Seasons 1962-2017: Jordan's first three seasons, Wilt's 1962 (no steals then), an ABA season,
    a traded player, a five-game player, and two players tied on points."""
    players = [
        Player(id="nba:jordami01", league=NBA, name="Michael Jordan", name_variants=("Michael Jeffrey Jordan",),
               birth_year=1963, positions=("SG",), first_season=1985, last_season=1987, hall_of_fame=True),
        Player(id="nba:chambwi01", league=NBA, name="Wilt Chamberlain", positions=("C",), first_season=1962,
               last_season=1962, hall_of_fame=True),
        Player(id="nba:jokicni01", league=NBA, name="Nikola Jokić", first_season=2016, last_season=2017),
        Player(id="nba:ervinju01", league=NBA, name="Julius Erving", name_variants=("Dr. J",),
               first_season=1972, last_season=1977),
        Player(id="nba:tradesa01", league=NBA, name="Sam Traded", first_season=2016, last_season=2016),
        Player(id="nba:shortst01", league=NBA, name="Short Stint", first_season=2016, last_season=2016),
        Player(id="nba:tieaa01", league=NBA, name="Aaron Tie", first_season=2017, last_season=2017),
        Player(id="nba:tieze01", league=NBA, name="Zed Tie", first_season=2017, last_season=2017),
        Player(id="nba:jordade01", league=NBA, name="DeAndre Jordan", first_season=2017, last_season=2017),
    ]
    seasons = [
        _nba_row("nba:jordami01", 1985, ("CHI",), games=82, points=2313, fg_made=837, fg_attempts=1625,
                 ft_made=630, ft_attempts=746, steals=196, rebounds=534),
        _nba_row("nba:jordami01", 1986, ("CHI",), games=18, points=408, fg_made=150, fg_attempts=328,
                 ft_made=105, ft_attempts=125, steals=37, rebounds=64),
        _nba_row("nba:jordami01", 1987, ("CHI",), games=82, points=3041, fg_made=1098, fg_attempts=2279,
                 ft_made=833, ft_attempts=972, steals=236, rebounds=430),
        _nba_row("nba:chambwi01", 1962, ("PHW",), games=80, points=4029, fg_made=1597, fg_attempts=3159,
                 ft_made=835, ft_attempts=1363, rebounds=2052, steals=None),
        _nba_row("nba:ervinju01", 1972, ("VIR",), competition="ABA", games=84, points=2290),
        _nba_row("nba:ervinju01", 1977, ("PHI",), games=82, points=1770),
        _nba_row("nba:jokicni01", 2016, ("DEN",), games=80, points=800, fg_made=320, fg_attempts=626),
        _nba_row("nba:jokicni01", 2017, ("DEN",), games=73, points=1221, fg_made=494, fg_attempts=858),
        _nba_row("nba:tradesa01", 2016, ("ATL", "BOS"), games=60, points=600),
        _nba_row("nba:shortst01", 2016, ("LAL",), games=5, points=150),
        _nba_row("nba:tieaa01", 2017, ("MIA",), games=70, points=1000),
        _nba_row("nba:tieze01", 2017, ("UTA",), games=70, points=1000),
        _nba_row("nba:jordade01", 2017, ("LAC",), games=81, points=1000 - 1),
    ]
    awards = [
        Award(player_id="nba:jordami01", league=NBA, season=1985, award="nba roy"),
        Award(player_id="nba:jordami01", league=NBA, season=1985, award="all-star"),
        Award(player_id="nba:jordami01", league=NBA, season=1987, award="all-star"),
        Award(player_id="nba:jordami01", league=NBA, season=1987, award="nba mvp", detail="share 0.3",
              is_winner=False),
    ]
    teams = [
        TeamSeason(league=NBA, season=1985, competition="NBA", team="CHI", name="Chicago Bulls", wins=38,
                   losses=44),
        TeamSeason(league=NBA, season=1987, competition="NBA", team="CHI", name="Chicago Bulls", wins=40,
                   losses=42),
        TeamSeason(league=NBA, season=1987, competition="NBA", team="BOS", name="Boston Celtics", wins=59,
                   losses=23),
    ]
    return LeagueData(league=NBA, players=players, seasons=seasons, awards=awards, teams=teams,
                      sources=["sample/nba.csv"])


def sample_nhl() -> LeagueData:
    """Gretzky's WHA season and two NHL seasons, and three goalies of one season (one with too few games)."""
    players = [
        Player(id="nhl:gretzwa01", league=NHL, name="Wayne Gretzky", first_season=1979, last_season=1982),
        Player(id="nhl:goodgo01", league=NHL, name="Good Goalie", positions=("G",)),
        Player(id="nhl:busygo01", league=NHL, name="Busy Goalie", positions=("G",)),
        Player(id="nhl:backugo01", league=NHL, name="Backup Goalie", positions=("G",)),
    ]

    def skating(season: int, competition: str, games: int, goals: int, assists: int) -> SeasonRow:
        return SeasonRow(player_id="nhl:gretzwa01", league=NHL, season=season, competition=competition,
                         group="skating", teams=("EDM",),
                         stats={"games": games, "goals": goals, "assists": assists, "points": goals + assists})

    def goaltending(player_id: str, games: int, minutes: int, goals_against: int, wins: int) -> SeasonRow:
        return SeasonRow(player_id=player_id, league=NHL, season=2000, competition="NHL", group="goaltending",
                         teams=("NJD",), stats={"games": games, "minutes": minutes, "wins": wins,
                                                "goals_against": goals_against, "shots_against": 30 * games})

    seasons = [
        skating(1979, "WHA", 80, 46, 64),
        skating(1980, "NHL", 79, 51, 86),
        skating(1982, "NHL", 80, 92, 120),
        goaltending("nhl:goodgo01", 60, 3600, 120, 35),
        goaltending("nhl:busygo01", 70, 4200, 210, 30),
        goaltending("nhl:backugo01", 10, 600, 10, 6),
    ]
    return LeagueData(league=NHL, players=players, seasons=seasons,
                      awards=[Award(player_id="nhl:gretzwa01", league=NHL, season=1980, award="hart")])


def sample_mlb() -> LeagueData:
    """A pitcher who also batted, a slugger traded within a season, and a reliever with few innings."""
    mlb = League.MLB
    players = [
        Player(id="mlb:ryanno01", league=mlb, name="Nolan Ryan", positions=("P",)),
        Player(id="mlb:henderi01", league=mlb, name="Rickey Henderson", positions=("LF",)),
        Player(id="mlb:reliepi01", league=mlb, name="Relief Pitcher", positions=("P",)),
    ]

    def row(player_id: str, season: int, group: str, teams: tuple[str, ...], **stats: float) -> SeasonRow:
        return SeasonRow(player_id=player_id, league=mlb, season=season, competition="AL", group=group,
                         teams=teams, stats=stats)

    seasons = [
        row("mlb:ryanno01", 1989, "batting", ("TEX",), games=32, at_bats=2, hits=0, strikeouts=2),
        row("mlb:ryanno01", 1989, "pitching", ("TEX",), games=32, outs_pitched=717, strikeouts=301,
            earned_runs=85, walks=98, hits_allowed=162, wins=16, losses=10),
        row("mlb:ryanno01", 1990, "batting", ("TEX",), games=30, at_bats=0, hits=0, strikeouts=0),
        row("mlb:ryanno01", 1990, "pitching", ("TEX",), games=30, outs_pitched=614, strikeouts=232,
            earned_runs=78, walks=74, hits_allowed=137, wins=13, losses=9),
        # Traded from New York to Oakland: the importer sums the stints into one row.
        row("mlb:henderi01", 1989, "batting", ("NYA", "OAK"), games=150, at_bats=541, hits=148, doubles=26,
            triples=3, home_runs=12, walks=126, strikeouts=68),
        row("mlb:reliepi01", 1989, "pitching", ("BOS",), games=60, outs_pitched=180, strikeouts=70, earned_runs=10,
            walks=20, hits_allowed=40, saves=31),
    ]
    return LeagueData(league=mlb, players=players, seasons=seasons)
