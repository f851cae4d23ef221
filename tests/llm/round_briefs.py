"""Round briefs the writer tests send (real career figures, formatted as the engine displays them), and
reading a real model's round to its end."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass

from arena.llm.errors import WriterFailed
from arena.llm.ports import FactLine, RoundBrief, Writer


def career_case_brief(*, max_words: int = 60, seed: int = 7) -> RoundBrief:
    """Michael Jordan's case against LeBron James on scoring rate, under a fresh debate id."""
    return RoundBrief(
        debate_id=f"test-{uuid.uuid4().hex}",
        round="case",
        speaker="Michael Jordan",
        question="Who's better, LeBron or Jordan?",
        points=[
            "Michael Jordan scored 30.1 points per game over his career, more than LeBron James's 27.1.",
            "Michael Jordan won 5 MVP awards.",
        ],
        facts=[
            FactLine(player="Michael Jordan", stat="career points per game", display="30.1",
                     opponent="LeBron James", opponent_display="27.1"),
            FactLine(player="Michael Jordan", stat="MVP awards", display="5",
                     opponent="LeBron James", opponent_display="4"),
        ],
        seed=seed,
        max_words=max_words,
    )


# A bound on how long a test may hang if a deadline were broken; far above every timeout a test sets.
GUARD_SECONDS = 300


@dataclass
class RoundText:
    pieces: list[str]
    cut_off: bool  # the writer stopped at the round's token budget (a WriterFailed after its text)

    @property
    def text(self) -> str:
        return "".join(self.pieces)


async def read_round(writer: Writer, brief: RoundBrief) -> RoundText:
    """Everything a real model wrote for ``brief``, whether it finished or ran out of token budget."""
    pieces: list[str] = []
    async with asyncio.timeout(GUARD_SECONDS):
        try:
            async for piece in writer.stream_round(brief):
                pieces.append(piece)
        except WriterFailed as exc:
            if "cut off mid-round" not in str(exc):
                raise
            return RoundText(pieces, cut_off=True)
    return RoundText(pieces, cut_off=False)
