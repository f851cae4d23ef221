"""A rebuttal answers only what the other side's case claimed, and the verdict's count of criteria each side
leads agrees with the edges the cases argued."""

from __future__ import annotations

import re

import pytest

from arena.debate.engine import DebateEngine
from arena.debate.model import DebateRequest, DebateResult

# Single seasons and careers, four leagues; the first two once granted an edge never claimed (Durant's rebounds,
# Moon's best-season completions) and denied the loser the edges his case had argued.
QUESTIONS = [
    "Who had the better 2012-13, Carmelo Anthony or Kevin Durant?",
    "Warren Moon or Randall Cunningham by completion percentage",
    "Carl Yastrzemski or Tony Gwynn, who was better in the playoffs?",
    "Who had the better 2005-06, Kobe Bryant or Dwyane Wade?",
    "Rickey Henderson vs Tony Gwynn",
    "Ovechkin vs Stamkos 2012-13",
    "Dan Fouts 1982 vs Joe Montana 1982",
]


async def _debate(engine: DebateEngine, question: str) -> DebateResult:
    return await engine.run(DebateRequest(question=question))


def _case(result: DebateResult, speaker: str) -> str:
    return next(r.text for r in result.rounds if r.name == "case" and r.speaker == speaker)


@pytest.mark.parametrize("question", QUESTIONS)
async def test_a_rebuttal_grants_only_an_edge_the_other_case_claimed(engine: DebateEngine, question: str) -> None:
    result = await _debate(engine, question)
    for rebuttal in (r for r in result.rounds if r.name == "rebuttal"):
        granted = re.match(r"(.+?)'s? edge in [^,]+, (\S+?),? (?:to|in) ", rebuttal.text)
        if granted is None:
            continue
        other = next(side for side in result.sides if side.player.name != rebuttal.speaker)
        case = _case(result, other.player.name)
        # The figure answered is one of an argument the other side's case made (its first letter may be lower there).
        made = {ev.display for argument in other.arguments if argument.claim[1:] in case for ev in argument.evidence}
        assert granted.group(2) in made, (rebuttal.text, case)


@pytest.mark.parametrize("question", QUESTIONS)
async def test_the_verdict_does_not_say_a_side_leads_none_after_his_case_argued_an_edge(
        engine: DebateEngine, question: str) -> None:
    result = await _debate(engine, question)
    verdict = next(r.text for r in result.rounds if r.name == "verdict")
    for side in result.sides:
        name = side.player.name
        if "leads none of the yardsticks" in _case(result, name):
            continue
        assert f"{name} leads none" not in verdict, verdict
