"""Title-round records in a debate: a perfect record said with the titles, a side behind on titles
answering with the rounds it reached or its perfect record, every figure a fact the fact check accepts, and
no record argued over seasons the store cannot credit."""

from __future__ import annotations

from arena.debate.engine import DebateEngine
from arena.debate.factcheck import ungrounded_numbers
from arena.debate.model import DebateRequest, DebateResult


async def _debate(engine: DebateEngine, question: str) -> DebateResult:
    result = await engine.run(DebateRequest(question=question))
    assert ungrounded_numbers(result.text, result.facts) == []
    assert all(r.fact_check.passed for r in result.rounds), [r.fact_check.problems for r in result.rounds]
    return result


def _rebuttal(result: DebateResult, name: str) -> str:
    return next(r.text for r in result.rounds if r.name == "rebuttal" and r.speaker == name)


def _rounds(result: DebateResult, player_id: str) -> dict[str, float]:
    return {f.stat: f.value for f in result.facts if f.player_id == player_id and f.stat.startswith("title_rounds")}


async def test_a_perfect_record_is_said_and_more_finals_answer_more_titles(engine: DebateEngine) -> None:
    # Basketball-Reference: Jordan 6-0 in the NBA Finals, LeBron James 4-6.
    result = await _debate(engine, "Who has more rings, Jordan or LeBron?")
    assert _rounds(result, "nba:jordami01") == {"title_rounds": 6, "title_rounds_lost": 0}
    assert _rounds(result, "nba:jamesle01") == {"title_rounds": 10, "title_rounds_lost": 6}
    assert "6-0 in the NBA Finals" in result.text
    assert "James reached the NBA Finals 10 times, Jordan 6." in _rebuttal(result, "LeBron James")


async def test_a_perfect_record_answers_more_titles_in_another_sport(engine: DebateEngine) -> None:
    # Pro-Football-Reference: Joe Montana 4-0 in Super Bowls, Tom Brady 7-3.
    result = await _debate(engine, "Brady or Montana, who has more Super Bowls?")
    assert "Montana was 4-0 in the Super Bowl, Brady 7-3." in _rebuttal(result, "Joe Montana")


async def test_more_cup_finals_answer_more_cups(engine: DebateEngine) -> None:
    # Hockey-Reference: Jean Beliveau's Montreal reached 13 Finals in his full seasons (10 Cups; 1954, 1955 and
    # 1967 lost), Henri Richard's 12 (11 Cups; 1967 lost).
    result = await _debate(engine, "Who won more Stanley Cups, Henri Richard or Jean Beliveau?")
    assert "Beliveau reached the Stanley Cup Final 13 times, Richard 12." in _rebuttal(result, "Jean Beliveau")


async def test_no_record_is_argued_over_seasons_the_store_cannot_credit(engine: DebateEngine) -> None:
    # The NHL's rosters end with 2017-18: Crosby's and Ovechkin's careers run past it, so no Final after it
    # is known to be theirs or not, and neither record is a fact.
    result = await _debate(engine, "Who has more Stanley Cups, Crosby or Ovechkin?")
    assert _rounds(result, "nhl:crosbsi01") == {} and _rounds(result, "nhl:ovechal01") == {}
    assert "Stanley Cup Final" not in result.text
