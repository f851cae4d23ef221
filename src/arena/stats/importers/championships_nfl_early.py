"""NFL champions 1933-1969 and AFL champions 1960-1969, from FiveThirtyEight's game results.

``nfl_games.csv`` flags playoff games but mixes leagues: AAFC games 1946-1949 and AFL games 1960-1969
sit beside the NFL's, with no league column. A season's NFL Championship Game is its last playoff game
between two NFL clubs, and the AFL's its last between two AFL clubs (the first Super Bowls, NFL against
AFL, are neither; they come from :mod:`.championships_nfl`). Before 1933 titles were decided by the
standings and no game names them.

Teams are written with FiveThirtyEight's franchise codes (``IND`` for the Baltimore Colts); the player
seasons before 1970 (NFL.com's pages) write their clubs the same way, so the titles find their players.
"""

from __future__ import annotations

from arena.stats.catalog import League
from arena.stats.errors import SourceFileCorrupt
from arena.stats.importers.csvrows import Row, read_rows
from arena.stats.importers.nfl_teams import era_code_of_club
from arena.stats.model import Championship
from arena.stats.ports import SourceReader

NFL_GAMES = "nfl/nfl-elo-game/data/nfl_games.csv"
NFL_CHAMPIONSHIP = "NFL championship"
AFL_CHAMPIONSHIP = "AFL championship"
LAST_SEASON = 1969  # from 1970 the Super Bowl is the league's only title game
FIRST_ERA_CODE_SEASON = 1970  # the first season PFR's tables (the era codes) cover

# The clubs of the other leagues in the file, by season: their games are not NFL title games.
_AAFC_CLUBS = frozenset({"CLE", "SF", "NAA", "BBA", "BCL", "LAD", "CHR", "MSE", "BKN"})
_AAFC_SEASONS = range(1946, 1950)
_AFL_CLUBS = frozenset({"TEN", "LAC", "KC", "BUF", "NE", "NYJ", "DEN", "OAK", "MIA", "CIN"})
_AFL_SEASONS = range(1960, 1970)

# Franchise code -> (first season, last season, the club's name then), for every title-game club.
_NAMES: dict[str, tuple[tuple[int, int, str], ...]] = {
    "ARI": ((1920, 1959, "Chicago Cardinals"),),
    "BUF": ((1960, 1969, "Buffalo Bills"),),
    "CHI": ((1922, 1969, "Chicago Bears"),),
    "CLE": ((1946, 1969, "Cleveland Browns"),),
    "DAL": ((1960, 1969, "Dallas Cowboys"),),
    "DET": ((1934, 1969, "Detroit Lions"),),
    "GB": ((1921, 1969, "Green Bay Packers"),),
    "IND": ((1953, 1969, "Baltimore Colts"),),
    "KC": ((1960, 1962, "Dallas Texans"), (1963, 1969, "Kansas City Chiefs")),
    "LAC": ((1960, 1960, "Los Angeles Chargers"), (1961, 1969, "San Diego Chargers")),
    "LAR": ((1937, 1945, "Cleveland Rams"), (1946, 1969, "Los Angeles Rams")),
    "MIN": ((1961, 1969, "Minnesota Vikings"),),
    "NE": ((1960, 1969, "Boston Patriots"),),
    "NYG": ((1925, 1969, "New York Giants"),),
    "NYJ": ((1963, 1969, "New York Jets"),),
    "OAK": ((1960, 1969, "Oakland Raiders"),),
    "PHI": ((1933, 1969, "Philadelphia Eagles"),),
    "TEN": ((1960, 1969, "Houston Oilers"),),
    "WSH": ((1933, 1936, "Boston Redskins"), (1937, 1969, "Washington Redskins")),
}


def franchise_code_of_club(name: str, season: int) -> str | None:
    """The franchise code of a title-game club written in full (``IND`` for the 1958 Baltimore Colts), so
    that a player season of that club before 1970 finds its title; None for other clubs."""
    for code, spans in _NAMES.items():
        if any(first <= season <= last and club == name for first, last, club in spans):
            return code
    return None


def code_of_club(name: str, season: int) -> str | None:
    """The code the player seasons write a club named in full with: before 1970 the title games' franchise
    codes, then (and for a club that played no title game) PFR's era codes; None for a name neither knows."""
    early = franchise_code_of_club(name, season) if season < FIRST_ERA_CODE_SEASON else None
    return early or era_code_of_club(name, season)


def competition_of(code: str, season: int) -> str:
    """The league a club (written as :func:`code_of_club` writes it) played a season of 1966 or later in:
    the AFL's clubs in the AFL through 1969, every other in the NFL."""
    return "AFL" if season in _AFL_SEASONS and code in _AFL_CLUBS else "NFL"


def read_early_title_games(source: SourceReader) -> list[Championship]:
    """The NFL Championship Games 1933-1969 and AFL Championship Games 1960-1969; raises ``SourceError``s."""
    required = ("season", "playoff", "team1", "team2", "score1", "score2")
    last_game: dict[tuple[int, str], Row] = {}
    for row in read_rows(source, NFL_GAMES, required):
        season = row.integer("season")
        if season > LAST_SEASON or row.text("playoff") != "1":
            continue
        teams = {row.text("team1"), row.text("team2")}
        title = _title_of(season, teams)
        if title is not None:
            last_game[(season, title)] = row  # the file is in date order: the last one is the final
    return [_championship(season, title, row) for (season, title), row in sorted(last_game.items())]


def _title_of(season: int, teams: set[str]) -> str | None:
    afl = season in _AFL_SEASONS and teams <= _AFL_CLUBS
    if afl:
        return AFL_CHAMPIONSHIP
    other_league = (_AAFC_CLUBS if season in _AAFC_SEASONS else _AFL_CLUBS if season in _AFL_SEASONS
                    else frozenset())
    return None if teams & other_league else NFL_CHAMPIONSHIP


def _championship(season: int, title: str, row: Row) -> Championship:
    sides = [(row.text("team1"), row.integer("score1")), (row.text("team2"), row.integer("score2"))]
    if sides[0][1] == sides[1][1]:
        raise SourceFileCorrupt(row.path, row.line, f"the {season} {title} game has no winner")
    (winner, winner_points), (loser, loser_points) = sorted(sides, key=lambda side: -side[1])
    return Championship(
        league=League.NFL, season=season, title=title, champion=winner,
        champion_name=_name(row, winner, season), runner_up=loser, runner_up_name=_name(row, loser, season),
        result=f"{winner_points}-{loser_points}", source=NFL_GAMES)


def name_of_club(code: str, season: int) -> str | None:
    """The full name a title-game club (franchise code) had that season; None for other clubs."""
    return next((name for first, last, name in _NAMES.get(code, ()) if first <= season <= last), None)


def _name(row: Row, code: str, season: int) -> str:
    name = name_of_club(code, season)
    if name is None:
        raise SourceFileCorrupt(row.path, row.line, f"no club name known for {code!r} in {season}")
    return name
