"""Claims: each side's arguments, found where the measures put it ahead, worded from the facts.

A claim is made for a contender on a yardstick he leads (at the precision shown: equal displays are
no argument), ranked by strength: the margin over the next best and the weight of its criterion.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from random import Random
from typing import Any

from arena.debate.facts import (
    CAREER,
    SEASON,
    Fact,
    era_label,
    league_of,
    scope_bounds,
    split_stat,
    stat_label,
)
from arena.debate.measures import Measure
from arena.stats import League, season_label
from arena.stats.catalog import GROUPS


@dataclass
class Entry:
    """A contender (player or team season) with its measures, keyed by (criterion, key)."""

    id: str
    name: str
    league: League
    short: str = ""
    measures: dict[tuple[str, str], Measure] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.short = self.short or self.name


@dataclass(frozen=True)
class Claim:
    """One argument: who makes it, on which criterion, its sentence, evidence and strength (0 to 1)."""

    speaker_id: str
    criterion: str
    key: str
    kind: str
    text: str
    strength: float
    facts: tuple[Fact, ...]
    evidence: tuple[dict[str, Any], ...]
    margin: float


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def scope_phrase(fact: Fact) -> str:
    """How a fact's scope reads after a figure: "in his career", "from 2009-10 to 2014-15", "in 1995-96"."""
    league = league_of(fact.player_id)
    if fact.scope == SEASON and fact.season is not None:
        return f"in {season_label(league, fact.season)}"
    bounds = scope_bounds(fact.scope)
    if bounds is not None:
        return f"from {season_label(league, bounds[0])} to {season_label(league, bounds[1])}"
    return "over his career"


def fact_label(fact: Fact) -> str:
    """The human name of a fact's stat."""
    return stat_label(league_of(fact.player_id), fact.group, fact.stat)


def _base_label(fact: Fact) -> str:
    _, key = split_stat(fact.stat)
    return stat_label(league_of(fact.player_id), fact.group, key)


def _singular(label: str) -> str:
    head, _, tail = label.rpartition(" ")
    word = tail[:-3] + "y" if tail.endswith("ies") else tail.removesuffix("s")
    return f"{head} {word}".strip()


def _counted(fact: Fact, label: str) -> str:
    return f"{fact.display} {_singular(label) if fact.value == 1 else label}"


def _times(fact: Fact) -> str:
    if fact.value == 0:
        return "never"
    return "once" if fact.value == 1 else f"{fact.display} times"


def _season_of(fact: Fact) -> str:
    return season_label(league_of(fact.player_id), fact.season or 0)


def _rank_where(fact: Fact) -> str:
    league = league_of(fact.player_id).value.upper()
    base = _base_label(fact)
    if fact.scope == SEASON:
        return f"{league} {base} in {_season_of(fact)}"
    if fact.scope == CAREER:
        return f"{league} {base} all-time"
    return f"{league} {base} {scope_phrase(fact)}"


def _stretch_span(fact: Fact) -> str:
    bounds = scope_bounds(fact.scope)
    league = league_of(fact.player_id)
    return f"{season_label(league, bounds[0])} to {season_label(league, bounds[1])}" if bounds else ""


def _reads_as(m: Measure) -> str:
    """"count" (piled up 5,477 yards), "per_game" (averaged 30.1) or "rate" (an ERA of 2.21)."""
    _, key = split_stat(m.stat)
    stat_group = GROUPS[league_of(m.fact.player_id)].get(m.group)
    if stat_group is None or stat_group.rate(key) is None:
        return "count"
    return "per_game" if key.endswith("_per_game") else "rate"


class ClaimWriter:
    """Words claims; the phrasing varies with the debate's seed, the numbers never do."""

    def __init__(self, entries: Sequence[Entry], rng: Random) -> None:
        self.entries = {e.id: e for e in entries}
        self.rng = rng

    def _pick(self, *options: str) -> str:
        return options[self.rng.randrange(len(options))]

    def _league_finishes(self, m: Measure, who: str, rest: Sequence[tuple[str, Fact]]) -> str:
        """Seasons leading the league, in its top five, or the share of seasons in its top five; across
        sports each side's finish is told in its own league and stat."""
        a = m.fact
        cross = any((f.group, f.stat) != (a.group, a.stat) for _, f in rest)

        def where(fact: Fact) -> str:
            return f"the {league_of(fact.player_id).value.upper()}" if cross else "the league"

        def finish(name: str, fact: Fact, lead: bool) -> str:
            base = _base_label(fact)
            if m.kind == "led":
                if fact.value == 0:
                    return f"{name} never led {where(fact)} in {base}"
                return f"{name} led {where(fact)} in {base} {_times(fact)}"
            if m.kind == "share":
                return (f"{name} finished in {where(fact)}'s top five in {base} in {fact.display} of his "
                        f"seasons" if lead or cross else f"{name} in {fact.display}")
            return f"{name} finished in {where(fact)}'s top five in {base} {_times(fact)}"

        return "; ".join([finish(who, a, True), *(finish(n, f, False) for n, f in rest)]) + "."

    def sentence(self, m: Measure, leader: Entry, others: Sequence[tuple[Entry, Measure]]) -> str:
        a = m.fact
        who = leader.name
        rest = [(e.short, o.fact) for e, o in others]
        label = fact_label(a)
        kind = m.kind
        if kind == "total":
            tail = " and ".join(f"{possessive(n)} {f.display}" for n, f in rest)
            return self._pick(
                f"{who} piled up {a.display} {label} {scope_phrase(a)}, more than {tail}.",
                f"{who} has {a.display} {label} {scope_phrase(a)}, more than {tail}.",
            )
        if kind in ("seasons", "games"):
            noun = "seasons" if kind == "seasons" else "games"
            verb = "played" if kind == "seasons" else "appeared in"
            tail = " and ".join(f"{possessive(n)} {f.display}" for n, f in rest)
            return f"{who} {verb} {a.display} {noun}, more than {tail}."
        tail = " and ".join(f"{possessive(n)} {f.display}" for n, f in rest)
        if kind == "rate":
            if label.endswith("per game"):
                return self._pick(
                    f"{who} averaged {a.display} {label} {scope_phrase(a)}, ahead of {tail}.",
                    f"{possessive(who)} {a.display} {label} {scope_phrase(a)} tops {tail}.",
                )
            return self._pick(
                f"{possessive(who)} {label} of {a.display} {scope_phrase(a)} beats {tail}.",
                f"{who} owns the better {label} {scope_phrase(a)}: {a.display} to {tail}.",
            )
        if kind == "peak":
            their = " and ".join(f"{possessive(n)} best of {f.display} in {_season_of(f)}" for n, f in rest)
            reads = _reads_as(m)
            if reads == "rate":
                return (f"At his best, in {_season_of(a)}, {possessive(who)} {label} was {a.display}, "
                        f"better than {their}.")
            verb = "averaged" if reads == "per_game" else "put up"
            return self._pick(
                f"At his best, in {_season_of(a)}, {who} {verb} {a.display} {label}, better than {their}.",
                f"{possessive(who)} best season, {_season_of(a)}, brought {a.display} {label}, better than {their}.",
            )
        if kind == "stretch":
            their = " and ".join(f"{possessive(n)} best run of {f.display}" for n, f in rest)
            reads = _reads_as(m)
            what = (f"{who} put up {a.display} {label}" if reads == "count"
                    else f"{who} averaged {a.display} {label}" if reads == "per_game"
                    else f"{possessive(who)} {label} was {a.display}")
            return f"Over his best three-season stretch, {_stretch_span(a)}, {what}, better than {their}."
        if kind in ("led", "top5", "share"):
            return self._league_finishes(m, who, rest)
        if kind == "era":
            base = era_label(split_stat(a.stat)[1])
            return self._pick(
                f"Against the league's level each season, where 100 is average, {possessive(who)} {base} "
                f"rates {a.display}, ahead of {tail}.",
                f"Set against the league that season (100 is average), {possessive(who)} {base} comes out at "
                f"{a.display}, "
                f"better than {tail}.",
            )
        if kind == "era_peak":
            base = era_label(split_stat(a.stat)[1])
            their = " and ".join(f"{possessive(n)} peak of {f.display} in {_season_of(f)}" for n, f in rest)
            return (f"At his most dominant, in {_season_of(a)}, {possessive(who)} {base} ran at {a.display} "
                    f"against a league average of 100, better than {their}.")
        if kind == "rank":
            their = " and ".join(f"{n}, who ranked {f.display} in {_rank_where(f)}" for n, f in rest)
            return f"{who} ranked {a.display} in {_rank_where(a)}, ahead of {their}."
        if kind == "percentile":
            base = _base_label(a)
            their = "; ".join(f"{possessive(n)} best reached the {f.display}th percentile in "
                              f"{_base_label(f)} ({_season_of(f)})" for n, f in rest)
            return (f"{possessive(who)} best season, {_season_of(a)}, sat in the {a.display}th percentile of "
                    f"{league_of(a.player_id).value.upper()} players in {base}; {their}.")
        if kind == "awards":
            verb = "earned" if label.endswith(("selections", "selection")) else "won"
            if all(f.value == 0 for _, f in rest):
                names = " and ".join(n for n, _ in rest)
                return f"{who} {verb} {_counted(a, label)}; {names} {verb} none."
            return f"{who} {verb} {_counted(a, label)}, more than {tail}."
        if kind == "hall_of_fame":
            names = " and ".join(n for n, _ in rest)
            return f"{who} is in the Hall of Fame; {names} {'is' if len(rest) == 1 else 'are'} not."
        if kind == "team":
            if a.stat == "wins":
                return f"{who} won {a.display} games, more than {tail}."
            if a.stat == "win_pct":
                return f"{who} won at a {a.display} clip, better than {tail}."
            if a.stat == "mov":
                return f"{who} beat opponents by {a.display} points a game on average, better than {tail}."
            return f"{possessive(who)} {label} of {a.display} beats {tail}."
        return f"{possessive(who)} {label}: {a.display}, ahead of {tail}."


def _relative_margin(best: float, second: float, higher_is_better: bool) -> float:
    if higher_is_better:
        return (best - second) / abs(best) if best else 0.0
    return (second - best) / abs(second) if second else 0.0


def _evidence(leader: Entry, m: Measure, others: Sequence[tuple[Entry, Measure]]) -> tuple[dict[str, Any], ...]:
    items = []
    for entry, other in others:
        items.append({
            "player": leader.name, "player_id": leader.id, "stat": m.stat, "label": fact_label(m.fact),
            "scope": m.fact.scope, "season": m.fact.season, "value": m.value, "display": m.fact.display,
            "opponent": entry.name, "opponent_id": entry.id, "opponent_value": other.value,
            "opponent_display": other.fact.display, "opponent_season": other.fact.season,
        })
    return tuple(items)


def build_claims(entries: Sequence[Entry], weights: Mapping[str, float], rng: Random) -> dict[str, list[Claim]]:
    """Each contender's claims, strongest first."""
    writer = ClaimWriter(entries, rng)
    claims: dict[str, list[Claim]] = {e.id: [] for e in entries}
    top_weight = max(weights.values(), default=1.0) or 1.0
    keys = list(dict.fromkeys(k for e in entries for k in e.measures))
    seen: set[tuple[str, ...]] = set()
    for criterion, key in keys:
        holders = [(e, e.measures[criterion, key]) for e in entries if (criterion, key) in e.measures]
        if len(holders) < 2 or weights.get(criterion, 0.0) <= 0:
            continue
        better = holders[0][1].higher_is_better
        ordered = sorted(holders, key=lambda h: -h[1].value if better else h[1].value)
        (leader, best), (_, second) = ordered[0], ordered[1]
        if best.fact.display == second.fact.display or best.value == second.value:
            continue
        if best.kind in ("led", "top5", "awards", "hall_of_fame") and best.value == 0:
            continue
        others = ordered[1:3]
        signature = (leader.id, best.fact.stat, best.fact.scope, str(best.fact.season))
        if signature in seen:
            continue
        seen.add(signature)
        margin = _relative_margin(best.value, second.value, better)
        relevance = weights.get(criterion, 0.0) / top_weight
        strength = round(min(1.0, 0.15 + 0.55 * min(margin / 0.25, 1.0) + 0.3 * relevance) * best.weight ** 0.25,
                         3)
        facts = (best.fact, *best.context, *(o.fact for _, o in others))
        claims[leader.id].append(Claim(
            speaker_id=leader.id, criterion=criterion, key=key, kind=best.kind,
            text=writer.sentence(best, leader, others), strength=min(strength, 1.0), facts=facts,
            evidence=_evidence(leader, best, others), margin=margin,
        ))
    for items in claims.values():
        items.sort(key=lambda c: -c.strength)
    return claims
