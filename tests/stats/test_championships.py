"""Championships in the stat store, on SQLite and PostgreSQL: season champions and players' titles
checked against the public record (each case names its reference), the curated table, the traded-player
rule, and bad source files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from arena.bootstrap import build
from arena.settings import Settings
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.cached_store import CachedStatStore
from arena.stats.catalog import League
from arena.stats.errors import SourceFileCorrupt, SourceFileMissing
from arena.stats.importers.championships_curated import curated_rows
from arena.stats.importers.championships_nba import NBA_CHAMPIONS, TEAM_ABBREV, read_nba_championships
from arena.stats.importers.championships_nhl import SERIES_POST, read_stanley_cups
from arena.stats.importers.curated import read_curated
from arena.stats.importers.curated_rosters import ROSTERS_FILE, CuratedRosterPlace
from arena.stats.importers.mlb_lahman import lahman_table
from arena.stats.importers.nhl_databank import TEAMS
from arena.stats.model import Championship, SeasonRow, TeamSeason
from arena.stats.source_dir import LocalSourceDir
from arena.stats.titles import title_winners

NBA, NFL, MLB, NHL = League.NBA, League.NFL, League.MLB, League.NHL
TOM_BRADY = "nfl:00-0019596"

# (player, league, title, seasons won, reference). Seasons are the store's: NBA and NHL by the year a
# season ends, NFL and MLB by the year it is played.
PLAYER_TITLES = [
    ("nba:russebi01", "NBA championship", [1957, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1968, 1969],
     "Basketball-Reference: Bill Russell, 11 NBA championships"),
    ("nba:jordami01", "NBA championship", [1991, 1992, 1993, 1996, 1997, 1998],
     "Basketball-Reference: Michael Jordan, 6 NBA championships"),
    ("nba:jamesle01", "NBA championship", [2012, 2013, 2016, 2020],
     "Basketball-Reference: LeBron James, 4 NBA championships (2012, 2013, 2016, 2020)"),
    ("nba:horryro01", "NBA championship", [1994, 1995, 2000, 2001, 2002, 2005, 2007],
     "Basketball-Reference: Robert Horry, 7 NBA championships with three clubs"),
    (TOM_BRADY, "Super Bowl", [2001, 2003, 2004, 2014, 2016, 2018, 2020],
     "Pro-Football-Reference: Tom Brady, 7 Super Bowl wins (six with New England, one with Tampa Bay)"),
    ("nhl:richahe01", "Stanley Cup", [1956, 1957, 1958, 1959, 1960, 1965, 1966, 1968, 1969, 1971, 1973],
     "Hockey Hall of Fame: Henri Richard, 11 Stanley Cups, the most by a player"),
    ("nhl:gretzwa01", "Stanley Cup", [1984, 1985, 1987, 1988],
     "Hockey-Reference: Wayne Gretzky, 4 Stanley Cups with Edmonton"),
    ("mlb:berrayo01", "World Series", [1947, 1949, 1950, 1951, 1952, 1953, 1956, 1958, 1961, 1962],
     "Baseball-Reference: Yogi Berra, 10 World Series titles, the most by a player"),
    ("mlb:jeterde01", "World Series", [1996, 1998, 1999, 2000, 2009],
     "Baseball-Reference: Derek Jeter, 5 World Series titles"),
    ("mlb:ruthba01", "World Series", [1915, 1916, 1918, 1923, 1927, 1928, 1932],
     "Baseball-Reference: Babe Ruth, 7 World Series titles (3 Boston, 4 New York)"),
    ("mlb:koufasa01", "World Series", [1955, 1959, 1963, 1965],
     "Baseball-Reference: Sandy Koufax, 4 World Series rings; 1955 Brooklyn, debut 24 June, a bonus baby kept on "
     "the roster all season (12 games, none in the Series)"),
    ("mlb:templch01", "World Series", [],
     "Baseball-Reference: Chuck Templeton debuted for Brooklyn on 9 September 1955, after the 31 August "
     "postseason roster deadline, and did not play in the 1955 World Series"),
    ("mlb:segrika01", "World Series", [],
     "Baseball-Reference: Kal Segrist, 13 games for the 1952 Yankees from 16 July, none in the Series; the "
     "Yankees did not keep him (next seen with Baltimore in 1955)"),
]

# (league, season, title, champion, runner-up, result, reference)
SEASON_CHAMPIONS = [
    (NBA, 1996, "NBA championship", "CHI", "SEA", None, "Basketball-Reference: 1996 NBA Finals, Bulls beat Sonics"),
    (NBA, 2016, "NBA championship", "CLE", "GSW", None, "Basketball-Reference: 2016 NBA Finals, Cavs beat Warriors"),
    (NBA, 1947, "NBA championship", "PHW", "CHS", None, "Basketball-Reference: 1947 BAA Finals, Warriors over Stags"),
    (NBA, 1976, "ABA championship", "NYA", "DNA", None, "Basketball-Reference: 1976 ABA Finals, Nets over Nuggets"),
    (NBA, 2020, "NBA championship", "LAL", "MIA", "4-2", "Basketball-Reference: 2020 NBA Finals"),
    (NFL, 2022, "Super Bowl", "KC", "PHI", "38-35", "Pro-Football-Reference: Super Bowl LVII, Chiefs 38-35 Eagles"),
    (NFL, 1966, "Super Bowl", "GB", "KC", "35-10", "Pro-Football-Reference: Super Bowl I, Packers 35-10 Chiefs"),
    (NFL, 2024, "Super Bowl", "PHI", "KC", "40-22", "Pro-Football-Reference: Super Bowl LIX, Eagles 40-22 Chiefs"),
    (NFL, 1958, "NFL championship", "IND", "NYG", "23-17", "Pro-Football-Reference: 1958 NFL Championship, Colts"),
    (NFL, 1933, "NFL championship", "CHI", "NYG", "23-21", "Pro-Football-Reference: 1933 NFL Championship, Bears"),
    (NFL, 1967, "NFL championship", "GB", "DAL", "21-17", "Pro-Football-Reference: 1967 NFL Championship, Ice Bowl"),
    (NFL, 1968, "AFL championship", "NYJ", "OAK", "27-23", "Pro-Football-Reference: 1968 AFL Championship, Jets"),
    (NFL, 1962, "AFL championship", "KC", "TEN", "20-17", "Pro-Football-Reference: 1962 AFL Championship, Texans"),
    (MLB, 2022, "World Series", "HOU", "PHI", "4-2", "Baseball-Reference: 2022 World Series, Astros over Phillies"),
    (MLB, 2024, "World Series", "LAN", "NYA", "4-1", "Baseball-Reference: 2024 World Series, Dodgers over Yankees"),
    (NHL, 2018, "Stanley Cup", "WAS", "VEG", "4-1", "Hockey-Reference: 2018 Stanley Cup Final, Capitals 4-1"),
    (NHL, 1920, "Stanley Cup", "OTS", "SEA", "3-2", "Hockey-Reference: 1920 Stanley Cup Final, Ottawa 3-2 Seattle"),
    (NHL, 1913, "Stanley Cup", "QU1", None, None, "Hockey Hall of Fame: Quebec Bulldogs, 1913 Stanley Cup champions"),
    (NHL, 2025, "Stanley Cup", "FLO", "EDM", "4-2", "Hockey-Reference: 2025 Stanley Cup Final"),
]

# (league, season, reference): seasons with no champion.
NO_CHAMPION = [
    (MLB, 1994, "Baseball-Reference: no 1994 World Series (players' strike)"),
    (MLB, 1904, "Baseball-Reference: no 1904 World Series (the Giants declined to play)"),
    (NHL, 2005, "Hockey-Reference: no 2004-05 season (lockout), no Stanley Cup"),
    (NHL, 1919, "Hockey-Reference: 1919 Stanley Cup Final not completed (influenza), no champion"),
]


@pytest.mark.parametrize(("player_id", "title", "seasons", "reference"), PLAYER_TITLES,
                         ids=[case[0] for case in PLAYER_TITLES])
def test_player_titles_match_the_public_record(loaded_store: SqlStatStore, player_id: str, title: str,
                                               seasons: list[int], reference: str) -> None:
    won = [t for t in loaded_store.championships(player_id) if t.title == title]
    assert [t.season for t in won] == seasons, reference


@pytest.mark.parametrize(("league", "season", "title", "champion", "runner_up", "result", "reference"),
                         SEASON_CHAMPIONS, ids=[f"{c[0].value}-{c[1]}" for c in SEASON_CHAMPIONS])
def test_season_champions_match_the_public_record(loaded_store: SqlStatStore, league: League, season: int,
                                                  title: str, champion: str, runner_up: str | None,
                                                  result: str | None, reference: str) -> None:
    (found,) = [c for c in loaded_store.champions(league, season=season) if c.title == title]
    assert (found.champion, found.runner_up) == (champion, runner_up), reference
    if result is not None:
        assert found.result == result, reference


@pytest.mark.parametrize(("league", "season", "reference"), NO_CHAMPION,
                         ids=[f"{c[0].value}-{c[1]}" for c in NO_CHAMPION])
def test_seasons_without_a_champion_have_none(loaded_store: SqlStatStore, league: League, season: int,
                                              reference: str) -> None:
    assert loaded_store.champions(league, season=season) == [], reference


def test_every_league_has_its_champions_with_a_source(loaded_store: SqlStatStore) -> None:
    counts = {league: len(loaded_store.champions(league)) for league in League}
    # 1947-2025 NBA plus nine ABA finals; Super Bowls I-LIX, NFL Championship Games 1933-1969 and AFL
    # ones 1960-1969; 1903-2024 less 1904 and 1994 plus five 19th-century series; 1913-2025 less 1919 and 2005.
    assert counts == {NBA: 79 + 9, NFL: 59 + 37 + 10, MLB: 120 + 5, NHL: 113 - 2}
    assert all(c.source for league in League for c in loaded_store.champions(league))


def test_a_player_title_names_the_team_and_season(loaded_store: SqlStatStore) -> None:
    last = loaded_store.championships("nba:jamesle01")[-1]
    assert (last.season, last.label, last.team, last.team_name) == (2020, "2019-20", "LAL", "Los Angeles Lakers")
    assert loaded_store.championships("nba:barklch01") == []  # Charles Barkley never won one


def test_a_title_goes_to_the_team_a_traded_player_finished_with(loaded_store: SqlStatStore) -> None:
    # Basketball-Reference: Rasheed Wallace played for Portland and Atlanta in 2003-04 before Detroit,
    # the champion; Jonas Valanciunas started 2018-19 with Toronto, the champion, and ended it in Memphis.
    assert [t.season for t in loaded_store.championships("nba:wallara01")] == [2004]
    assert loaded_store.championships("nba:valanjo01") == []


def test_the_services_store_reads_titles_through_its_breaker_and_cache(loaded_sqlite_url: str,
                                                                       tmp_path: Path) -> None:
    services = build(Settings(_env_file=None, database_url=loaded_sqlite_url, data_dir=tmp_path))
    try:
        stats = services.stats
        assert isinstance(stats, CachedStatStore)
        first = stats.championships(TOM_BRADY)
        hits = stats.counters()["decoded_hits"]
        assert stats.championships(TOM_BRADY) == first and len(first) == 7
        assert stats.champions(NFL, season=2022) == stats.champions(NFL, season=2022)
        assert stats.counters()["decoded_hits"] == hits + 2
    finally:
        services.close()


def test_titles_follow_the_final_team_of_a_season() -> None:
    title = Championship(league=NBA, season=2004, title="NBA championship", champion="DET", champion_name="Pistons",
                         source="test")

    def season(player: str, *teams: str) -> SeasonRow:
        return SeasonRow(player_id=player, league=NBA, season=2004, competition="NBA", group="basketball",
                         teams=teams, stats={})

    rows = [season("nba:joined", "POR", "ATL", "DET"), season("nba:left", "DET", "ATL"), season("nba:stayed", "DET"),
            season("nba:none")]
    assert [player for player, _ in title_winners(rows, [title])] == ["nba:joined", "nba:stayed"]


def test_a_pitcher_traded_into_the_dh_league_finishes_with_his_pitching_club() -> None:
    title = Championship(league=MLB, season=1992, title="World Series", champion="TOR", champion_name="Blue Jays",
                         source="test")

    def season(competition: str, group: str, team: str) -> SeasonRow:
        return SeasonRow(player_id="mlb:coneda01", league=MLB, season=1992, competition=competition, group=group,
                         teams=(team,), stats={})

    # David Cone batted only for the Mets (NL); his pitching rows run NL then AL, so he finished in Toronto.
    rows = [season("NL", "batting", "NYN"), season("NL", "pitching", "NYN"), season("AL", "pitching", "TOR")]
    assert [player for player, _ in title_winners(rows, [title])] == ["mlb:coneda01"]


def test_titles_need_a_share_of_the_champion_s_games_or_its_playoffs() -> None:
    title = Championship(league=NHL, season=1971, title="Stanley Cup", champion="MTL", champion_name="Canadiens",
                         source="test")
    club = TeamSeason(league=NHL, season=1971, competition="NHL", team="MTL", name="Montreal Canadiens", wins=42,
                      losses=23, ties=13)

    def season(player: str, games: float | None, year: int = 1971) -> SeasonRow:
        return SeasonRow(player_id=player, league=NHL, season=year, competition="NHL", group="skating",
                         teams=("MTL",), stats={"games": games})

    # A veteran's 8 of 78 games is past the tenth; 3 is a call-up's; 6 with the playoffs played is a
    # champion's (Dryden's); a first season of 8 without the playoffs is a call-up's too (Sawchuk's 1950),
    # and one of 40 is past the half the NHL engraves for.
    rows = [season("nhl:regular", 70, 1970), season("nhl:regular", 8), season("nhl:callup", 3),
            season("nhl:playoffs", 6), season("nhl:unknown", None), season("nhl:rookie", 8), season("nhl:half", 40)]
    winners = title_winners(rows, [title], [club], [("nhl:playoffs", 1971)])
    assert [player for player, _ in winners] == ["nhl:half", "nhl:playoffs", "nhl:regular", "nhl:unknown"]
    # Where no source records the playoffs, the tenth is the rule for a first season too.
    assert "nhl:rookie" in [player for player, _ in title_winners(rows, [title], [club])]


def test_curated_roster_places_are_of_champions_players_the_data_would_not_credit(
    loaded_store: SqlStatStore,
) -> None:
    # Each row is a player of the champion that season with no postseason game in the Lahman tables (else
    # the row would add nothing), and the rule credits him through it.
    rows = read_curated(ROSTERS_FILE, CuratedRosterPlace)
    assert rows and len({(r.player_id, r.season) for r in rows}) == len(rows)
    appeared = set(_postseason_appearances_in_lahman())
    for row in rows:
        assert row.reference.startswith("Baseball-Reference: ") and row.league == MLB
        (champion,) = loaded_store.champions(MLB, season=row.season)
        assert champion.champion == row.team, row
        (season,) = loaded_store.seasons(row.player_id, from_season=row.season, to_season=row.season)
        assert row.team in season.teams and (row.player_id, row.season) not in appeared, row
        assert loaded_store.get_player(row.player_id).name == row.player
        assert row.season in [t.season for t in loaded_store.championships(row.player_id)], row


def _postseason_appearances_in_lahman() -> list[tuple[str, int]]:
    played = []
    for name in ("BattingPost", "PitchingPost"):
        frame = lahman_table(name)
        frame = frame[frame["G"].fillna(0) > 0]
        played += [(f"mlb:{p}", int(y)) for p, y in zip(frame["playerID"], frame["yearID"], strict=True)]
    return played


def test_curated_champions_table_has_its_shape_and_references() -> None:
    rows = curated_rows()
    keys = [(row.league, row.season, row.title) for row in rows]
    assert len(keys) == len(set(keys))
    assert sorted(r.season for r in rows if r.league == NBA) == list(range(2020, 2026))
    assert sorted(r.season for r in rows if r.league == NHL) == list(range(2019, 2026))
    for row in rows:
        site = "Basketball-Reference" if row.league == NBA else "Hockey-Reference"
        assert row.reference.startswith(f"{site}: {row.season} ")
        assert row.champion != row.runner_up and row.champion_name and row.runner_up_name
        won, lost = map(int, row.result.split("-"))
        assert won == 4 and 0 <= lost <= 3
    by_key = {(row.league, row.season): row for row in rows}
    # Basketball-Reference 2025 NBA Finals: Thunder 4-3 Pacers; Hockey-Reference 2019: Blues 4-3 Bruins.
    assert (by_key[(NBA, 2025)].champion_name, by_key[(NBA, 2025)].runner_up_name, by_key[(NBA, 2025)].result) == (
        "Oklahoma City Thunder", "Indiana Pacers", "4-3")
    assert (by_key[(NHL, 2019)].champion_name, by_key[(NHL, 2019)].runner_up_name, by_key[(NHL, 2019)].result) == (
        "St. Louis Blues", "Boston Bruins", "4-3")


def _copy(source_dir: Path, target: Path, *paths: str) -> LocalSourceDir:
    for path in paths:
        (target / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source_dir / path, target / path)
    return LocalSourceDir(target)


def test_an_unknown_team_in_the_champions_file_names_the_file_and_row(source_dir: Path, tmp_path: Path) -> None:
    source = _copy(source_dir, tmp_path, NBA_CHAMPIONS, TEAM_ABBREV)
    champions = tmp_path / NBA_CHAMPIONS
    lines = champions.read_text().splitlines()
    lines[3] = lines[3].replace(lines[3].split(",")[1], "Springfield Atoms")
    champions.write_text("\n".join(lines) + "\n")
    with pytest.raises(SourceFileCorrupt, match="Springfield Atoms") as raised:
        read_nba_championships(source)
    assert (raised.value.path, raised.value.row) == (NBA_CHAMPIONS, 4)


def test_a_missing_series_file_is_named(source_dir: Path, tmp_path: Path) -> None:
    source = _copy(source_dir, tmp_path, TEAMS)
    with pytest.raises(SourceFileMissing, match=SERIES_POST):
        read_stanley_cups(source)
