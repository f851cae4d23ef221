"""One league as an importer read it, indexed for importer tests: rows by player, players by id, careers."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from arena.stats.catalog import COUNTED_COMPETITIONS, GROUPS, League, StatLine, stat_line
from arena.stats.model import LeagueData, Player, SeasonRow


class LeagueDataSource(Protocol):
    """The session's ``league_data`` fixture: each league read once through its real importer."""

    def __getitem__(self, league: League) -> LeagueData: ...


@dataclass(frozen=True)
class ImportedLeague:
    data: LeagueData
    rows: dict[str, list[SeasonRow]]
    players: dict[str, Player]

    @classmethod
    def of(cls, data: LeagueData) -> ImportedLeague:
        rows: dict[str, list[SeasonRow]] = defaultdict(list)
        for row in data.seasons:
            rows[row.player_id].append(row)
        return cls(data, dict(rows), {p.id: p for p in data.players})

    def career(self, player_id: str, group: str, *, seasons: range | None = None) -> StatLine:
        """Totals and rates over the counted competitions, as the store computes a career."""
        counted = COUNTED_COMPETITIONS[self.data.league]
        chosen: list[Mapping[str, float | None]] = [r.stats for r in self.rows[player_id]
                  if r.group == group and r.competition in counted and (seasons is None or r.season in seasons)]
        return stat_line(GROUPS[self.data.league][group], chosen)

    def season_rows(self, player_id: str, season: int, group: str) -> list[SeasonRow]:
        return [r for r in self.rows[player_id] if r.season == season and r.group == group]
