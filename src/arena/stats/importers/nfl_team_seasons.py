"""NFL and AFL club seasons 1966-2024, added up from the spreadspoke game results.

Per club season: the regular season's wins, losses and ties, points for and against, the point
differential per game (``mov``, as the other leagues' team records have it) and the playoff games won.
Regular-season games are the rows ``schedule_playoff`` marks ``FALSE``; the partial 2025 season and 1987,
whose replacement games the file lacks, are left out. Clubs are written as the player seasons write them
(:func:`.championships_nfl_early.code_of_club`), and the AFL's clubs of 1966-1969 are the ``AFL``
competition, as MLB keeps its AL and NL apart. A club is named as it was that season: the file writes half
the Boston Patriots' games of 1966-1969 as the New England Patriots', so a title-game club takes its name
of the time from :func:`.name_of_club`.
"""

from __future__ import annotations

from dataclasses import dataclass

from arena.stats.catalog import League
from arena.stats.errors import SourceFileCorrupt
from arena.stats.importers.championships_nfl import SPREADSPOKE_SCORES
from arena.stats.importers.championships_nfl_early import code_of_club, competition_of, name_of_club
from arena.stats.importers.csvrows import Row, read_rows
from arena.stats.model import TeamSeason
from arena.stats.ports import SourceReader

LAST_SEASON = 2024  # the file's 2025 season is partial
# Seasons the file holds only part of: 1987 lacks the replacement players' games of weeks 4 to 6, which
# count in the official records (the 1987 49ers were 13-2, not 10-2). No record beats a wrong one.
INCOMPLETE_SEASONS = frozenset({1987})
_PLAYOFF = {"TRUE": True, "FALSE": False}


@dataclass
class _Club:
    """One club season's running totals."""

    name: str
    wins: int = 0
    losses: int = 0
    ties: int = 0
    points_for: int = 0
    points_against: int = 0
    playoff_wins: int = 0

    def add(self, scored: int, allowed: int, *, playoff: bool) -> None:
        if playoff:
            self.playoff_wins += scored > allowed
            return
        self.points_for += scored
        self.points_against += allowed
        if scored > allowed:
            self.wins += 1
        elif scored < allowed:
            self.losses += 1
        else:
            self.ties += 1

    @property
    def games(self) -> int:
        return self.wins + self.losses + self.ties


def read_nfl_team_seasons(source: SourceReader) -> list[TeamSeason]:
    """Every NFL and AFL club season 1966-2024; raises ``SourceError``s naming file and row."""
    required = ("schedule_season", "schedule_playoff", "team_home", "score_home", "score_away", "team_away")
    clubs: dict[tuple[int, str], _Club] = {}
    for row in read_rows(source, SPREADSPOKE_SCORES, required):
        season = row.integer("schedule_season")
        if season > LAST_SEASON or season in INCOMPLETE_SEASONS:
            continue
        playoff = _PLAYOFF.get(row.text("schedule_playoff"))
        if playoff is None:
            raise SourceFileCorrupt(row.path, row.line, f"schedule_playoff {row.text('schedule_playoff')!r} "
                                                        "is neither TRUE nor FALSE")
        home, away = row.text("team_home"), row.text("team_away")
        home_points, away_points = row.integer("score_home"), row.integer("score_away")
        _club(clubs, row, home, season).add(home_points, away_points, playoff=playoff)
        _club(clubs, row, away, season).add(away_points, home_points, playoff=playoff)
    return [_team_season(season, code, club) for (season, code), club in sorted(clubs.items())]


def _club(clubs: dict[tuple[int, str], _Club], row: Row, name: str, season: int) -> _Club:
    code = code_of_club(name, season)
    if code is None:
        raise SourceFileCorrupt(row.path, row.line, f"no club code known for {name!r} in {season}")
    known = name_of_club(code, season)
    club = clubs.setdefault((season, code), _Club(known or name))
    if club.name != name and known is None:
        raise SourceFileCorrupt(row.path, row.line, f"{name!r} and {club.name!r} are both {code} in {season}")
    return club


def _team_season(season: int, code: str, club: _Club) -> TeamSeason:
    games = club.games
    return TeamSeason(
        league=League.NFL, season=season, competition=competition_of(code, season), team=code, name=club.name,
        wins=club.wins, losses=club.losses, ties=club.ties,
        stats={"games": float(games), "points_for": float(club.points_for),
               "points_against": float(club.points_against),
               "mov": (club.points_for - club.points_against) / games if games else None,
               "playoff_wins": float(club.playoff_wins)},
    )
