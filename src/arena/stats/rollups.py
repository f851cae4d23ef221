"""What the store precomputes at import: each player's profile and each league season's context.

Both count only the league's counted competitions (ABA, WHA and the pre-NHL leagues stay apart). Lines
are :func:`arena.stats.catalog.stat_line`'s figures, summed in one pass over the recorded values, since an
import adds up several hundred thousand rows.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from arena.stats.catalog import COUNTED_COMPETITIONS, GROUPS, League, StatGroup, StatLine, compute_rates, season_label
from arena.stats.model import Award, LeagueContext, Player, PlayerProfile

Stats = Mapping[str, float]


class StatRow(NamedTuple):
    """A season row reduced to what the rollups read; ``stats`` holds recorded values only."""

    player_id: str
    season: int
    competition: str
    group: str
    stats: Stats


def counted(league: League, rows: Iterable[StatRow]) -> list[StatRow]:
    competitions = COUNTED_COMPETITIONS[league]
    return [row for row in rows if row.competition in competitions]


def line(stat_group: StatGroup, rows: Sequence[Stats]) -> StatLine:
    """Totals and rates of ``stat_group`` over ``rows``: equal to ``stat_line(stat_group, rows)``."""
    totals: dict[str, float] = defaultdict(float)
    recorded: Counter[str] = Counter()
    for stats in rows:
        for key, value in stats.items():
            totals[key] += value
            recorded[key] += 1
    result: StatLine = {key: totals[key] if recorded[key] else None for key in stat_group.counts}
    partial: StatLine | None = None
    for rate in stat_group.rates:
        if all(recorded[key] == len(rows) for key in rate.required) and rows:
            # Every row recorded the components, so the rate's totals are the line's totals.
            result[rate.key] = rate.compute({k: totals[k] for k in rate.required + rate.optional})
        else:
            partial = partial if partial is not None else compute_rates(stat_group, list(rows))
            result[rate.key] = partial[rate.key]
    return result


def season_games(rows: Iterable[StatRow]) -> float:
    """Games over a player's rows: per season the most any group recorded, so a two-way player's
    batting and pitching appearances (or a quarterback's passing and rushing games) count once."""
    per_season: dict[int, float] = defaultdict(float)
    for row in rows:
        games = row.stats.get("games")
        if games is not None:
            per_season[row.season] = max(per_season[row.season], games)
    return float(sum(per_season.values()))


def career_lines(league: League, rows: Iterable[tuple[str, Stats]]) -> dict[str, StatLine]:
    """Totals and rates per group over ``(group, stats)`` rows, in the catalogue's group order."""
    by_group: dict[str, list[Stats]] = defaultdict(list)
    for group_name, stats in rows:
        by_group[group_name].append(stats)
    return {name: line(group, by_group[name]) for name, group in GROUPS[league].items() if name in by_group}


@dataclass(frozen=True)
class PlayerRollup:
    """A player's profile and the span of the seasons it covers (None for a player with none counted)."""

    profile: PlayerProfile
    first_season: int | None
    last_season: int | None


def player_rollups(league: League, players: Iterable[Player], rows: Iterable[StatRow],
                   awards: Iterable[Award]) -> list[PlayerRollup]:
    """Every player's profile over the counted ``rows``."""
    by_player: dict[str, list[StatRow]] = defaultdict(list)
    for row in counted(league, rows):
        by_player[row.player_id].append(row)
    wins: dict[str, Counter[str]] = defaultdict(Counter)
    for award in awards:
        if award.is_winner:
            wins[award.player_id][award.award] += 1
    return [_rollup(league, player, by_player.get(player.id, []), wins.get(player.id, Counter()))
            for player in players]


def _rollup(league: League, player: Player, rows: list[StatRow], wins: Counter[str]) -> PlayerRollup:
    seasons = {row.season for row in rows}
    # Built from already-typed values, so validation (a third of the rollup time) is skipped.
    profile = PlayerProfile.model_construct(
        player=player,
        seasons=len(seasons),
        games=season_games(rows),
        career=career_lines(league, ((row.group, row.stats) for row in rows)),
        award_counts=dict(sorted(wins.items())),
    )
    return PlayerRollup(profile, min(seasons, default=None), max(seasons, default=None))


def league_contexts(league: League, rows: Iterable[StatRow]) -> list[LeagueContext]:
    """Per counted season: league totals per group, players per group, and totals per player-game."""
    by_season: dict[int, dict[str, list[StatRow]]] = defaultdict(lambda: defaultdict(list))
    for row in counted(league, rows):
        by_season[row.season][row.group].append(row)
    contexts = []
    for season in sorted(by_season):
        groups = by_season[season]
        names = [n for n in GROUPS[league] if n in groups]
        contexts.append(LeagueContext(
            league=league,
            season=season,
            label=season_label(league, season),
            groups={n: line(GROUPS[league][n], [r.stats for r in groups[n]]) for n in names},
            players={n: len({r.player_id for r in groups[n]}) for n in names},
            per_player_game={n: _per_player_game(GROUPS[league][n], groups[n]) for n in names},
        ))
    return contexts


def _per_player_game(stat_group: StatGroup, rows: list[StatRow]) -> StatLine:
    """Each counting stat over the player-games of the rows that recorded it (eras differ in coverage)."""
    totals: dict[str, float] = defaultdict(float)
    games: dict[str, float] = defaultdict(float)
    for row in rows:
        played = row.stats.get("games")
        if not played:
            continue
        for key, value in row.stats.items():
            totals[key] += value
            games[key] += played
    return {key: totals[key] / games[key] if games[key] else None
            for key in stat_group.counts if key != "games"}
