"""Round briefs the writer tests send: real career figures, formatted as the engine displays them."""

from __future__ import annotations

import uuid

from arena.llm.ports import FactLine, RoundBrief


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
