"""Pairs Pro-Football-Reference seasons with nflverse seasons where both cover a year (1999-2020).

PFR has full names and its own club codes; nflverse has GSIS ids, ``T.Brady`` names and today's club
codes. A pair shares the season and either the surname or, when the names differ (``C.Ochocinco`` for
Chad Johnson), the club and all but a sliver of the yardage; the closest yardage wins, each season used
once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from arena.stats.importers.nfl_names import NameKey, abbreviated_parts, full_name_parts
from arena.stats.importers.nfl_pfr import PfrSeason
from arena.stats.importers.nfl_stats import CONSISTENT_GAP, YARD_KEYS, yard_gap
from arena.stats.importers.nfl_teams import era_code_from_pfr, franchise, is_multi_team
from arena.stats.importers.nfl_weekly import WeeklySeason

# Yardage gaps are relative to the player's total. Play-by-play totals are usually within a few yards
# of the official ones, but 1999-2000 play-by-play misses whole drives (Peyton Manning 1999: 4,047
# against 4,135), so a pair agreeing on name and club may be further apart; one that disagrees on
# either must agree on yardage almost exactly.
_GAP_WHEN_AGREEING = 0.3
_GAP_WHEN_DISAGREEING = CONSISTENT_GAP
# Near-equal yardage only tells players apart when there is some: many depth players have none.
_YARDS_TO_TELL_APART = 20.0


def _weekly_keys(line: WeeklySeason) -> list[NameKey]:
    keys = [abbreviated_parts(n) for n in line.names]
    if line.display_name:
        keys.extend(full_name_parts(line.display_name))
    return keys


def _yards(stats: dict[str, float | None]) -> tuple[float, ...]:
    return tuple(stats.get(k) or 0.0 for k in YARD_KEYS)


def _team_fits(pfr: PfrSeason, line: WeeklySeason) -> bool:
    # A multi-team row names no club, and nflverse lists only the clubs a player recorded a stat for.
    return is_multi_team(pfr.team) or franchise(era_code_from_pfr(pfr.team)) in line.teams


def _season_pairs(pfr: Sequence[tuple[int, PfrSeason]],
                  weekly: Sequence[tuple[int, WeeklySeason]]) -> list[tuple[int, float, int, int]]:
    by_surname: dict[str, set[int]] = defaultdict(set)
    by_team_yards: dict[tuple[str, tuple[float, ...]], set[int]] = defaultdict(set)
    multi_team: set[int] = set()
    keys: dict[int, list[NameKey]] = {}
    lines = dict(weekly)
    for index, line in weekly:
        keys[index] = _weekly_keys(line)
        for key in keys[index]:
            by_surname[key.surname].add(index)
        for team in line.teams:
            by_team_yards[(team, _yards(line.stats))].add(index)
        if len(line.teams) > 1:
            multi_team.add(index)
    pairs = []
    for p_index, row in pfr:
        names = full_name_parts(row.name)
        yards = sum(abs(y) for y in _yards(row.stats))
        candidates = {i for n in names for i in by_surname.get(n.surname, ())}
        if is_multi_team(row.team):
            candidates |= multi_team
        else:
            team = franchise(era_code_from_pfr(row.team))
            candidates |= by_team_yards.get((team, _yards(row.stats)), set())
        for w_index in candidates:
            line = lines[w_index]
            named = any(k.accepts(n) for k in keys[w_index] for n in names)
            disagreements = (not named) + (not _team_fits(row, line))
            if disagreements > 1 or (disagreements and yards < _YARDS_TO_TELL_APART):
                continue
            gap = yard_gap(row.stats, line.stats)
            if gap <= (_GAP_WHEN_DISAGREEING if disagreements else _GAP_WHEN_AGREEING):
                pairs.append((disagreements, gap, p_index, w_index))
    return pairs


def match_seasons(pfr: Sequence[PfrSeason], weekly: Sequence[WeeklySeason]) -> dict[int, int]:
    """Index into ``pfr`` → index into ``weekly`` of the same player-season, one to one."""
    pfr_by_season: dict[int, list[tuple[int, PfrSeason]]] = defaultdict(list)
    weekly_by_season: dict[int, list[tuple[int, WeeklySeason]]] = defaultdict(list)
    for index, row in enumerate(pfr):
        pfr_by_season[row.season].append((index, row))
    for index, line in enumerate(weekly):
        weekly_by_season[line.season].append((index, line))
    matched: dict[int, int] = {}
    for season in sorted(pfr_by_season.keys() & weekly_by_season.keys()):
        taken: set[int] = set()
        for _, _, p_index, w_index in sorted(_season_pairs(pfr_by_season[season], weekly_by_season[season])):
            if p_index not in matched and w_index not in taken:
                matched[p_index] = w_index
                taken.add(w_index)
    return matched
