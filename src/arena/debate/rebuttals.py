"""Rebuttals: each side answers the strongest claim made against it, with context from the facts.

The answers a fan would give: volume against rate (games played), rate against volume (durability),
raw numbers against the era they came in, one great season against a sustained prime, trophies
against the numbers. When nothing in the data answers, the side concedes the point plainly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from arena.debate.claims import Claim, ClaimWriter, Entry, fact_label, possessive
from arena.debate.facts import Fact
from arena.debate.measures import Measure


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
    if mine is None or theirs is None or mine.fact.display == theirs.fact.display:
        return False
    return mine.value > theirs.value if mine.higher_is_better else mine.value < theirs.value


class RebuttalWriter:
    def __init__(self, entries: Sequence[Entry], claims: dict[str, list[Claim]], writer: ClaimWriter) -> None:
        self.entries = {e.id: e for e in entries}
        self.claims = claims
        self.writer = writer

    def strongest_against(self, speaker_id: str) -> Claim | None:
        against = [c for owner, items in self.claims.items() if owner != speaker_id for c in items
                   if any(ev["opponent_id"] == speaker_id for ev in c.evidence)]
        return max(against, key=lambda c: c.strength, default=None)

    def rebut(self, speaker_id: str, used: set[str]) -> Rebuttal:
        """The answer ``speaker_id`` gives; ``used`` holds measure keys already argued, to avoid repeats."""
        me = self.entries[speaker_id]
        claim = self.strongest_against(speaker_id)
        if claim is None:
            return self._own_best(me, None, used)
        them = self.entries[claim.speaker_id]
        stat = claim.facts[0].stat
        for answer in (self._per_game, self._durability, self._era, self._prime):
            rebuttal = answer(me, them, claim, stat, used)
            if rebuttal is not None:
                return rebuttal
        return self._own_best(me, claim, used)

    def _versus(self, me: Entry, them: Entry, key: str) -> tuple[Measure, Measure] | None:
        mine, theirs = _measure(me, key), _measure(them, key)
        if mine is None or theirs is None or not _leads(mine, theirs):
            return None
        return mine, theirs

    def _per_game(self, me: Entry, them: Entry, claim: Claim, stat: str, used: set[str]) -> Rebuttal | None:
        if claim.kind != "total" or f"rate:{stat}_per_game" in used:
            return None
        pair = self._versus(me, them, f"rate:{stat}_per_game")
        if pair is None or not pair[1].context:
            return None
        mine, theirs = pair
        games = theirs.context[0]
        used.add(f"rate:{stat}_per_game")
        label = fact_label(claim.facts[0])
        text = (f"Volume is not the whole story: {them.name} needed {games.display} games for those {label}. "
                f"Per game, {possessive(me.name)} {mine.fact.display} beats {possessive(them.short)} "
                f"{theirs.fact.display}.")
        return Rebuttal(me.id, claim, text, (games, mine.fact, theirs.fact))

    def _durability(self, me: Entry, them: Entry, claim: Claim, stat: str, used: set[str]) -> Rebuttal | None:
        if claim.kind not in ("rate", "peak", "era_peak") or "total:games" in used:
            return None
        pair = self._versus(me, them, "total:games")
        if pair is None:
            return None
        mine, theirs = pair
        used.add("total:games")
        text = (f"A rate is easier to keep up over fewer games. {me.name} kept it going for "
                f"{mine.fact.display} games, more than {possessive(them.short)} {theirs.fact.display}.")
        return Rebuttal(me.id, claim, text, (mine.fact, theirs.fact))

    def _era(self, me: Entry, them: Entry, claim: Claim, stat: str, used: set[str]) -> Rebuttal | None:
        if claim.kind not in ("total", "rate", "peak", "stretch"):
            return None
        for key in [k for (_, k) in me.measures if k.startswith("era:") and k not in used]:
            pair = self._versus(me, them, key)
            if pair is None:
                continue
            used.add(key)
            sentence = self.writer.sentence(pair[0], me, [(them, pair[1])])
            return Rebuttal(me.id, claim, f"Raw numbers depend on the era they came in. {sentence}",
                            (pair[0].fact, pair[1].fact))
        return None

    def _prime(self, me: Entry, them: Entry, claim: Claim, stat: str, used: set[str]) -> Rebuttal | None:
        if claim.kind != "peak" or f"stretch:{stat}" in used:
            return None
        pair = self._versus(me, them, f"stretch:{stat}")
        if pair is None:
            return None
        used.add(f"stretch:{stat}")
        sentence = self.writer.sentence(pair[0], me, [(them, pair[1])])
        return Rebuttal(me.id, claim, f"One great season is not a prime. {sentence}", (pair[0].fact, pair[1].fact))

    def _own_best(self, me: Entry, claim: Claim | None, used: set[str]) -> Rebuttal:
        # Answer a point with a different kind of point: trophies with numbers, numbers with more numbers.
        unused = [own for own in self.claims.get(me.id, []) if own.key not in used]
        different = [own for own in unused if claim is None or own.criterion != claim.criterion]
        for own in different or unused:
            used.add(own.key)
            opener = ("Trophies are votes; the numbers tell it straight. "
                      if claim is not None and claim.kind == "awards" and own.kind != "awards"
                      else "That point stands, but it is not the whole picture. ")
            return Rebuttal(me.id, claim, opener + own.text, own.facts)
        text = f"{possessive(me.name)} corner rests its case on the points already made."
        return Rebuttal(me.id, claim, text, ())
