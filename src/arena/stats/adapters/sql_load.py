"""Writing one league: :class:`LeagueData` into table rows, with the rollups precomputed at import, and
the rows into the tables within the caller's transaction (old rows deleted first).
"""

from __future__ import annotations

import math
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, delete
from sqlalchemy.engine import Connection

from arena.stats.adapters import tables as t
from arena.stats.adapters.sql_bulk import Record, bulk_insert, insert_records
from arena.stats.catalog import COUNTED_COMPETITIONS, GROUPS, League
from arena.stats.errors import SourceError
from arena.stats.model import LeagueData, LeagueStatus, PlayerProfile, SeasonRow
from arena.stats.rollups import StatRow, counted, league_contexts, player_rollups
from arena.stats.titles import title_round_players

SeasonBatch = tuple[tuple[str, ...], list[tuple[Any, ...]]]


@dataclass(frozen=True)
class PreparedLeague:
    """Everything one league's import writes, computed before the transaction starts."""

    status: LeagueStatus
    sources: list[str]
    players: list[Record]
    season_batches: list[SeasonBatch]
    others: list[tuple[Table, list[Record]]]


def _player_season_count(league: League, rows: Iterable[StatRow]) -> int:
    """One season per season, as the store reads them back: a season split between two counted
    competitions (an MLB trade between the AL and the NL) counts once."""
    competitions = COUNTED_COMPETITIONS[league]
    return len({(r.player_id, r.season, "" if r.competition in competitions else r.competition) for r in rows})


def prepare_league(data: LeagueData) -> PreparedLeague:
    """Rows for every table, with a new version; raises ``SourceError`` for rows of another league or an
    unknown stat group."""
    _check_league_data(data)
    league = data.league.value
    rows = [StatRow(r.player_id, r.season, r.competition, r.group, _recorded(r.stats)) for r in data.seasons]
    counted_seasons = [row.season for row in counted(data.league, rows)]
    status = LeagueStatus(
        league=data.league,
        players=len(data.players),
        player_seasons=_player_season_count(data.league, rows),
        first_season=min(counted_seasons, default=None),
        last_season=max(counted_seasons, default=None),
        imported_at=datetime.now(UTC).isoformat(),
        version=uuid.uuid4().hex,
    )
    return PreparedLeague(
        status=status,
        sources=list(data.sources),
        players=[_player_record(r.profile, r.first_season, r.last_season)
                 for r in player_rollups(data.league, data.players, rows, data.awards)],
        season_batches=_season_batches(league, rows, data.seasons),
        others=[
            (t.awards, [{"player_id": a.player_id, "league": league, "season": a.season, "award": a.award,
                         "detail": a.detail, "is_winner": a.is_winner} for a in data.awards]),
            (t.team_seasons, [
                {"league": league, "season": ts.season, "competition": ts.competition, "team": ts.team,
                 "name": ts.name, "wins": ts.wins, "losses": ts.losses, "ties": ts.ties,
                 "stats": _recorded(ts.stats)} for ts in data.teams]),
            (t.championships, [c.model_dump(mode="json") for c in data.championships]),
            (t.player_championships, [
                {"player_id": player_id, "season": title.season, "title": title.title, "league": league,
                 "team": title.champion if won else title.runner_up, "won": won}
                for player_id, title, won in title_round_players(
                    data.seasons, data.championships, data.teams, data.playoff_appearances)]),
            (t.league_seasons, [
                {"league": league, "season": ctx.season, "stat_group": name, "totals": line,
                 "players": ctx.players[name], "per_player_game": ctx.per_player_game[name]}
                for ctx in league_contexts(data.league, rows) for name, line in ctx.groups.items()]),
        ],
    )


def write_league(conn: Connection, prepared: PreparedLeague) -> None:
    """Replace the league's rows within ``conn``'s transaction: deletes, bulk inserts, import metadata."""
    status = prepared.status
    league = status.league.value
    for table in (*t.LEAGUE_TABLES, t.imports):
        conn.execute(delete(table).where(table.c.league == league))
    insert_records(conn, t.players, prepared.players)  # players before the rows that refer to them
    for columns, values in prepared.season_batches:
        bulk_insert(conn, t.player_seasons, columns, values)
    for table, records in prepared.others:
        insert_records(conn, table, records)
    conn.execute(t.imports.insert().values(
        league=league, players=status.players, player_seasons=status.player_seasons,
        first_season=status.first_season, last_season=status.last_season,
        imported_at=datetime.fromisoformat(status.imported_at or ""), version=status.version,
        sources=prepared.sources))


def _player_record(profile: PlayerProfile, first: int | None, last: int | None) -> Record:
    p = profile.player
    return {"id": p.id, "league": p.league.value, "name": p.name, "name_variants": list(p.name_variants),
            "birth_year": p.birth_year, "positions": list(p.positions), "first_season": p.first_season,
            "last_season": p.last_season, "hall_of_fame": p.hall_of_fame, "seasons": profile.seasons,
            "career_first_season": first, "career_last_season": last, "games": profile.games,
            "career": profile.career, "award_counts": profile.award_counts}


_STAT_COLUMN_SET = frozenset(t.STAT_COLUMNS)


def _season_batches(league: str, rows: Sequence[StatRow], sources: Sequence[SeasonRow]) -> list[SeasonBatch]:
    """Season rows per stat group, each batch with only the stat columns its rows use (the rest stay
    NULL), in leaderboard order so that a range of seasons is read from neighbouring pages."""
    by_group: dict[str, list[tuple[StatRow, SeasonRow]]] = defaultdict(list)
    for row, source in zip(rows, sources, strict=True):
        by_group[row.group].append((row, source))
    batches = []
    for pairs in by_group.values():
        pairs.sort(key=lambda pair: (pair[0].season, pair[0].player_id))
        present = set().union(*(row.stats.keys() for row, _ in pairs))
        keys = tuple(k for k in t.STAT_COLUMNS if k in present)
        columns = ("player_id", "season", "competition", "stat_group", "league", "teams", "position", *keys,
                   "extra_stats")
        batches.append((columns, [
            (row.player_id, row.season, row.competition, row.group, league, list(source.teams), source.position,
             *map(row.stats.get, keys), {k: v for k, v in row.stats.items() if k not in _STAT_COLUMN_SET})
            for row, source in pairs]))
    return batches


def _recorded(stats: Mapping[str, float | None]) -> dict[str, float]:
    """Only recorded values are kept (NaN from a data frame counts as unrecorded): an absent key reads
    back as None, as an unrecorded stat must."""
    return {k: v for k, v in stats.items() if v is not None and math.isfinite(v)}


def _check_league_data(data: LeagueData) -> None:
    league = data.league
    groups = GROUPS[league]
    for row in data.seasons:
        if row.league != league or row.group not in groups:
            raise SourceError(f"{league.value} data has a season row for {row.player_id} {row.season} in "
                              f"{row.league.value} {row.group!r}, not a {league.value} stat group")
    for leagues_of in ((p.league for p in data.players), (a.league for a in data.awards),
                       (ts.league for ts in data.teams), (c.league for c in data.championships)):
        strays = {other.value for other in leagues_of if other != league}
        if strays:
            raise SourceError(f"{league.value} data holds records of {', '.join(sorted(strays))}")
