"""What kind of debate a question asks for, from what it names."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from arena.nlu.model import Intent
from arena.nlu.text import Token

# Words that make a question without players a ranking ("best NHL goal scorer of the 2010s").
RANKING_CUES = frozenset({
    "best", "greatest", "most", "top", "leader", "leaders", "leading", "led", "lead", "leads", "highest",
    "lowest", "fewest", "goat", "goats", "better", "rank", "ranking", "rankings", "dominant", "elite",
    "mvp", "mvps",  # the season's best, by vote ("who won mvp in 2003")
})


def is_ranking_question(tokens: Sequence[Token]) -> bool:
    return any(token.norm in RANKING_CUES for token in tokens)


def classify(*, mentions: int, leagues: Collection[str], teams: int, ranking: bool) -> Intent | None:
    """The intent for a question with ``mentions`` player mentions whose resolved players span
    ``leagues``, ``teams`` team mentions, and ``ranking`` cues; None when it asks for nothing."""
    if teams >= 2:
        return "team_vs_team"
    if mentions == 0:
        return "ranking" if ranking else None
    if mentions == 1:
        return "single_player"
    if len(set(leagues)) > 1:
        return "cross_sport"
    return "head_to_head" if mentions == 2 else "multi"
