"""What an expert fan objects to in the fourth critic round's debates (tests/debate/critic4_questions.txt), one
test per rule, on the real store: honours won in a league kept apart (the ABA) are not counted with the NBA's."""

from __future__ import annotations

from arena.debate.engine import DebateEngine
from arena.debate.model import DebateRequest, DebateResult


async def _debate(engine: DebateEngine, question: str) -> DebateResult:
    return await engine.run(DebateRequest(question=question))


async def test_honours_of_a_league_kept_apart_are_not_counted(engine: DebateEngine) -> None:
    """The seasons compared are NBA ones, yet George Gervin's three ABA All-Star picks made 'Gervin earned 12
    All-Star selections' of his 10 NBA seasons, and Julius Erving's ABA titles of 1973-74 and 1975-76 read as
    NBA championships."""
    gervin = await _debate(engine, "George Gervin vs Dominique Wilkins in the playoffs")
    assert "12 All-Star" not in gervin.text
    erving = await _debate(engine, "Julius Erving vs George Gervin")
    assert "Julius Erving won the 1982-83 championship; Gervin won none." in erving.text
    assert "1973-74" not in erving.text
    assert all(r.fact_check.passed for r in (*gervin.rounds, *erving.rounds))
