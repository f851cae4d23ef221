"""What an expert fan objects to in a debate's focus (issue #13), one test per rule, on the real store: a
player is judged in the role his career's weight lies in."""

from __future__ import annotations

from arena.debate.engine import DebateEngine
from arena.debate.model import DebateRequest, DebateResult


async def _debate(engine: DebateEngine, question: str) -> DebateResult:
    return await engine.run(DebateRequest(question=question))


async def test_a_player_is_judged_in_the_role_his_career_weighs_in(engine: DebateEngine) -> None:
    """Deion Sanders is listed a receiver (his snaps on offence in 1996 and 2004), so he was judged on his 784
    receiving yards against Revis's defense, 'different positions'; he was a cornerback in all 14 seasons. A
    kicker with a stray tackle is a kicker too."""
    deion = await _debate(engine, "Deion Sanders vs Darrelle Revis")
    assert "different positions" not in deion.text
    assert "Deion Sanders: 14 seasons, 1989 to 2005, 188 games." in deion.rounds[0].text
    crosby = await _debate(engine, "Mason Crosby vs Justin Tucker")
    assert "Mason Crosby has 262 field goals made from 2007 to 2016, more than Tucker's 168." in crosby.text


async def test_a_fewer_is_better_figure_reads_as_how_far_under_the_league_it_is(engine: DebateEngine) -> None:
    """The 2000 Ravens allowed 10.3 points a game where the league allowed 20.7: its inverse read as '100%
    better than the league average' (a percentage of a lower-is-better figure taken as a ratio); a fan says
    half the league's, 50% below it. A goalie's goals-against average and a pitcher's WHIP read the same way."""
    ravens = await _debate(engine, "2000 Ravens defense or 1985 Bears defense?")
    assert ("2000 Baltimore Ravens' points allowed per game stands at 50% below the league average, ahead of "
            "Bears' 43% below it.") in ravens.text
    assert "100%" not in ravens.text
    pedro = await _debate(engine, "Pedro Martinez vs Greg Maddux")
    assert sorted(f.display for f in pedro.facts if f.stat == "era:whip" and f.scope == "career") == ["-20%", "-27%"]
    assert all(r.fact_check.passed for r in (*ravens.rounds, *pedro.rounds))
