"""The NFL counting stats every source is read into, and how two sources' figures compare."""

from __future__ import annotations

from arena.stats.catalog import GROUPS, League

Stats = dict[str, float | None]

# Games are per season, not per group; every other counting key of the catalogue is read from sources.
GAME_KEYS = ("games", "games_started")
# The offensive stats, which every source carries; defense and kicking come from NFL.com's pages (to 2016)
# and Fantasy.NFL.com's 2024 totals alone.
OFFENSE_GROUPS = ("passing", "rushing", "receiving")
STAT_KEYS: tuple[str, ...] = tuple(
    dict.fromkeys(k for g in OFFENSE_GROUPS for k in GROUPS[League.NFL][g].counts if k not in GAME_KEYS)
)
ALL_STAT_KEYS: tuple[str, ...] = tuple(
    dict.fromkeys(k for g in GROUPS[League.NFL].values() for k in g.counts if k not in GAME_KEYS)
)
YARD_KEYS = ("passing_yards", "rushing_yards", "receiving_yards")
_ACTIVITY_KEYS = {
    name: tuple(k for k in group.counts if k not in GAME_KEYS) for name, group in GROUPS[League.NFL].items()
}

# Two sources this close on yardage cover the same games, so nflverse may fill a stat PFR lacks.
# 1999-2000 play-by-play misses whole drives; its completions would not belong with official attempts.
CONSISTENT_GAP = 0.02
# A count that is part of another (completions of attempts) joins an official row only from a source that
# counted the same plays: where nflverse's attempts equal the official ones, its completions matched
# NFL.com's official completions in all 730 seasons of 10+ attempts both list (1999-2016); where they
# differed, by as little as one, the completions differed in 71 of 84. Elvis Grbac 1999: 293 of 494 in
# play-by-play, 294 of 499 officially, so 293 of 499 would be a figure no record book holds.
PART_OF = {"completions": "attempts"}


def active_groups(stats: Stats) -> list[str]:
    """Groups in which the season shows activity: a QB with 2 carries rushes, a WR who never threw
    does not pass."""
    return [name for name, keys in _ACTIVITY_KEYS.items() if any(stats.get(k) for k in keys)]


def fillable(official: Stats, source: Stats, keys: tuple[str, ...]) -> tuple[str, ...]:
    """The ``keys`` ``source`` may fill in ``official``: a part (completions) only where both counted the
    same whole (attempts)."""
    return tuple(k for k in keys if k not in PART_OF or official.get(PART_OF[k]) == source.get(PART_OF[k]))


def yard_gap(a: Stats, b: Stats) -> float:
    """How far apart two sources' passing, rushing and receiving yards are, relative to the larger
    total (plus 50 yards, so a 2-yard gap on 10 yards is not a big one)."""
    distance = sum(abs((a.get(k) or 0.0) - (b.get(k) or 0.0)) for k in YARD_KEYS)
    total = max(sum(abs(a.get(k) or 0.0) for k in YARD_KEYS), sum(abs(b.get(k) or 0.0) for k in YARD_KEYS))
    return distance / (total + 50.0)
