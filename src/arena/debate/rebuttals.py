"""Rebuttals: each side takes the opponent's strongest claim against it and answers it with a number.

The claim answered is the strongest one made against the side (one on the stat the question asks about
first). The answers a fan would give, tried in this order, each naming the claim's figure and the
figures that answer it:

- rate against total: a volume lead that took more games is answered per game;
- total against rate: a rate or a best season is answered with the volume or the games behind it (games
  only when clearly more);
- sample size: a best season played in fewer games than the answering side's best, or a reliever's rate
  taken over less than half a starter's innings;
- era: a raw figure is answered with the same stat set against the league of its day;
- prime: one great season is answered with a better three-season stretch;
- a counter-claim: the side's own strongest unused edge over that opponent, saying on which criterion; said
  to be the wider one, or to outweigh the claim, only when it is (a count of one more never is);
- fresh: every claimed edge argued already, any yardstick the side leads him on that nobody has argued yet;
- restated: nothing new left, the side's heaviest edge over him is set against the claim again, said as a
  sentence that says it was argued before;
- closest: no claimed edge over him, the side answers with any yardstick it leads him on, else concedes
  with where it comes closest.

Only a side with no figure at all says it cannot answer. No sentence is stock: every one names a player and
a figure.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from arena.debate.claims import (
    Claim,
    ClaimWriter,
    Entry,
    after_colon,
    closest_ground,
    counted_label,
    fact_label,
    percentile_place,
    possessive,
    rank_shared,
    share_counts,
    so_far,
)
from arena.debate.facts import CAREER, Fact, bare_display, league_of, split_stat
from arena.debate.measures import FOCUS, WORKLOAD, WORKLOAD_SHARE, Measure, said_as
from arena.debate.titles import round_record
from arena.debate.verdict import CRITERIA
from arena.stats import GROUPS, season_label


@dataclass(frozen=True)
class Rebuttal:
    speaker_id: str
    answers: Claim | None
    text: str
    facts: tuple[Fact, ...]


def _measure(entry: Entry, key: str) -> Measure | None:
    for (_, k), m in entry.measures.items():
        if k == key:
            return m
    return None


def _leads(mine: Measure | None, theirs: Measure | None) -> bool:
    if mine is None or theirs is None or bare_display(mine.fact) == bare_display(theirs.fact):
        return False
    return mine.value > theirs.value if mine.higher_is_better else mine.value < theirs.value


def _figure(kind: str, fact: Fact, measure: Measure | None = None) -> str:
    """``fact`` as an edge names it; ``measure``: its owner's measure, whose context says a rank was shared."""
    if kind in ("peak", "era_peak", "percentile") and fact.season is not None:
        return f"{fact.display} in {season_label(league_of(fact.player_id), fact.season)}"
    if kind == "share" and measure is not None:
        return fact.display + share_counts(measure.context)
    if kind == "rank" and measure is not None and rank_shared(measure.context):
        # "2nd to Ovechkin's 3rd (tied)": the tie the case named is not dropped when the edge is answered.
        return f"{fact.display} (tied)"
    return fact.display


def _placed_in(percentile: Fact) -> str:
    return f"{percentile_place(percentile)} in {season_label(league_of(percentile.player_id), percentile.season or 0)}"


def claim_edge(claim: Claim, them: Entry, me: Entry) -> str:
    """The claim as its answer names it: "Jordan's edge in MVP awards, 5 to James' 4" (each figure after
    its owner's name)."""
    theirs, *mine = _claim_facts(claim, me)
    if claim.kind == "hall_of_fame":
        return f"{possessive(them.short)} place in the Hall of Fame, where {me.short} is not"
    if claim.kind == "percentile" and mine:
        # Each side's best season among his own position's players: "first in receiving yards in 1986 to
        # Montana's 98.9th percentile in passing yards in 1982", each figure with its stat.
        return (f"{possessive(them.short)} edge in best seasons against the league, {_placed_in(theirs)} to "
                f"{possessive(me.short)} {_placed_in(mine[0]).removeprefix('the ')}")
    label = fact_label(theirs)
    what = {"peak": f"best-season {label}", "era_peak": f"best-season {label}",
            "stretch": f"best three-season {label}"}.get(claim.kind, label)
    # The answering side's count is his "so far" while his career goes on; the edge's own figure, the larger,
    # needs no such word ("James' edge in points, 42,184 to Jordan's 32,292").
    measured = (claim.criterion, claim.key)
    edge = f"{possessive(them.short)} edge in {what}, {_figure(claim.kind, theirs, them.measures.get(measured))}"
    for fact in mine:
        # Across sports the answering side's figure is of his own league's stat or award.
        own = fact_label(fact)
        said = (counted_label(fact, own) if own != label and claim.kind in _COUNTED
                else _figure(claim.kind, fact, me.measures.get(measured)) + so_far(fact, me.active))
        edge += f" to {possessive(me.short)} {said}" + (f" {own}" if own != label and claim.kind not in _COUNTED
                                                         else "")
    return edge


def _claim_facts(claim: Claim, me: Entry) -> tuple[Fact, ...]:
    """The claim's figure and the answering side's figure of the same stat, as :func:`claim_edge` says them."""
    mine = [f for f in claim.facts[1:] if f.player_id == me.id]
    return (claim.facts[0], *mine[:1])


def _same_league_and_years(facts: Sequence[Fact]) -> bool:
    """Whether the figures compared come from one league's same seasons (Harden's 2,023 points of 2012-13
    against Anthony's 1,920): no league average of their day tells them apart, so "raw figures, each from
    its own league and years" would be false, and their multiples of the one average only restate them."""
    return (len(facts) > 1 and len({league_of(f.player_id) for f in facts}) == 1
            and len({(f.scope, f.season) for f in facts}) == 1 and facts[0].scope != CAREER)


# The measures an answer may name as an edge: figures with a plain comparison (not a rank or a flag).
_EDGE_KINDS = frozenset({"total", "rate", "seasons", "games", "era", "led", "top5", "share", "awards", "titles"})


_COUNTED = frozenset({"awards", "titles", "led", "top5", "hall_of_fame"})


def _gap(claim: Claim, rival: Entry) -> float:
    """How many more the claim's owner has than ``rival`` (a count's edge)."""
    return next((ev["value"] - ev["opponent_value"] for ev in claim.evidence if ev["opponent_id"] == rival.id), 0.0)


def _fewer(own: Claim, claim: Claim, them: Entry, me: Entry) -> bool:
    """Whether a counted edge is too few to call wider, however its ratio reads: one more (an All-Defensive
    selection to none) never is, nor a gap no bigger than the claim's count gap (one batting title to none
    against three MVP awards to one)."""
    if own.kind not in _COUNTED:
        return False
    return _gap(own, them) <= 1 or (claim.kind in _COUNTED and _gap(own, them) <= _gap(claim, me))


def _against(claim: Claim, them: Entry) -> bool:
    """Whether ``claim`` is an edge over ``them`` (his figure is among those it beats)."""
    return any(ev["opponent_id"] == them.id for ev in claim.evidence)


def _capital(text: str) -> str:
    return text[0].upper() + text[1:]


# The least share by which one side's games must exceed the other's to answer a rate or a best season with them.
VOLUME_EDGE = 0.05

Answer = Callable[[Entry, Entry, Claim, str], "Rebuttal | None"]


class RebuttalWriter:
    def __init__(self, entries: Sequence[Entry], claims: dict[str, list[Claim]], writer: ClaimWriter,
                 weights: Mapping[str, float] | None = None, told: Mapping[str, str] | None = None,
                 made: Mapping[str, Sequence[Claim]] | None = None) -> None:
        self.entries = {e.id: e for e in entries}
        # The claims each side's case made (all of his claims when not given): only these are answered, since
        # granting an edge he never claimed answers nothing (Durant's rebounds, argued only later).
        self.made = dict(made) if made is not None else dict(claims)
        # The key of the closest ground each side's case told (a side that leads nothing), which his
        # rebuttal does not tell again word for word.
        self.told = dict(told or {})
        self.claims = claims
        self.writer = writer
        self.weights = dict(weights or {})
        self._used: set[str] = set()
        # The claims granted so far, each with the side that granted it, so that none is argued against him again
        # as if still in dispute.
        self._granted_claims: list[tuple[Claim, str]] = []

    def strongest_against(self, speaker_id: str) -> Claim | None:
        """The claim to answer, of those the other sides' cases made: one on the stat the question asks about
        first, then the strongest."""
        against = [c for owner, items in self.made.items() if owner != speaker_id for c in items
                   if any(ev["opponent_id"] == speaker_id for ev in c.evidence)]
        return max(against, key=lambda c: (c.criterion == FOCUS, c.strength), default=None)

    def rebut(self, speaker_id: str, used: set[str]) -> Rebuttal:
        """The answer ``speaker_id`` gives; ``used`` holds measure keys already argued, to avoid repeats."""
        self._used = used
        me = self.entries[speaker_id]
        claim = self.strongest_against(speaker_id)
        if claim is None:
            return self._unopposed(me)
        them = self.entries[claim.speaker_id]
        point = claim_edge(claim, them, me)
        answers: tuple[Answer, ...] = (self._per_game, self._volume, self._workload, self._sample, self._era,
                                       self._prime, self._title_rounds,
                                       self._counter, self._fresh, self._restated, self._closest)
        self._granted_claims.append((claim, speaker_id))
        for answer in answers:
            rebuttal = answer(me, them, claim, point)
            if rebuttal is not None:
                return rebuttal
        return Rebuttal(me.id, claim, f"{_capital(point)}, stands: {me.name} has no figure here that answers it.",
                        _claim_facts(claim, me))

    def _whole_case(self, me: Entry, them: Entry, own: Claim) -> bool:
        """Whether ``own`` is the one edge over him ``me``'s case made, on no stat the question asks about: said
        again as his answer, the rebuttal would repeat the case word for word (Miller's one Vezina)."""
        made = [c for c in self.made.get(me.id, []) if _against(c, them)]
        return own.criterion != FOCUS and [c.key for c in made] == [own.key]

    def _argued(self, key: str) -> bool:
        """Whether the finding ``key`` states was argued already, under its own key or another's."""
        return said_as(key) in {said_as(k) for k in self._used}

    def _versus(self, me: Entry, them: Entry, key: str, *, by: float = 0.0) -> tuple[Measure, Measure] | None:
        """My measure and his on ``key`` where mine leads (by more than the share ``by`` of his)."""
        if key in self._used:
            return None
        mine, theirs = _measure(me, key), _measure(them, key)
        if mine is None or theirs is None or not _leads(mine, theirs):
            return None
        if by and abs(mine.value - theirs.value) <= by * abs(theirs.value):
            return None
        self._used.add(key)
        return mine, theirs

    def _taken_over(self, me: Entry, them: Entry, key: str) -> tuple[Measure, Measure, Fact, Fact] | None:
        """:meth:`_versus` where both measures carry what they were taken over (games, attempts) as context:
        mine, his, and what each was taken over."""
        pair = self._versus(me, them, key)
        if pair is None or not pair[0].context or not pair[1].context:
            return None
        return pair[0], pair[1], pair[0].context[0], pair[1].context[0]

    def _per_game(self, me: Entry, them: Entry, claim: Claim, point: str) -> Rebuttal | None:
        """Rate against total: their volume took more games; per game, mine is better."""
        stat = split_stat(claim.facts[0].stat)[1]
        if claim.kind != "total":
            return None
        found = self._taken_over(me, them, f"rate:{stat}_per_game")
        if found is None:
            return None
        mine, theirs, my_games, games = found
        text = (f"{_capital(point)}: {them.short} needed {counted_label(games, 'games')}, {me.short} "
                f"{my_games.display}. Per game, {possessive(me.short)} {mine.fact.display} beats "
                f"{possessive(them.short)} {theirs.fact.display} in {fact_label(mine.fact)}.")
        return Rebuttal(me.id, claim, text, (*_claim_facts(claim, me), games, my_games, mine.fact, theirs.fact))

    def _volume(self, me: Entry, them: Entry, claim: Claim, point: str) -> Rebuttal | None:
        """Total against rate: their rate or best season, against my volume of the same stat or my games."""
        if claim.kind not in ("rate", "peak", "era", "era_peak", "stretch"):
            return None
        stat = split_stat(claim.facts[0].stat)[1].removesuffix("_per_game")
        # What their figure measures, against which volume answers: a best season is not a rate.
        span = {"peak": "one season's", "era_peak": "one season's", "stretch": "three seasons'"}.get(claim.kind,
                                                                                                 "a rate")
        pair = self._versus(me, them, f"total:{stat}")
        if pair is not None:
            mine, theirs = pair
            total = self.writer.pick(
                f"In total, {me.short} produced {mine.fact.display} {fact_label(mine.fact)} to "
                f"{possessive(them.short)} {theirs.fact.display}.",
                f"Count them up: {me.short} {mine.fact.display} {fact_label(mine.fact)}, {them.short} "
                f"{theirs.fact.display}.",
                f"By volume, {me.short} has {mine.fact.display} {fact_label(mine.fact)} to "
                f"{possessive(them.short)} {theirs.fact.display}.", about=point)
            text = f"{_capital(point)}, is {span}. {total}"
            return Rebuttal(me.id, claim, text, (*_claim_facts(claim, me), mine.fact, theirs.fact))
        made = self._made(me, them, claim, point, span)
        if made is not None:
            return made
        # Games answer one season or three, against a career, and only when they are clearly more: 1,491 to
        # 1,487 is no longer career. A career rate is not answered with games, which say nothing of the sample
        # behind it ("X's edge in three-point percentage is a rate. Y played 1,491 games"); nor is his level
        # said to be kept over them ("sustained it"), which his own figures may not bear out.
        if claim.kind in ("rate", "era"):
            return None
        pair = self._versus(me, them, "total:games", by=VOLUME_EDGE)
        if pair is None:
            return None
        mine, theirs = pair
        games = self.writer.pick(
            f"Over a career, {me.short} played {mine.fact.display} games, {them.short} {theirs.fact.display}"
            f"{so_far(theirs.fact, them.active)}.",
            f"Durability is the reply: {me.short} played {mine.fact.display} games, {them.short} "
            f"{theirs.fact.display}{so_far(theirs.fact, them.active)}.", about=point)
        text = f"{_capital(point)}, is {span}. {games}"
        return Rebuttal(me.id, claim, text, (*_claim_facts(claim, me), mine.fact, theirs.fact))

    def _made(self, me: Entry, them: Entry, claim: Claim, point: str, span: str) -> Rebuttal | None:
        """A percentage against what mine produced: more of what it counts, over the attempts behind each
        ("Korver's edge in three-point percentage is a rate: Thompson made more three-pointers"), where the
        rate asked about carries its count (see ``MeasureBuilder._made``)."""
        stat_group = GROUPS[league_of(me.id)].get(claim.facts[0].group)
        rate = stat_group.rate(split_stat(claim.facts[0].stat)[1]) if stat_group is not None else None
        found = (self._taken_over(me, them, f"total:{rate.parts[0]}")
                 if rate is not None and rate.parts is not None else None)
        if found is None:
            return None
        mine, theirs, my_sample, their_sample = found
        # Each figure after its owner's name: the fact-check credits a number to the name before it.
        sample = f"{possessive(them.short)} {their_sample.display} {fact_label(their_sample)}"
        volume = (f"{me.short} has {mine.fact.display} {fact_label(mine.fact)} from {my_sample.display}, to "
                  f"{possessive(them.short)} {theirs.fact.display}")
        facts = (*_claim_facts(claim, me), their_sample, mine.fact, theirs.fact, my_sample)
        return Rebuttal(me.id, claim, f"{_capital(point)}, is {span}, taken over {sample}. By volume, {volume}.", facts)

    def _workload(self, me: Entry, them: Entry, claim: Claim, point: str) -> Rebuttal | None:
        """Sample size: their rate, or its figure against the league, was taken over less than
        ``WORKLOAD_SHARE`` of my workload (a reliever's innings against a starter's)."""
        key = f"workload:{WORKLOAD}"
        if claim.kind not in ("rate", "era") or key in self._used:
            return None
        theirs, mine = _measure(them, key), _measure(me, key)
        if theirs is None or mine is None or theirs.value >= WORKLOAD_SHARE * mine.value:
            return None
        self._used.add(key)
        label = fact_label(mine.fact)
        text = (f"{_capital(point)}: {them.short} took it over {theirs.fact.display} {label}, {me.short} held "
                f"his over {mine.fact.display}, more than twice the sample.")
        return Rebuttal(me.id, claim, text, (*_claim_facts(claim, me), theirs.fact, mine.fact))

    def _sample(self, me: Entry, them: Entry, claim: Claim, point: str) -> Rebuttal | None:
        """Sample size: their best season came in clearly fewer games than my best season of the stat."""
        if claim.kind != "peak":
            return None
        theirs = them.measures.get((claim.criterion, claim.key))
        mine = me.measures.get((claim.criterion, claim.key))
        if theirs is None or mine is None or not theirs.context or not mine.context:
            return None
        their_games, my_games = theirs.context[0], mine.context[0]
        if their_games.value >= 0.8 * my_games.value or f"sample:{claim.key}" in self._used:
            return None
        self._used.add(f"sample:{claim.key}")
        text = (f"{_capital(point)}: {them.short} set it in {counted_label(their_games, 'games')}, {me.short} "
                f"over {my_games.display}.")
        return Rebuttal(me.id, claim, text, (*_claim_facts(claim, me), their_games, mine.fact, my_games))

    def _era(self, me: Entry, them: Entry, claim: Claim, point: str) -> Rebuttal | None:
        """Era: a raw figure, answered with the same stat set against the league of its day."""
        if claim.kind not in ("total", "rate", "peak", "stretch") or _same_league_and_years(_claim_facts(claim, me)):
            return None
        stat = split_stat(claim.facts[0].stat)[1]
        for key in (f"era:{stat}", f"era:{stat}_per_game"):
            pair = self._versus(me, them, key)
            if pair is None:
                continue
            sentence = self.writer.sentence(pair[0], me, [(them, pair[1])])
            text = f"{_capital(point)}: raw figures, each from its own league and years. {sentence}"
            return Rebuttal(me.id, claim, text, (*_claim_facts(claim, me), pair[0].fact, pair[1].fact))
        return None

    def _prime(self, me: Entry, them: Entry, claim: Claim, point: str) -> Rebuttal | None:
        """Prime: one great season, against a better three-season stretch."""
        if claim.kind != "peak":
            return None
        stat = split_stat(claim.facts[0].stat)[1]
        pair = self._versus(me, them, f"stretch:{stat}")
        if pair is None:
            return None
        sentence = self.writer.sentence(pair[0], me, [(them, pair[1])])
        return Rebuttal(me.id, claim, f"{_capital(point)}: one season. {sentence}",
                        (*_claim_facts(claim, me), pair[0].fact, pair[1].fact))

    def _title_rounds(self, me: Entry, them: Entry, claim: Claim, point: str) -> Rebuttal | None:
        """Titles answered from the title rounds, where both records are told in the same round: more of them
        reached ("James reached the NBA Finals 10 times, Jordan 6"), else a perfect record against one with losses ("was
        4-0 in the Super Bowl, Brady 7-3"). A record the store cannot tell over a window is no answer."""
        if claim.kind != "titles":
            return None
        mine, theirs = _measure(me, claim.key), _measure(them, claim.key)
        if mine is None or theirs is None:
            return None
        my_record, their_record = round_record(mine.context), round_record(theirs.context)
        if my_record is None or their_record is None or my_record[0].competition != their_record[0].competition:
            return None
        (reached, lost), (their_reached, their_lost) = my_record, their_record
        if reached.value > their_reached.value:
            text = (f"{_capital(point)}, stands, but {me.short} reached the {reached.competition} "
                    f"{reached.display} times, {them.short} {their_reached.display}.")
            return Rebuttal(me.id, claim, text, (*_claim_facts(claim, me), reached, their_reached))
        if not lost.value and reached.value > 1 and their_lost.value:
            text = (f"{_capital(point)}, stands, but {me.short} was {mine.fact.display}-{lost.display} in the "
                    f"{reached.competition}, {them.short} {theirs.fact.display}-{their_lost.display}.")
            return Rebuttal(me.id, claim, text, (*_claim_facts(claim, me), lost, their_lost))
        return None

    def _counter(self, me: Entry, them: Entry, claim: Claim, point: str) -> Rebuttal | None:
        """A counter-claim: my strongest unused edge over him (in a debate of three or more, an edge over
        another side is no answer to him), the same criterion first; called the wider edge only when its
        margin is and it is no weaker a claim."""
        unused = [own for own in self.claims.get(me.id, []) if not self._argued(own.key) and _against(own, them)]
        if not unused:
            return None
        own = max(unused, key=lambda c: (c.criterion == claim.criterion, c.strength))
        self._used.add(own.key)
        # Wider only when it also weighs more: a Rookie of the Year won against none is no answer to six
        # major trophies against four, however large its margin.
        if own.margin > claim.margin and own.strength >= claim.strength and not _fewer(own, claim, them, me):
            text = f"{_capital(point)}, is real, but {possessive(me.short)} own edge is wider. {own.text}"
        elif own.criterion == claim.criterion:
            text = (f"{_capital(point)}, stands, but on {self._label(own)} {me.short} has his own: "
                    f"{after_colon(own.text)}")
        elif self._outweighs(own, claim, them, me):
            text = (f"{_capital(point)}, stands, but {self._criterion(own)} weighs more here than "
                    f"{self._label(claim)}. {own.text}")
        else:
            text = f"{self._granted(point)} {self._answer_on(me, self._label(own))} {after_colon(own.text)}"
        return Rebuttal(me.id, claim, text, (*_claim_facts(claim, me), *own.facts))

    def _granted(self, point: str) -> str:
        """The claim conceded, worded as the seed picks, so no concession is one stock line across debates."""
        return self.writer.pick(f"{_capital(point)}, stands.", f"{_capital(point)}: granted.",
                                f"{_capital(point)}, is not in dispute.", f"{_capital(point)}: no quarrel there.",
                                about=point)

    def _answer_on(self, me: Entry, criterion: str) -> str:
        """How the answer from another criterion is introduced, worded as the seed picks."""
        return self.writer.pick(f"{possessive(me.short)} answer is on {criterion}:",
                                f"{me.short} answers on {criterion}:", f"On {criterion}, {me.short} hits back:",
                                about=f"{me.name} {criterion}")

    @staticmethod
    def _label(claim: Claim) -> str:
        return CRITERIA.get(claim.criterion, claim.criterion)

    @classmethod
    def _criterion(cls, claim: Claim) -> str:
        """The claim's criterion as the subject of a sentence: "the peak criterion", but "the stat in question"
        as it is (not "the the stat in question criterion")."""
        label = cls._label(claim)
        return label if label.startswith("the ") else f"the {label} criterion"

    def _outweighs(self, own: Claim, claim: Claim, them: Entry, me: Entry) -> bool:
        """Whether ``own`` answers ``claim`` from a heavier criterion, as no weaker a claim and not too few
        (see :func:`_fewer`)."""
        return (self.weights.get(own.criterion, 1.0) > self.weights.get(claim.criterion, 1.0)
                and own.strength >= claim.strength and not _fewer(own, claim, them, me))

    def _restated(self, me: Entry, them: Entry, claim: Claim, point: str) -> Rebuttal | None:
        """Every edge already argued: the side sets its heaviest edge over him (by the weight of its
        criterion, then its strength) against the claim, its figures named again."""
        # His case's own claims are not said again as his answer: Miller's one Vezina, his whole case, repeated
        # as the rebuttal argues nothing new.
        mine = [own for own in self.claims.get(me.id, [])
                if _against(own, them) and not self._whole_case(me, them, own)]
        # An edge he has already granted is no answer to press again while another stands.
        mine = [own for own in mine if (own, them.id) not in self._granted_claims] or mine
        if not mine:
            return None
        own = max(mine, key=lambda c: (self.weights.get(c.criterion, 1.0), c.strength))
        edge = claim_edge(own, me, them)
        if self._outweighs(own, claim, them, me):
            text = (f"{self._granted(point)} {_capital(edge)}, outweighs it: {self._criterion(own)} "
                    f"weighs more here than {self._label(claim)}.")
        else:
            # Said as a sentence that owns the repeat ("comes back to his edge in ..."), not a bare noun phrase
            # after a colon.
            his = edge.removeprefix(f"{possessive(me.short)} ")
            text = f"{self._granted(point)} {me.short} comes back to his {his}, on {self._label(own)}."
        return Rebuttal(me.id, claim, text, (*_claim_facts(claim, me), *_claim_facts(own, them)))

    def _yardstick(self, me: Entry, them: Entry, claim: Claim, point: str, *,
                   fresh: bool) -> Rebuttal | None:
        """Any scored yardstick ``me`` leads him on, said as a sentence of its own, the heaviest criterion
        first; ``fresh``: only one nobody has argued yet."""
        weights = self.weights or {c: 1.0 for c, _ in me.measures}
        # An edge not yet argued first; one already argued (against another side) before a false concession.
        ordered = sorted(me.measures.items(), key=lambda kv: (self._argued(kv[0][1]),
                                                               -weights.get(kv[0][0], 0.0) * kv[1].weight))
        for (criterion, key), mine in ordered:
            theirs = them.measures.get((criterion, key))
            if fresh and self._argued(key):
                break
            if any(self._whole_case(me, them, own) for own in self.made.get(me.id, []) if own.key == key):
                continue
            if (weights.get(criterion, 0.0) > 0 and mine.weight > 0 and mine.kind in _EDGE_KINDS
                    and _leads(mine, theirs) and theirs is not None):
                self._used.add(key)
                text = (f"{self._granted(point)} {self._answer_on(me, CRITERIA.get(criterion, criterion))} "
                        f"{after_colon(self.writer.sentence(mine, me, [(them, theirs)]))}")
                return Rebuttal(me.id, claim, text, (*_claim_facts(claim, me), mine.fact, theirs.fact, *mine.context))
        return None

    def _fresh(self, me: Entry, them: Entry, claim: Claim, point: str) -> Rebuttal | None:
        """Every claimed edge argued already: a yardstick he leads that nobody has argued, before repeating one."""
        return self._yardstick(me, them, claim, point, fresh=True)

    def _closest(self, me: Entry, them: Entry, claim: Claim, point: str) -> Rebuttal | None:
        """No claimed edge over him: the side answers with any yardstick it is ahead of him on, else
        concedes, naming where it comes closest."""
        weights = self.weights or {c: 1.0 for c, _ in me.measures}
        answer = self._yardstick(me, them, claim, point, fresh=False)
        if answer is not None:
            return answer
        # Not the yardstick just granted: "his edge in strikeouts stands ... he comes closest in strikeouts"
        # concedes one point twice and answers nothing.
        told = {self.told[me.id]} if me.id in self.told else set()
        ground = closest_ground(me, [them], weights, skip={*told, claim.key})
        if ground is None:
            return None
        made = [own for own in self.made.get(me.id, []) if _against(own, them)]
        if made:
            # His case made its edges over him already, and says them no second time.
            edges = "the edge his case made" if len(made) == 1 else "the edges his case made"
            text = f"{self._granted(point)} Past {edges}, {me.short} has no other over him; he {ground.text}."
            return Rebuttal(me.id, claim, text, (*_claim_facts(claim, me), *ground.facts))
        text = f"{_capital(point)}, stands, and {me.short} leads him on nothing here; he {ground.text}."
        return Rebuttal(me.id, claim, text, (*_claim_facts(claim, me), *ground.facts))

    def _unopposed(self, me: Entry) -> Rebuttal:
        """No claim was made against ``me``: he presses his strongest unused edge."""
        unused = [own for own in self.claims.get(me.id, []) if not self._argued(own.key)]
        if not unused:
            return Rebuttal(me.id, None, f"No edge was claimed against {me.name}, and his case stands as made.", ())
        own = unused[0]
        self._used.add(own.key)
        # Said with the criterion the added edge is on, so no two unopposed replies read alike.
        on = CRITERIA.get(own.criterion, own.criterion)
        return Rebuttal(me.id, None, f"With no edge claimed against him, {me.short} presses on {on}. {own.text}",
                        own.facts)
