"""The template writer: offline, deterministic for a seed, and grounded by construction.

It never makes a number up: the only figures it writes are inside the engine's points, which are built
from facts. Around them it varies openers, connectives and closers by the debate's seed, so two seeds
read differently while the same seed always reads the same.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator

from arena.llm.ports import RoundBrief

_OPENERS: dict[str, tuple[str, ...]] = {
    "opening": ("Here is the matchup.", "Let's settle this with the numbers.", "Tonight's debate, by the numbers.",
                "Welcome to Arena, where every figure is real.", "Let's look at the tape."),
    "case": ("The case for {speaker}.", "{speakers} corner makes its case.", "Here is what {speaker} brings.",
             "Now, {speaker}.", "Start with {speaker}."),
    # A rebuttal opens on the claim it answers: the round already names its speaker, and a stock opener
    # ("A reply for X.") would be the one sentence every debate's rebuttals repeat.
    "rebuttal": ("",),
    "verdict": ("Time to score it.", "The verdict.", "Here is how it scores.", "Let's add it up."),
}
_CONNECTORS = ("", "Also, ", "On top of that, ", "And ", "Beyond that, ", "What's more, ")
# A rebuttal ends on its answer: a stock closer would be the one sentence every debate repeats.
_CLOSERS: dict[str, tuple[str, ...]] = {
    "case": ("That is the case.", "Numbers like those win arguments.", "", "Hard to argue with that."),
    "opening": ("", "Let's get into it."),
    "verdict": ("",),
}
# Sentence openings that are ordinary words, so a connective may lower-case them ("Also, at his best").
_COMMON_STARTS = frozenset({"At", "Over", "Against", "Set", "Measured", "Per", "With", "In", "On", "His", "Its",
                            "The"})


def _joined(connector: str, sentence: str) -> str:
    if not connector:
        return sentence
    first, _, rest = sentence.partition(" ")
    if first in _COMMON_STARTS:
        first = first.lower()
    return connector + first + (" " + rest if rest else "")


class TemplateWriter:
    """Words a round from its points. ``stream_round`` yields one sentence at a time."""

    name = "template"

    def compose(self, brief: RoundBrief) -> list[str]:
        """The round's sentences, in order (deterministic for the brief's seed, round and speaker)."""
        rng = random.Random(f"{brief.seed}:{brief.round}:{brief.speaker}")
        speaker = brief.speaker
        sentences: list[str] = []
        openers = _OPENERS.get(brief.round, ("",))
        possessive = f"{speaker}'" if speaker.endswith("s") else f"{speaker}'s"
        opener = openers[rng.randrange(len(openers))].format(speaker=speaker, speakers=possessive)
        # A name ending on its abbreviation ("Now, Fernando Tatis Jr.") takes no second full stop.
        opener = opener.removesuffix(".") if opener.endswith("..") else opener
        if opener:
            sentences.append(opener)
        words = 0
        for i, point in enumerate(brief.points):
            if i and words + len(point.split()) > brief.max_words:
                break
            connector = _CONNECTORS[rng.randrange(len(_CONNECTORS))] if brief.round == "case" and i else ""
            sentences.append(_joined(connector, point))
            words += len(point.split())
        closers = _CLOSERS.get(brief.round, ("",))
        closer = closers[rng.randrange(len(closers))]
        if closer and brief.closing:
            sentences.append(closer)
        return sentences

    async def stream_round(self, brief: RoundBrief) -> AsyncIterator[str]:
        sentences = self.compose(brief)
        for i, sentence in enumerate(sentences):
            yield sentence if i == len(sentences) - 1 else sentence + " "
