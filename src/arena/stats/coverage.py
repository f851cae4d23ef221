"""What a career figure covers: the seasons whose rows lack it, and the known holes a career runs into.

A career rate or total over seasons with holes is labelled with the seasons it covers, never called a
career: John Brodie's passing yards cover 1970-1973 (his 1957-1969 seasons are in no source that covers
every player); Joe Montana's passer rating covers 1979-1991 (NFL.com's pages, the only source of his 1992-1994
completions, lack him); a goalie whose seasons reach 2017-18, where every NHL goalie source stops, has
"wins 2000-01 to 2017-18 (seasons after 2017-18 missing)".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from arena.stats.catalog import GROUPS, League, season_label
from arena.stats.leagues import KnownHole, league_spec
from arena.stats.model import CareerGap

__all__ = ["career_gaps", "describe_gap", "held_seasons", "leaders_note", "leaves_out_players", "names_no_leader"]

# (season, group, recorded stats) of one player's counted rows; a season may have several (AL and NL).
GroupRow = tuple[int, str, Mapping[str, float]]


def career_gaps(league: League, rows: Iterable[GroupRow], *, to_season: int | None = None) -> tuple[CareerGap, ...]:
    """The figures of each group the rows hold only in part, keys with the same seasons together.

    A known hole after a season counts when the group's last season is that season and the range asked
    for (``to_season``) goes past it.
    """
    recorded: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for season, group, stats in rows:
        recorded[group][season].update(stats)
    holes = league_spec(league).known_holes
    cut_off = {hole.group: hole.after for hole in holes if hole.group is not None and hole.after is not None}
    # Seasons of a group no source holds between two that do (NFL defense 2017-2023), by group.
    inside = {hole.group: range(hole.after + 1, hole.resumes) for hole in holes
              if hole.group is not None and hole.after is not None and hole.resumes is not None}
    starts: dict[str | None, set[int]] = defaultdict(set)
    for hole in holes:
        if hole.before is not None:
            starts[hole.group].add(hole.before)
    resumes = {hole.group: hole.resumes for hole in holes if hole.group is not None and hole.resumes is not None}
    first_season = min((s for by_season in recorded.values() for s in by_season), default=None)
    gaps: list[CareerGap] = []
    for name, stat_group in GROUPS[league].items():
        by_season = recorded.get(name)
        if not by_season:
            continue
        seasons = sorted(by_season)
        unheld = [s for s in inside.get(name, ()) if seasons[0] < s < seasons[-1]]
        after = cut_off.get(name)
        if after is None or seasons[-1] != after or (to_season is not None and to_season <= after):
            after = None
        # Not when he played earlier in another group; but a group first seen where its hole ends may have
        # begun inside it whatever else he played (Christian Wilkins' defense of 2019-2023).
        before = first_season if first_season in starts[name] | starts[None] else None
        if seasons[0] == resumes.get(name):
            before = seasons[0]
        keys_by_span: dict[tuple[int, ...], list[str]] = defaultdict(list)
        for key in stat_group.keys:
            rate = stat_group.rate(key)
            needed = rate.required if rate is not None else (key,)
            covered = tuple(s for s in seasons if all(k in by_season[s] for k in needed))
            if covered and (len(covered) < len(seasons) or unheld or after is not None or before is not None):
                keys_by_span[covered].append(key)
        for covered, keys in keys_by_span.items():
            missing = sorted({*unheld, *(s for s in seasons if s not in covered)})
            gaps.append(CareerGap(group=name, keys=tuple(keys), first_season=covered[0], last_season=covered[-1],
                                  missing=tuple(missing), missing_after=after,
                                  missing_before=before if covered[0] == before else None))
    return tuple(gaps)


def describe_gap(league: League, gap: CareerGap, key: str | None = None) -> str:
    """``"wins 2000-01 to 2017-18 (seasons after 2017-18 missing)"``, ``"passer rating 1979 to 1990
    (1992 to 1994 not recorded)"``: one figure of the gap, or all of them when ``key`` is None."""
    stat_group = GROUPS[league][gap.group]
    label = ", ".join(stat_group.label(k) for k in ((key,) if key is not None else gap.keys))
    reasons = []
    if gap.missing_before is not None:
        reasons.append(f"seasons before {season_label(league, gap.missing_before)} in no source")
    if gap.missing:
        reasons.append(f"{_seasons_text(league, gap.missing)} not recorded")
    if gap.missing_after is not None:
        reasons.append(f"seasons after {season_label(league, gap.missing_after)} missing")
    return f"{label} {_span(league, gap.first_season, gap.last_season)} ({'; '.join(reasons)})"


def held_seasons(league: League, gap: CareerGap) -> tuple[str, tuple[int, ...]] | None:
    """``"1984 to 1991 and 1999 to 2000; 1992 to 1998 not recorded"``: the seasons a figure of ``gap`` covers
    and those of the career it lacks, as a debate says them after the figure, with the seasons the words
    name; None when it lacks none inside the career (a known hole at its end is said apart, where the
    figures stop)."""
    if not gap.missing:
        return None
    covered = [s for s in range(gap.first_season, gap.last_season + 1) if s not in gap.missing]
    runs = _runs(covered) + _runs(gap.missing)
    held = [_span(league, run[0], run[-1]) for run in _runs(covered)]
    text = held[0] if len(held) == 1 else ", ".join(held[:-1]) + f" and {held[-1]}"
    named = tuple(sorted({season for run in runs for season in (run[0], run[-1])}))
    return f"{text}; {_seasons_text(league, gap.missing)} not recorded", named


def _span(league: League, first: int, last: int) -> str:
    """``1992 to 1994``, or ``1993`` for one season."""
    if first == last:
        return season_label(league, first)
    return f"{season_label(league, first)} to {season_label(league, last)}"


def _seasons_text(league: League, seasons: Iterable[int]) -> str:
    """Runs of consecutive seasons: "1992 to 1994, 1997"."""
    return ", ".join(_span(league, run[0], run[-1]) for run in _runs(seasons))


def _runs(seasons: Iterable[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for season in seasons:
        if runs and season == runs[-1][-1] + 1:
            runs[-1].append(season)
        else:
            runs.append([season])
    return runs


def leaders_note(league: League, group: str, from_season: int, to_season: int) -> str | None:
    """What a leaders list of ``group`` over the seasons lacks, from the league's known holes (None: it is
    the league's): NFL sacks come from NFL.com's pages, which lack Reggie White and Bruce Smith; a career
    list through 2024 lacks that season's NFL attempts and games."""
    spec = league_spec(league)
    players = _players_missing(league, group, from_season, to_season)
    figures = [hole.text for hole in spec.known_holes if hole.text not in players
               and any(from_season <= season <= to_season for season in hole.partial_seasons)]
    notes = []
    if players:
        notes.append("Leaders among the players the sources cover, not the whole league; missing: "
                     + "; ".join(players) + ".")
    if figures:
        notes.append("Figures over the seasons the sources hold; missing: " + "; ".join(figures) + ".")
    return " ".join(notes) or None


def leaves_out_players(league: League, group: str, from_season: int, to_season: int) -> bool:
    """Whether a leaders list of ``group`` over the seasons lacks some of the league's players (the NFL's
    sacks of 1987 lack Reggie White's 21), so its top is the top of the players held, not the league's."""
    return bool(_players_missing(league, group, from_season, to_season))


def names_no_leader(league: League, group: str, season: int) -> bool:
    """Whether a season's list of ``group`` holds too few of its players for anyone to be said to have led
    it: a season before the sources cover every player (the NFL's before 1970 hold only the players
    NFL.com's pages cover, and the AFL's 1960-1969 seasons beside the NFL's: Jim Brown's 1961 rushing
    title and Sonny Jurgensen's 31 touchdown passes of 1967 are in no file, and Jim Taylor and the AFL's
    Daryle Lamonica were named), or one after a group's seasons stop (NHL goalies after 2017-18). A list
    that lacks only some players (the NFL's sacks, from NFL.com's pages) is still shown, with
    :func:`leaders_note` saying whom it lacks."""
    return any((hole.partial_before is not None and season < hole.partial_before)
               or (hole.group == group and _in_hole(hole, season, season))
               for hole in league_spec(league).known_holes)


def leaves_rate_unranked(league: League, stat: str, season: int) -> bool:
    """Whether a known hole can leave a season's leader of the rate ``stat`` unnamed: a qualified player
    lacks one of its figures and could have led (the NFL's 1994 completion percentage, where Warren Moon's
    completions are in no source), so an empty list means the leader is unknown, not that no one qualified."""
    return any(stat in hole.unranked_rates and season in hole.unranked_seasons
               for hole in league_spec(league).known_holes)


def _players_missing(league: League, group: str, from_season: int, to_season: int) -> list[str]:
    """The known holes that leave players out of a leaders list of ``group`` over the seasons."""
    return [hole.text for hole in league_spec(league).known_holes
            if (group in hole.partial_groups
                and (hole.partial_groups_through is None or from_season <= hole.partial_groups_through))
            or (hole.partial_before is not None and from_season < hole.partial_before)
            or (hole.group == group and _in_hole(hole, from_season, to_season))]


def _in_hole(hole: KnownHole, from_season: int, to_season: int) -> bool:
    """Whether the seasons reach into a group's hole: after ``hole.after``, and before ``hole.resumes``."""
    return (hole.after is not None and to_season > hole.after
            and (hole.resumes is None or from_season < hole.resumes))
