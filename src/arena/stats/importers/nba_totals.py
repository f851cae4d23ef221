"""NBA season totals: Basketball-Reference's tables in their two upstream layouts, one row per season.

Both layouts hold one row per player-team-season plus a multi-team total (``TOT``, later ``2TM``...);
a season's figures are that total where there is one, never the total added to the team rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from arena.stats.catalog import League
from arena.stats.errors import SourceFileCorrupt
from arena.stats.importers.csvrows import Row, read_rows
from arena.stats.importers.nba_ids import MULTI_TEAM, team_key
from arena.stats.model import SeasonRow
from arena.stats.ports import SourceReader

GROUP = "basketball"

# Stat key -> column, per layout. Both carry every counting stat; "NA" marks an era that did not record it.
_TOTALS_2021_COLUMNS = {
    "games": "g", "games_started": "gs", "minutes": "mp", "points": "pts", "rebounds": "trb",
    "offensive_rebounds": "orb", "defensive_rebounds": "drb", "assists": "ast", "steals": "stl",
    "blocks": "blk", "turnovers": "tov", "fouls": "pf", "fg_made": "fg", "fg_attempts": "fga",
    "fg3_made": "x3p", "fg3_attempts": "x3pa", "ft_made": "ft", "ft_attempts": "fta",
}
_BBREF_TABLE_COLUMNS = {
    "games": "G", "games_started": "GS", "minutes": "MP", "points": "PTS", "rebounds": "TRB",
    "offensive_rebounds": "ORB", "defensive_rebounds": "DRB", "assists": "AST", "steals": "STL",
    "blocks": "BLK", "turnovers": "TOV", "fouls": "PF", "fg_made": "FG", "fg_attempts": "FGA",
    "fg3_made": "3P", "fg3_attempts": "3PA", "ft_made": "FT", "ft_attempts": "FTA",
}
_LEAGUE_AVERAGE = "League Average"


@dataclass(frozen=True, slots=True)
class TeamLine:
    """One upstream row: a player's totals for one team, or the multi-team total, in one season."""

    path: str
    line: int
    season: int
    competition: str
    name: str
    team: str
    source_key: str
    position: str | None
    stats: dict[str, float | None]

    @property
    def is_multi_team_total(self) -> bool:
        return team_key(self.team) == MULTI_TEAM


def _stats(row: Row, columns: Mapping[str, str]) -> dict[str, float | None]:
    return {key: row.count(column) for key, column in columns.items()}


def read_totals_2021(source: SourceReader, path: str) -> Iterator[TeamLine]:
    """``Player Totals.csv`` (1947-2021): BAA, NBA and ABA rows, with a numeric id of its own."""
    required = ("season", "player_id", "player", "pos", "lg", "tm", *_TOTALS_2021_COLUMNS.values())
    for row in read_rows(source, path, required):
        yield TeamLine(
            path, row.line, row.integer("season"), row.text("lg"), row.text("player"), row.text("tm"),
            row.text("player_id"), row.optional_text("pos"), _stats(row, _TOTALS_2021_COLUMNS),
        )


def read_bbref_table(
    source: SourceReader, path: str, *, seasons: range, season: int | None = None
) -> Iterator[TeamLine]:
    """A stacked Basketball-Reference "Totals" table (names only; ``Season`` column unless ``season``).

    Rows outside ``seasons`` and the ``League Average`` rows are skipped.
    """
    required = ("Player", "Team", "Pos", *_BBREF_TABLE_COLUMNS.values(), *(() if season else ("Season",)))
    for row in read_rows(source, path, required):
        name = row.text("Player")
        row_season = season if season is not None else row.integer("Season")
        if name == _LEAGUE_AVERAGE or row_season not in seasons:
            continue
        yield TeamLine(
            path, row.line, row_season, "NBA", name, row.text("Team"), name, row.optional_text("Pos"),
            _stats(row, _BBREF_TABLE_COLUMNS),
        )


def season_rows(lines: Sequence[TeamLine], slugs: Sequence[str]) -> list[SeasonRow]:
    """One row per (player, season, competition): the multi-team total where there is one, teams in order."""
    grouped: dict[tuple[str, int, str], list[TeamLine]] = {}
    for line, slug in zip(lines, slugs, strict=True):
        grouped.setdefault((slug, line.season, line.competition), []).append(line)
    rows: list[SeasonRow] = []
    for (slug, season, competition), group in grouped.items():
        total = _season_total(group)
        teams = tuple(line.team for line in group if not line.is_multi_team_total)
        rows.append(SeasonRow(
            player_id=f"{League.NBA.value}:{slug}", league=League.NBA, season=season,
            competition=competition, group=GROUP, teams=teams, position=total.position, stats=total.stats,
        ))
    return rows


def _season_total(group: list[TeamLine]) -> TeamLine:
    totals = [line for line in group if line.is_multi_team_total]
    if len(totals) == 1:
        return totals[0]
    if not totals and len(group) == 1:
        return group[0]
    # Two single-team rows with no total, or two totals: the id bridge or the file is wrong, and adding
    # them up could double-count, so stop rather than guess.
    extra = group[1]
    raise SourceFileCorrupt(
        extra.path, extra.line,
        f"{extra.name} has several {extra.season} {extra.competition} rows but not exactly one "
        "multi-team total",
    )
