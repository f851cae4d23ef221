"""The stat catalogue: each league's stat groups and keys, and how every rate is derived from totals.

This is the public contract of the stat store (issue #2). Importers store only counting stats; every
rate is computed here from summed totals, never averaged, over the rows where its components were
recorded. A stat an era did not record is ``None``, never 0. Each league's groups and rates are
written in its module of :mod:`arena.stats.leagues`; this module reads them and computes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from arena.stats.leagues import LEAGUES, League, Rate, StatGroup, StatLine

__all__ = [
    "COUNTED_COMPETITIONS",
    "GROUPS",
    "League",
    "Rate",
    "StatGroup",
    "StatLine",
    "compute_rate",
    "compute_rates",
    "group",
    "groups_with_key",
    "season_label",
    "stat_line",
    "sum_counts",
]

# Views of the league registry (arena.stats.leagues), the one place each league's groups are written.
GROUPS: dict[League, dict[str, StatGroup]] = {
    league: {g.name: g for g in spec.groups} for league, spec in LEAGUES.items()
}
# Which recorded competitions count towards each league's figures (see each league's module for why).
COUNTED_COMPETITIONS: dict[League, frozenset[str]] = {
    league: spec.counted_competitions for league, spec in LEAGUES.items()
}


def group(league: League, name: str) -> StatGroup:
    """The stat group ``name`` of ``league``; raises :class:`KeyError` when unknown."""
    return GROUPS[league][name]


def groups_with_key(league: League, key: str) -> list[StatGroup]:
    return [g for g in GROUPS[league].values() if key in g.keys]


def season_label(league: League, season: int) -> str:
    """The season as fans write it: NBA and NHL seasons end in ``season`` (2016 -> "2015-16")."""
    if LEAGUES[league].season_ends_in_year:
        return f"{season - 1}-{season % 100:02d}"
    return str(season)


def sum_counts(rows: Iterable[Mapping[str, float | None]], keys: Iterable[str]) -> StatLine:
    """Add counting stats over rows, skipping unrecorded values; None where no row recorded the key."""
    rows = list(rows)
    totals: StatLine = {}
    for key in keys:
        values = [v for r in rows if (v := r.get(key)) is not None]
        totals[key] = float(sum(values)) if values else None
    return totals


def compute_rate(rate: Rate, rows: Iterable[Mapping[str, float | None]]) -> float | None:
    """``rate`` from totals over the rows where its required components were recorded (None: no such row)."""
    usable = [r for r in rows if None not in map(r.get, rate.required)]
    if not usable:
        return None
    comp: dict[str, float] = {}
    for k in rate.required + rate.optional:
        comp[k] = float(sum(v for r in usable if (v := r.get(k)) is not None))
    return rate.compute(comp)


def compute_rates(stat_group: StatGroup, rows: list[Mapping[str, float | None]]) -> StatLine:
    """Every rate of ``stat_group`` from totals, each over the rows where its components were recorded."""
    return {rate.key: compute_rate(rate, rows) for rate in stat_group.rates}


def stat_line(stat_group: StatGroup, rows: list[Mapping[str, float | None]]) -> StatLine:
    """Totals and rates of ``stat_group`` over ``rows`` (one season's row, or a career's)."""
    line = sum_counts(rows, stat_group.counts)
    line.update(compute_rates(stat_group, rows))
    return line
