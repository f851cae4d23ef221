"""Title-round records in the stat store, on SQLite and PostgreSQL: the losses credited to the runner-up's
players by the rule titles are credited by, each record checked against the public record it names, and
the seasons a record cannot cover said rather than counted."""

from __future__ import annotations

import pytest

from arena.cli.render import title_record_text
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.catalog import League
from arena.stats.model import Championship, SeasonRow, TeamSeason
from arena.stats.titles import title_records, title_round_players

NBA, NFL, MLB, NHL = League.NBA, League.NFL, League.MLB, League.NHL

# (player, round, seasons won, seasons lost, reference). Seasons are the store's: NBA and NHL by the year
# a season ends, NFL and MLB by the year it is played.
PLAYER_RECORDS = [
    ("nba:jordami01", "NBA Finals", [1991, 1992, 1993, 1996, 1997, 1998], [],
     "Basketball-Reference: Michael Jordan, 6-0 in the NBA Finals"),
    ("nba:jamesle01", "NBA Finals", [2012, 2013, 2016, 2020], [2007, 2011, 2014, 2015, 2017, 2018],
     "Basketball-Reference: LeBron James, 10 NBA Finals, 4-6"),
    ("nba:russebi01", "NBA Finals", [1957, 1959, 1960, 1961, 1962, 1963, 1964, 1965, 1966, 1968, 1969], [1958],
     "Basketball-Reference: Bill Russell, 11 titles in 12 Finals; the 1958 Finals lost to St. Louis"),
    ("nba:johnsma02", "NBA Finals", [1980, 1982, 1985, 1987, 1988], [1983, 1984, 1989, 1991],
     "Basketball-Reference: Magic Johnson, 9 NBA Finals, 5-4"),
    ("nba:abdulka01", "NBA Finals", [1971, 1980, 1982, 1985, 1987, 1988], [1974, 1983, 1984, 1989],
     "Basketball-Reference: Kareem Abdul-Jabbar, 10 NBA Finals, 6-4 (1974 with Milwaukee)"),
    ("nfl:00-0019596", "Super Bowl", [2001, 2003, 2004, 2014, 2016, 2018, 2020], [2007, 2011, 2017],
     "Pro-Football-Reference: Tom Brady, 10 Super Bowls, 7-3"),
    ("nfl:pfr-joe-montana-1979", "Super Bowl", [1981, 1984, 1988, 1989], [],
     "Pro-Football-Reference: Joe Montana, 4-0 in Super Bowls"),
    ("nfl:pfr-jim-kelly-1986", "Super Bowl", [], [1990, 1991, 1992, 1993],
     "Pro-Football-Reference: Jim Kelly, four straight Super Bowls lost (XXV-XXVIII)"),
    ("mlb:berrayo01", "World Series", [1947, 1949, 1950, 1951, 1952, 1953, 1956, 1958, 1961, 1962],
     [1955, 1957, 1960, 1963], "Baseball-Reference: Yogi Berra, 14 World Series, 10 won"),
    ("nhl:richahe01", "Stanley Cup Final",
     [1956, 1957, 1958, 1959, 1960, 1965, 1966, 1968, 1969, 1971, 1973], [1967],
     "Hockey-Reference: Henri Richard, 11 Stanley Cups; Montreal lost the 1967 Final to Toronto"),
]


@pytest.mark.parametrize(("player_id", "round_name", "won", "lost", "reference"), PLAYER_RECORDS,
                         ids=[case[0] for case in PLAYER_RECORDS])
def test_title_round_records_match_the_public_record(loaded_store: SqlStatStore, player_id: str, round_name: str,
                                                     won: list[int], lost: list[int], reference: str) -> None:
    (record,) = [r for r in loaded_store.title_records(player_id) if r.round_name == round_name]
    assert (list(record.won), list(record.lost), record.unknown) == (won, lost, ()), reference
    assert record.record == f"{len(won)}-{len(lost)}"


def test_a_lost_round_is_no_title(loaded_store: SqlStatStore) -> None:
    # Jim Kelly's four Super Bowls were all lost: a record, no championship, no title honour.
    assert loaded_store.championships("nfl:pfr-jim-kelly-1986") == []
    assert not [h for h in loaded_store.iter_honours(NFL) if h.player_id == "nfl:pfr-jim-kelly-1986" and h.is_title]
    assert loaded_store.title_records("nba:barklch01")[0].record == "0-1"  # Basketball-Reference: 1993 Finals


def test_a_record_past_the_seasons_credited_says_where_it_stops(loaded_store: SqlStatStore) -> None:
    # Hockey-Reference: Sidney Crosby's Finals of 2008, 2009, 2016 and 2017; the NHL's rosters after 2017-18
    # are not in the store, so his record is told through 2017-18, not over his whole career.
    (record,) = loaded_store.title_records("nhl:crosbsi01")
    assert (record.record, record.through) == ("3-1", 2018)
    assert title_record_text(record).startswith("Stanley Cup Final: 3-1 through 2017-18 (won 2008-09")


def _season(player: str, league: League, year: int, *teams: str, games: float | None = None) -> SeasonRow:
    return SeasonRow(player_id=player, league=league, season=year, competition=league.value.upper(),
                     group="skating" if league is NHL else "basketball", teams=teams, stats={"games": games})


def test_a_runner_up_is_credited_by_the_rule_a_champion_is() -> None:
    # Made-up 1989 Final, Calgary over Montreal: a Canadien traded to Calgary in the season wins, one traded
    # away from Montreal loses nothing, a three-game call-up is in neither club's round.
    final = Championship(league=NHL, season=1989, title="Stanley Cup", champion="CGY", champion_name="Flames",
                         runner_up="MTL", runner_up_name="Canadiens", source="test")
    clubs = [TeamSeason(league=NHL, season=1989, competition="NHL", team=team, name=team, wins=50, losses=30)
             for team in ("CGY", "MTL")]
    rows = [_season("nhl:vet", NHL, 1988, "MTL", games=70), _season("nhl:vet", NHL, 1989, "MTL", games=70),
            _season("nhl:traded", NHL, 1989, "MTL", "CGY", games=60), _season("nhl:left", NHL, 1989, "MTL", "BOS"),
            _season("nhl:callup", NHL, 1988, "MTL", games=50), _season("nhl:callup", NHL, 1989, "MTL", games=3)]
    credits = title_round_players(rows, [final], clubs)
    assert [(player, won) for player, _, won in credits] == [("nhl:traded", True), ("nhl:vet", False)]


def test_a_season_without_a_named_runner_up_is_unknown_not_unreached() -> None:
    def final(season: int, runner_up: str | None) -> Championship:
        return Championship(league=NBA, season=season, title="NBA championship", champion="AAA",
                            champion_name="A", runner_up=runner_up, runner_up_name=runner_up, source="test")

    champions = [final(1960, "BBB"), final(1961, None), final(1962, "BBB"), final(1970, None)]
    (record,) = title_records("nba:made", NBA, [(1960, "NBA championship", True), (1962, "NBA championship", False)],
                              champions, (1959, 1965))
    # 1961 lies within the career and between his rounds: said, not counted; 1970 is past his career.
    assert (record.round_name, record.record, record.unknown, record.through) == ("NBA Finals", "1-1", (1961,), None)
    assert title_record_text(record) == "NBA Finals: 1-1 (won 1959-60; lost 1961-62; not known for 1960-61)"
