"""The verdict: a scorecard by criterion, weighted into a winner, a confidence, and what would flip it.

Each measure scores every contender against the best value among them (1 for the best, less as they
fall short). A count of awards or titles is scored by the ones a side lacks against the larger of the best
count and ``SMALL_COUNT`` (3): one MVP (or ring) to none is 1 to 0.67 and two to none 1 to 0.33, where a
plain ratio would make a single vote a whole point and let it decide a debate, while seven to two is the
plain 1 to 0.29. A criterion is the weighted mean of its measures, and its leader the side ahead on it by
more than a hair; a criterion scored on one count alone (a total, a number of titles) has no hair: 180
strikeouts to 179 is a lead, as the record books list it. The verdict follows the scorecard:

1. A side leading criteria that carry more than two-thirds of the weight (of the criteria with figures
   every side shares) wins, whatever the other side's margins. Where several sides tie at the top of one
   such criterion, the call is made among them alone (rules 2 and 3).
2. Otherwise the weighted mean of the criteria scores decides.
3. When those scores are level (within ``TIE_MARGIN``), the side leading more of the weight takes it,
   then the side leading more criteria; only a scorecard that is even on both counts is a tie.

The summary names the deciding criteria: the ones the winner leads, heaviest first.

Confidence is a stated function of the weighted margin ``m`` (the winner's weighted score minus the best
rival's, 0 when negative) and the number of measures compared ``n``::

    confidence = 0.5 + 0.49 * tanh(m / 0.15) * n / (n + 4)

where a measure counts only if it carries weight (one shown but not scored is no evidence), rounded to two
places: 0.5 is a coin flip (a tie, or a margin of nothing), a margin of a few hundredths
stays near 0.5 ("by a whisker"), and few measures hold it down (two measures reach at most a third of the
way to certainty). A named winner is never a coin flip: where rule 1 or 3 names him on a weighted margin of
nothing (his rival's edges are wider but fewer), his confidence is ``MIN_CALLED`` (0.51), "by a whisker".
Where a known hole in every source cuts a side's figures short of his career (NHL goalies after 2017-18),
the call is on the seasons the figures cover, and what lies past them could turn it: the confidence's distance
from a coin flip is multiplied by the share ``c`` of the seasons compared that the figures cover, taken for
the side with the least covered (0.5 + (confidence - 0.5) * c): Andrei Vasilevskiy's 4 covered seasons of up
to 11 leave a call on them far short of the same margin over whole careers.
It is absent (None) when there is no debate to judge: fewer than two contenders with figures, or no
criterion with figures every side shares.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from arena.debate.claims import Entry, ends_sentence, possessive
from arena.debate.errors import InvalidCriteria
from arena.debate.facts import bare_display
from arena.debate.measures import (
    ACCOLADES,
    DOMINANCE,
    EFFICIENCY,
    ERA,
    FOCUS,
    LONGEVITY,
    PEAK,
    PRODUCTION,
    RECORD,
    edge_scale,
)
from arena.debate.model import ScoreLine, Verdict
from arena.errors import echo

CRITERIA: dict[str, str] = {
    PRODUCTION: "production", PEAK: "peak", LONGEVITY: "longevity", EFFICIENCY: "efficiency",
    ACCOLADES: "accolades", ERA: "era dominance", FOCUS: "the stat in question",
    RECORD: "record", DOMINANCE: "margin of dominance",
}
_ALIASES = {
    "era": ERA, "era-dominance": ERA, "dominance_vs_era": ERA, "focus": FOCUS, "stat": FOCUS,
    "stat-focus": FOCUS, "volume": PRODUCTION, "totals": PRODUCTION, "awards": ACCOLADES, "honours": ACCOLADES,
    "honors": ACCOLADES, "durability": LONGEVITY, "prime": PEAK, "margin": DOMINANCE, "wins": RECORD,
}
DEFAULT_WEIGHTS: dict[str, float] = {
    PRODUCTION: 1.0, PEAK: 1.5, LONGEVITY: 1.0, EFFICIENCY: 1.0, ACCOLADES: 1.25, ERA: 1.5, FOCUS: 2.0,
    RECORD: 1.0, DOMINANCE: 1.5,
}
# A question about primes ("at their peak") counts the peak and era figures more, and staying power less.
PEAK_SCOPE_WEIGHTS: dict[str, float] = {**DEFAULT_WEIGHTS, PEAK: 3.0, ERA: 2.0, LONGEVITY: 0.25, PRODUCTION: 0.5}
# A question that asks who has more of one thing (rings, titles, MVPs, home runs) is answered by that count:
# the stat in question carries more than two-thirds of a player debate's weight (15 against the other
# criteria's 7.25), so its leader wins (see SWEEP_SHARE).
ASKED_SCOPE_WEIGHTS: dict[str, float] = {**DEFAULT_WEIGHTS, FOCUS: 15.0}
# A question about one role ("as a goal scorer", "the better rebounder") is judged on the role's measures
# first: they carry nearly two-thirds of the weight (12 against the other criteria's 6.25), so the role's
# leader wins when he leads anything else too, and otherwise only a near-even role loses to the rest of the
# game. Accolades are mostly for other parts of the game (an MVP, a Hart Trophy), so they weigh little; the
# role's own honours (seasons leading the league in its stat) are among its measures.
ROLE_SCOPE_WEIGHTS: dict[str, float] = {**DEFAULT_WEIGHTS, FOCUS: 12.0, ACCOLADES: 0.25}

TIE_MARGIN = 0.01
# Weights are relative, so a bound costs nothing, and it keeps their sums and products finite.
MAX_WEIGHT = 100.0
CRITERION_TIE_MARGIN = 0.005
# The kinds of measure that are counts: a criterion scored on one of them alone has no tie margin.
COUNT_KINDS = frozenset({"total", "seasons", "games", "led", "awards", "titles"})
# Leading criteria with more than this share of the weight wins the debate outright.
SWEEP_SHARE = 2 / 3
# How many measures it takes to trust a margin halfway: n / (n + MEASURES_HALF_TRUST).
MEASURES_HALF_TRUST = 4
# The least confidence a named winner is given: a call, however narrow, is not a coin flip (0.5).
MIN_CALLED = 0.51


def criterion_name(text: str) -> str:
    """The criterion ``text`` names ("era" -> "era_dominance"); raises :class:`InvalidCriteria`."""
    name = text.strip().lower().replace(" ", "_")
    name = _ALIASES.get(name, _ALIASES.get(name.replace("_", "-"), name))
    if name not in CRITERIA:
        raise InvalidCriteria(f"unknown criterion {echo(text.strip())}; choose from {', '.join(CRITERIA)}")
    return name


def parse_criteria(text: str) -> dict[str, float]:
    """``"peak,efficiency"`` (equal weights) or ``"peak=2,efficiency=1"`` into weights by criterion."""
    weights: dict[str, float] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        name, sep, weight = part.replace(":", "=").partition("=")
        try:
            value = float(weight) if sep else 1.0
        except ValueError:
            raise InvalidCriteria(f"criterion weight {weight.strip()!r} is not a number") from None
        weights[criterion_name(name)] = value
    if not weights:
        raise InvalidCriteria("no criteria given")
    return resolve_weights(weights)


def resolve_weights(requested: Mapping[str, float] | None, *, peak_scope: bool = False,
                    asked_scope: bool = False, role_scope: bool = False) -> dict[str, float]:
    """The weights a debate uses: the requested ones (others count zero) or the defaults (for a question
    about primes, asking who has more of one thing, or about one role, their own)."""
    if not requested:
        if asked_scope:
            return dict(ASKED_SCOPE_WEIGHTS)
        if role_scope:
            return dict(ROLE_SCOPE_WEIGHTS)
        return dict(PEAK_SCOPE_WEIGHTS if peak_scope else DEFAULT_WEIGHTS)
    weights = {criterion_name(name): float(w) for name, w in requested.items()}
    for name, w in weights.items():
        if not math.isfinite(w) or not 0 <= w <= MAX_WEIGHT:
            raise InvalidCriteria(f"weight of {name} must be a number from 0 to {MAX_WEIGHT:g}, not {w}")
    if not any(weights.values()):
        raise InvalidCriteria("at least one criterion needs a weight above zero")
    return {name: weights.get(name, 0.0) for name in CRITERIA}


def _measure_scores(entries: Sequence[Entry], criterion: str) -> tuple[dict[str, float], int, bool]:
    """Each side's score on ``criterion``, the number of measures scored, and whether the score is one count
    alone (a total, not a rate or a blend of figures), where any difference shown is a lead."""
    keys = [k for (c, k) in entries[0].measures if c == criterion
            and all((c, k) in e.measures for e in entries[1:])]
    totals = dict.fromkeys((e.id for e in entries), 0.0)
    weight_sum = 0.0
    used = 0
    kinds: set[str] = set()
    for key in keys:
        measures = [e.measures[criterion, key] for e in entries]
        values = [m.value for m in measures]
        higher = measures[0].higher_is_better
        depth = measures[0].depth
        if len({bare_display(m.fact) for m in measures}) == 1:
            # A difference too small to show is no edge: two cornerbacks' 0.0 sacks a game score level, not
            # 0.014 to 0.005 read as a ratio of three to one.
            values = [1.0] * len(values)
        elif depth is not None:  # a rank: places from the leaderboard's end
            values, higher = [depth + 1 - v for v in values], True
        if higher:
            best = max(values)
            if best <= 0:
                continue
            # A count of awards or titles: each one short costs a share of the best count, or of SMALL_COUNT
            # when that is more, so one vote (an MVP to none) is not a whole point; from three on, the ratio.
            scale = edge_scale(measures[0].kind, best)
            scores = [max(1.0 - (best - max(v, 0.0)) / scale, 0.0) for v in values]
        else:
            best = min(values)
            if best <= 0:
                continue
            scores = [best / v for v in values]
        weight = measures[0].weight
        if not weight:  # shown but not scored (a raw rate across eras, a reliever's workload): no evidence
            continue
        used += 1
        kinds.add(measures[0].kind)
        weight_sum += weight
        for entry, score in zip(entries, scores, strict=True):
            totals[entry.id] += weight * score
    if not weight_sum:
        return {}, 0, False
    return {k: v / weight_sum for k, v in totals.items()}, used, used == 1 and kinds <= COUNT_KINDS


def _leader(scores: Mapping[str, float], tie_margin: float) -> tuple[str | None, float]:
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if len(ranked) < 2:
        return (ranked[0][0] if ranked else None), 0.0
    margin = ranked[0][1] - ranked[1][1]
    return (ranked[0][0] if margin >= tie_margin and margin > 0 else None), margin


def _overall(lines: Sequence[ScoreLine], weights: Mapping[str, float], ids: Sequence[str],
             names: Mapping[str, str]) -> dict[str, float]:
    total = sum(weights.get(line.criterion, 0.0) for line in lines)
    if not total:
        return {}
    return {i: sum(weights.get(line.criterion, 0.0) * line.scores[names[i]] for line in lines) / total
            for i in ids}


def confidence_from(margin: float, measures: int, covered: float = 1.0) -> float:
    """0.5 at no margin, towards 0.99 as the weighted margin passes about a quarter over many measures, held
    towards 0.5 by the share of the seasons compared that the figures cover (``covered``)."""
    trust = measures / (measures + MEASURES_HALF_TRUST) if measures > 0 else 0.0
    return round(0.5 + 0.49 * math.tanh(max(margin, 0.0) / 0.15) * trust * min(max(covered, 0.0), 1.0), 2)


def _no_verdict(lines: list[ScoreLine], weights: Mapping[str, float], summary: str) -> Verdict:
    return Verdict(winner=None, confidence=None, scorecard=lines, weights=dict(weights), summary=summary)


def _call(lines: Sequence[ScoreLine], weights: Mapping[str, float], overall: Mapping[str, float],
          names: Mapping[str, str]) -> tuple[str | None, str]:
    """The winner (None: a tie) and the rule that decided: "sweep", "score", "criteria" or "tie"."""
    counted = [(line, w) for line in lines if (w := weights.get(line.criterion, 0.0)) > 0]
    total = sum(w for _, w in counted)
    ids = _sharing_the_top(counted, total, list(overall), names)
    led = {i: sum(w for line, w in counted if line.leader_id == i) for i in ids}
    sweeping = [i for i in ids if led[i] > SWEEP_SHARE * total]
    if sweeping:
        return sweeping[0], "sweep"
    winner, _ = _leader({i: overall[i] for i in ids}, TIE_MARGIN)
    if winner is not None:
        return winner, "score"
    led_count = {i: sum(1 for line, _ in counted if line.leader_id == i) for i in ids}
    ranked = sorted(ids, key=lambda i: (-led[i], -led_count[i]))
    first, second = ranked[0], ranked[1]
    if (led[first], led_count[first]) != (led[second], led_count[second]):
        return first, "criteria"
    return None, "tie"


def _sharing_the_top(counted: Sequence[tuple[ScoreLine, float]], total: float, ids: list[str],
                     names: Mapping[str, str]) -> list[str]:
    """The sides that can win: where a criterion outweighs the rest more than twice over and several sides
    tie at its top ("most sacks in 1987": Tippett and Dent at 12.5, Taylor at 12), only they; the rest of
    the scorecard chooses among them, never hands the call to a side the deciding criterion puts behind."""
    for line, weight in counted:
        if weight > SWEEP_SHARE * total and line.leader_id is None:
            top = max(line.scores[names[i]] for i in ids)
            return [i for i in ids if line.scores[names[i]] >= top - CRITERION_TIE_MARGIN]
    return ids


def even_decider(counted: Sequence[tuple[ScoreLine, float]]) -> ScoreLine | None:
    """The criterion that outweighs the rest more than twice over where no side leads it, if any."""
    total = sum(w for _, w in counted)
    return next((line for line, w in counted if w > SWEEP_SHARE * total and line.leader_id is None), None)


def decide(entries: Sequence[Entry], weights: Mapping[str, float], *, covered: float = 1.0,
           argued: Mapping[str, Sequence[str]] | None = None) -> Verdict:
    """Score ``entries`` (contenders with data) under ``weights``; ``covered`` (0 to 1): the least share of a
    side's seasons compared that his figures cover, which holds the confidence towards a coin flip;
    ``argued``: per side, the criteria his case argued an edge on, which the summary does not deny him."""
    if len(entries) < 2:
        return _no_verdict([], weights, "There is nothing to set side by side, so there is no verdict.")
    names = {e.id: e.name for e in entries}
    lines: list[ScoreLine] = []
    for criterion, label in CRITERIA.items():
        weight = weights.get(criterion, 0.0)
        scores, used, one_count = _measure_scores(entries, criterion)
        if not used:
            continue
        # A count scored alone leads by any difference it shows (180 strikeouts to 179 is a lead: equal
        # displays already score level); the margin of a hair is for rates and blends of several figures.
        leader, margin = _leader(scores, 0.0 if one_count else CRITERION_TIE_MARGIN)
        lines.append(ScoreLine(
            criterion=criterion, label=label, weight=weight, leader=names[leader] if leader else None,
            leader_id=leader, scores={names[i]: round(s, 3) for i, s in scores.items()},
            margin=round(margin, 3), measures=used,
        ))
    counted = [line for line in lines if line.weight > 0]
    overall = _overall(counted, weights, list(names), names)
    if not overall:
        return _no_verdict(lines, weights, "None of the chosen criteria has figures every side shares, so there "
                                           "is no verdict.")
    winner, rule = _call(counted, weights, overall, names)
    measures = sum(line.measures for line in counted)
    if winner is None:
        confidence = 0.5
    else:
        rival = max(score for i, score in overall.items() if i != winner)
        confidence = max(confidence_from(overall[winner] - rival, measures, covered), MIN_CALLED)
    flip = _what_would_flip(lines, weights, names, winner, overall)
    weighed = [(line, line.weight) for line in counted]
    level = [names[i] for i in _sharing_the_top(weighed, sum(w for _, w in weighed), list(names), names)]
    summary = _summary(names, winner, rule, confidence, counted, level, argued or {})
    even = even_decider(weighed)
    if winner is not None and even is not None and len(level) == len(names):
        # "Who has more MVPs": Bird and Magic have three each. The question's own count is no edge, so the
        # call is the rest of the scorecard's, and says so before it names a winner.
        summary = f"On {even.label} they are level, so the rest decides: {summary}"
    return Verdict(winner=names[winner] if winner else None, winner_id=winner, confidence=confidence,
                   scorecard=lines, summary=summary, flip=flip, weights=dict(weights))


_MODEST = 0.6  # the confidence below which a win is "by a whisker"


def strength_words(confidence: float) -> str:
    if confidence >= 0.9:
        return "decisively"
    if confidence >= 0.75:
        return "with a clear edge"
    if confidence >= _MODEST:
        return "with a real but modest edge"
    return "by a whisker"


def _join(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _labels_led(lines: Sequence[ScoreLine], contender: str) -> list[str]:
    """The criteria ``contender`` leads, heaviest first."""
    return [line.label for line in sorted(lines, key=lambda line: -line.weight) if line.leader_id == contender]


def _summary(names: Mapping[str, str], winner: str | None, rule: str, confidence: float,
             lines: Sequence[ScoreLine], level: Sequence[str], argued: Mapping[str, Sequence[str]]) -> str:
    """``level``: the sides the call was made among (those sharing the top of a deciding criterion);
    ``argued``: the criteria each side's case argued an edge on (see :func:`decide`)."""
    if winner is None:
        if len(level) < len(names):
            return f"On these numbers {_join(level)} are tied: neither one's edges outweigh the other's."
        return "On these numbers it is a tie: neither side's edges outweigh the other's."
    won = _labels_led(lines, winner)
    rivals = [(names[i], labels) for i in names if i != winner and (labels := _labels_led(lines, i))]
    against = "; ".join(f"{name} leads {_join(labels)}" for name, labels in rivals)
    strength = strength_words(confidence)
    if rule == "sweep":
        # "twice over", not "two-thirds": a number word would have to be a fact. Edges that are all narrow
        # are said to be narrow, not "a whisker" beside "twice over".
        how = (f" {strength}" if confidence >= _MODEST else "", "" if confidence >= _MODEST
               else ", though by narrow margins")
        if not rivals:
            # Leading every criterion anyone leads, there is no "rest" for them to outweigh: Paul over Parker
            # in 2011-12 led all four, and "criteria that outweigh the rest" read as if Parker led some.
            others = [i for i in names if i != winner]
            nobody = f"{names[others[0]]} leads none" if len(others) == 1 else "no one else leads any"
            if len(others) == 1 and (edges := argued.get(others[0])):
                # Anthony argued his scoring title's points per game (era dominance), which Durant's true
                # shooting outweighs within it: "leads none" bare would deny the edge his case just made.
                criteria = list(dict.fromkeys(edges))
                nobody = (f"{names[others[0]]}'s edges in {_join(criteria)} are outweighed within "
                          f"{'it' if len(criteria) == 1 else 'them'}, so he leads no criterion as a whole")
            return f"{names[winner]} wins{how[0]}, leading {_join(won)}; {nobody}{how[1]}."
        outweigh = "criteria that outweigh" if len(won) > 1 else "a criterion that outweighs"
        return (f"{names[winner]} wins{how[0]}, leading {_join(won)}: {outweigh} the rest more "
                f"than twice over{how[1]}." + (f" Against that, {against}." if against else ""))
    if rule == "criteria":
        verb = "carry" if len(won) > 1 else "carries"
        return (f"{names[winner]} wins {strength}: the weighted scores are level, and {_join(won)} {verb} more "
                f"of the weight than the criteria the other side leads" + (f" ({against})." if against else "."))
    deciding = f", decided by {_join(won)}" if won else ""
    def weight_led(i: str) -> float:
        return sum(line.weight for line in lines if line.leader_id == i)

    if won and len(rivals) == 1 and weight_led(next(i for i in names if i != winner)) > weight_led(winner):
        # Rodgers leads production and longevity (weight 2), Young accolades and era dominance (2.75): a
        # scorecard of leaders and weights reads as Young's, so the call says it rests on the size of the edges.
        edges = "edge in {} is the wider one" if len(won) == 1 else "edges in {} are the wider ones"
        return (f"{names[winner]} wins {strength} on the weighted scores: {against}, the heavier criteria, yet "
                f"{possessive(names[winner])} {edges.format(_join(won))}.")
    return (f"{names[winner]} wins {strength} on the weighted scores{deciding}"
            + (f"; against that, {against}." if against else "."))


def _what_would_flip(lines: Sequence[ScoreLine], weights: Mapping[str, float], names: Mapping[str, str],
                     winner: str | None, overall: Mapping[str, float]) -> str | None:
    # The rival closest on the scores that leads a criterion: in a debate of three or more the runner-up may
    # lead none while the fourth man leads accolades, and "leads or ties every one" would then be false.
    rivals = sorted((i for i in overall if i != winner), key=lambda i: -overall[i])
    challenger = next((i for i in rivals if any(line.leader_id == i for line in lines)), rivals[0])
    strong = [line for line in lines if line.leader_id == challenger]
    if not strong:
        return (f"Nothing in these criteria flips it: {names[winner]} leads or ties every one."
                if winner else None)
    labels = _join([line.label for line in strong])
    for factor, words in ((2.0, f"Give {labels} double weight"), (4.0, f"Make {labels} what matters most"),
                          (1e6, f"Judge on {labels} alone")):
        boosted = {c: w * factor if any(c == line.criterion for line in strong) else w for c, w in weights.items()}
        if factor == 1e6:
            boosted = {c: (1.0 if any(c == line.criterion for line in strong) else 0.0) for c in weights}
        flipped, _ = _call(lines, boosted, _overall(lines, boosted, list(names), names), names)
        if flipped == challenger:
            return ends_sentence(f"{words} and the call goes to {names[challenger]}")
    return (f"Even judged on {labels} alone, {names[winner]} stays ahead." if winner
            else f"{names[challenger]} would need a clearer lead in {labels}.")
