"""Known unfair comparisons of issue #13, one test per rule, on the real store, each with a made-up variant of
the question it was found on: a count said as a verb ("who turned it over less") is the stat it names."""

from __future__ import annotations

from arena.debate.engine import DebateEngine
from arena.debate.model import DebateRequest, DebateResult
from arena.nlu.parser import QuestionParser


async def _debate(engine: DebateEngine, question: str) -> DebateResult:
    return await engine.run(DebateRequest(question=question))


def _checked(*results: DebateResult) -> bool:
    return all(r.fact_check.passed for result in results for r in result.rounds)


def _focus(parser: QuestionParser, question: str) -> list[str]:
    return [f.key for f in parser.parse(question).stat_focus]


async def test_a_ball_turned_over_is_read_as_turnovers_fewer_the_better(engine: DebateEngine,
                                                                        question_parser: QuestionParser) -> None:
    """'Who turned it over less, Chris Paul or Russell Westbrook?' was argued on assists and points with no
    word of turnovers; the verb is the stat, and fewer is the edge."""
    paul = await _debate(engine, "Who turned it over less, Chris Paul or Russell Westbrook?")
    assert "The question is about turnovers" in paul.text
    assert "Chris Paul had only 3,093 turnovers over his career so far, fewer than Westbrook's 4,829" in paul.text
    assert paul.verdict.winner == "Chris Paul"
    for variant in ("Steve Nash or Jason Kidd: who turns it over more?",
                    "Which point guard turned the ball over less, Nash or Stockton?"):
        assert _focus(question_parser, variant) == ["turnovers"]
    # The words keep their other readings: turning a game around is no turnover.
    assert _focus(question_parser, "Who turned it around faster, LeBron or Kobe?") == []
    assert _checked(paul)
