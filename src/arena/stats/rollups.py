"""What the store precomputes at import: each player's profile and each league season's context.

Both count only the league's counted competitions (ABA, WHA and the pre-NHL leagues stay apart).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from arena.stats.catalog import COUNTED_COMPETITIONS, GROUPS, League, StatLine, season_label, stat_line
from arena.stats.model import LeagueContext, LeagueData, Player, PlayerProfile, SeasonRow

StatRows = list[Mapping[str, float | None]]


def counted_rows(data: LeagueData) -> list[SeasonRow]:
    counted = COUNTED_COMPETITIONS[data.league]
    return [row for row in data.seasons if row.competition in counted]


def season_games(rows: Iterable[SeasonRow]) -> float:
    """Games over a player's rows: per season the most any group recorded, so a two-way player's
    batting and pitching appearances (or a quarterback's passing and rushing games) count once."""
    per_season: dict[int, float] = defaultdict(float)
    for row in rows:
        games = row.stats.get("games")
        if games is not None:
            per_season[row.season] = max(per_season[row.season], games)
    return float(sum(per_season.values()))


def career_lines(league: League, rows: Iterable[tuple[str, Mapping[str, float | None]]]) -> dict[str, StatLine]:
    """Totals and rates per group over ``(group, stats)`` rows, in the catalogue's group order."""
    by_group: dict[str, StatRows] = defaultdict(list)
    for group_name, stats in rows:
        by_group[group_name].append(stats)
    return {name: stat_line(group, by_group[name])
            for name, group in GROUPS[league].items() if name in by_group}


@dataclass(frozen=True)
class PlayerRollup:
    """A player's profile and the span of the seasons it covers (None for a player with none counted)."""

    profile: PlayerProfile
    first_season: int | None
    last_season: int | None


def player_rollups(data: LeagueData, rows: Sequence[SeasonRow] | None = None) -> list[PlayerRollup]:
    """Every player's profile; ``rows`` are the counted rows when the caller already has them."""
    counted = counted_rows(data) if rows is None else rows
    by_player: dict[str, list[SeasonRow]] = defaultdict(list)
    for row in counted:
        by_player[row.player_id].append(row)
    wins: dict[str, Counter[str]] = defaultdict(Counter)
    for award in data.awards:
        if award.is_winner:
            wins[award.player_id][award.award] += 1
    return [_rollup(data.league, player, by_player.get(player.id, []), wins.get(player.id, Counter()))
            for player in data.players]


def _rollup(league: League, player: Player, rows: list[SeasonRow], wins: Counter[str]) -> PlayerRollup:
    seasons = {row.season for row in rows}
    profile = PlayerProfile(
        player=player,
        seasons=len(seasons),
        games=season_games(rows),
        career=career_lines(league, ((row.group, row.stats) for row in rows)),
        award_counts=dict(sorted(wins.items())),
    )
    return PlayerRollup(profile, min(seasons, default=None), max(seasons, default=None))


def league_contexts(data: LeagueData, rows: Sequence[SeasonRow] | None = None) -> list[LeagueContext]:
    """Per season: league totals per group, players per group, and totals per player-game."""
    counted = counted_rows(data) if rows is None else rows
    by_season: dict[int, dict[str, list[SeasonRow]]] = defaultdict(lambda: defaultdict(list))
    for row in counted:
        by_season[row.season][row.group].append(row)
    contexts = []
    for season in sorted(by_season):
        groups = by_season[season]
        names = [n for n in GROUPS[data.league] if n in groups]
        contexts.append(LeagueContext(
            league=data.league,
            season=season,
            label=season_label(data.league, season),
            groups={n: stat_line(GROUPS[data.league][n], [r.stats for r in groups[n]]) for n in names},
            players={n: len({r.player_id for r in groups[n]}) for n in names},
            per_player_game={n: _per_player_game(data.league, n, groups[n]) for n in names},
        ))
    return contexts


def _per_player_game(league: League, group: str, rows: list[SeasonRow]) -> StatLine:
    """Each counting stat over the player-games of the rows that recorded it (eras differ in coverage)."""
    line: StatLine = {}
    for key in GROUPS[league][group].counts:
        if key == "games":
            continue
        total = games = 0.0
        for row in rows:
            value, played = row.stats.get(key), row.stats.get("games")
            if value is not None and played:
                total += value
                games += played
        line[key] = total / games if games else None
    return line

