"""The objections critic10 left open (tests/debate/critic10_objections.md, "## Left"), fixed at their cause and
tested on the real store with made-up variants: a count a list ranks by is never a shared lead when the numbers
differ; ..."""

from __future__ import annotations

import pytest

from arena.debate.engine import DebateEngine
from arena.debate.measures import FOCUS
from arena.debate.model import DebateRequest, DebateResult


async def _debate(engine: DebateEngine, question: str) -> DebateResult:
    return await engine.run(DebateRequest(question=question))


def _checked(*results: DebateResult) -> bool:
    return all(r.fact_check.passed for result in results for r in result.rounds)


@pytest.mark.parametrize(("question", "leader", "runner_up"), [
    # 180 strikeouts to 179: the list ranks strikeouts, and Carlton's better strikeout rate is no share of it.
    ("top 5 strikeout pitchers in 1981", "Fernando Valenzuela", "Steve Carlton"),
    # Made-up variants: a count a thousandth apart (4,710 yards to 4,700), and a head to head asking who has more.
    ("top 5 in passing yards in 2010", "Philip Rivers", "Peyton Manning"),
    ("Who had more hits in 1983, Cal Ripken or Wade Boggs?", "Cal Ripken Jr.", "Wade Boggs"),
])
async def test_a_count_in_question_is_led_by_whoever_has_more(engine: DebateEngine, question: str, leader: str,
                                                             runner_up: str) -> None:
    """'Fernando Valenzuela and Steve Carlton share the lead in the stat in question' at 180 strikeouts to 179: a
    count the list ranks by (or the question asks who has more of) leads by any difference it shows."""
    result = await _debate(engine, question)
    assert result.verdict is not None
    line = next(line for line in result.verdict.scorecard if line.criterion == FOCUS)
    assert line.leader == leader and line.measures == 1
    assert line.scores[leader] > line.scores[runner_up]
    assert "share the lead in the stat in question" not in result.text
    assert f"{leader} takes" in result.text and result.verdict.winner == leader
    assert _checked(result)


async def test_a_rate_in_question_keeps_its_margin_of_a_hair(engine: DebateEngine) -> None:
    """The tie margin stays for a score derived from several figures: production blends strikeouts and wins, and
    180 and 13 to 179 and 13 is a shared lead in it, said as one."""
    result = await _debate(engine, "top 5 strikeout pitchers in 1981")
    assert result.verdict is not None
    production = next(line for line in result.verdict.scorecard if line.criterion == "production")
    assert production.leader is None and production.measures > 1
    assert "Fernando Valenzuela and Steve Carlton share the lead in production." in result.text
