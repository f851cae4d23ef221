"""nflverse weekly player stats, 1999-2023, summed into regular-season totals per GSIS id.

A (player, season, week, season type) key that appears twice holds different numbers (five source
glitches such as Marvin Harrison's 2005 week 15); the first row in file order is kept. ``games`` counts
the weeks with a row, which misses games without a touch: it is not the official games played.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from arena.stats.importers.csvrows import read_rows
from arena.stats.importers.nfl_stats import STAT_KEYS, Stats
from arena.stats.ports import SourceReader

FILES = tuple(
    [(s, f"nfl/nflfastR-data/data/player_stats/player_stats_{s}.csv.gz") for s in range(1999, 2021)]
    + [(s, f"nfl/PlayerProjection-ML/player_stats_{s}.csv") for s in range(2021, 2024)]
)
_REGULAR_SEASON = "REG"
_REQUIRED = ("player_id", "player_name", "recent_team", "season", "week", "season_type", *STAT_KEYS)


@dataclass
class WeeklySeason:
    """One player's regular season summed from weekly rows."""

    player_id: str
    season: int
    names: list[str] = field(default_factory=list)  # abbreviated ("T.Brady"), in order seen
    display_name: str | None = None  # full name, 2021 on
    positions: list[str] = field(default_factory=list)  # 2021 on
    teams: list[str] = field(default_factory=list)  # nflverse codes, in week order
    weeks: set[int] = field(default_factory=set)
    stats: Stats = field(default_factory=lambda: dict.fromkeys(STAT_KEYS, 0.0))


def _add_once(items: list[str], item: str | None) -> None:
    if item and item not in items:
        items.append(item)


def _read_file(source: SourceReader, path: str, seasons: dict[tuple[str, int], WeeklySeason]) -> None:
    seen: set[tuple[str, int, int, str]] = set()
    for row in read_rows(source, path, _REQUIRED):
        season_type = row.text("season_type")
        if season_type != _REGULAR_SEASON:
            continue
        player_id, season, week = row.text("player_id"), row.integer("season"), row.integer("week")
        key = (player_id, season, week, season_type)
        if key in seen:
            continue
        seen.add(key)
        numbers = [row.count(k) for k in STAT_KEYS]  # parse before touching the totals
        line = seasons.get((player_id, season))
        if line is None:
            line = seasons[(player_id, season)] = WeeklySeason(player_id, season)
        for k, value in zip(STAT_KEYS, numbers, strict=True):
            if value is not None:
                line.stats[k] = (line.stats[k] or 0.0) + value
        line.weeks.add(week)
        _add_once(line.names, row.text("player_name"))
        _add_once(line.teams, row.text("recent_team"))
        _add_once(line.positions, row.optional_text("position"))
        line.display_name = row.optional_text("player_display_name") or line.display_name


def read_weekly(source: SourceReader) -> tuple[list[WeeklySeason], list[str]]:
    """Regular-season totals for every player with a weekly row, 1999-2023, and the files read."""
    seasons: dict[tuple[str, int], WeeklySeason] = {}
    for _, path in FILES:
        _read_file(source, path, seasons)
    return list(seasons.values()), [path for _, path in FILES]
