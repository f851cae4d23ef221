"""NFL club seasons debated (tests/debate/nfl_team_questions.txt): on record, points against the league that
season, point differential and titles; per-game figures where the schedules differ; a defense question
decided by points allowed; the AFL's clubs of 1966-69 against the AFL; no label from another league."""

from __future__ import annotations

from pathlib import Path

import pytest

from arena.debate.engine import DebateEngine
from arena.debate.factcheck import ungrounded_numbers
from arena.debate.model import DebateRequest, DebateResult, Fact
from arena.debate.plan import team_side

QUESTIONS = Path(__file__).with_name("nfl_team_questions.txt")
BEARS, RAVENS = "team:nfl:CHI:1985", "team:nfl:BAL:2000"


async def _debate(engine: DebateEngine, question: str) -> DebateResult:
    return await engine.run(DebateRequest(question=question))


def _fact(result: DebateResult, owner: str, stat: str) -> Fact:
    return next(f for f in result.facts if (f.player_id, f.stat) == (owner, stat))


def _assert_grounded(result: DebateResult) -> None:
    assert ungrounded_numbers(result.text, result.facts) == []
    for round_ in result.rounds:
        assert round_.fact_check.passed, (round_.name, round_.speaker, round_.fact_check.problems)


@pytest.mark.parametrize("question", QUESTIONS.read_text("utf-8").splitlines())
async def test_every_fan_question_debates_two_nfl_club_seasons(engine: DebateEngine, question: str) -> None:
    result = await _debate(engine, question)
    assert result.intent == "team_vs_team"
    assert [side.player.league for side in result.sides] == ["nfl", "nfl"]
    assert "rating" not in result.text  # the NBA's ratings per 100 possessions are not the NFL's
    _assert_grounded(result)


async def test_the_85_bears_and_the_2000_ravens_on_their_records_points_and_titles(engine: DebateEngine) -> None:
    result = await _debate(engine, "the 85 Bears vs the 2000 Ravens")
    assert [side.player.id for side in result.sides] == [BEARS, RAVENS]
    assert (_fact(result, BEARS, "wins").display, _fact(result, BEARS, "losses").display) == ("15", "1")
    assert _fact(result, BEARS, "mov").display == "16.13"  # (456 - 198) / 16
    assert _fact(result, RAVENS, "mov").display == "10.50"  # (333 - 165) / 16
    # Both won the Super Bowl, which the opening says; a title apiece is even.
    assert "won the Super Bowl" in result.rounds[0].text
    assert _fact(result, BEARS, "titles_won").value == _fact(result, RAVENS, "titles_won").value == 1
    criteria = {line.criterion: line for line in result.verdict.scorecard}
    assert set(criteria) == {"record", "dominance", "era_dominance", "accolades"}
    assert criteria["accolades"].leader is None
    assert result.verdict.winner == "1985 Chicago Bears"


async def test_a_defense_question_is_decided_by_points_allowed(engine: DebateEngine) -> None:
    """The 2000 Ravens allowed 10.3 points a game, under half the league's; the 1985 Bears 12.4."""
    result = await _debate(engine, "85 Bears vs 2000 Ravens defense")
    focus = next(line for line in result.verdict.scorecard if line.criterion == "stat_focus")
    assert focus.leader == "2000 Baltimore Ravens" and focus.measures == 1
    assert _fact(result, RAVENS, "era:points_allowed").value > _fact(result, BEARS, "era:points_allowed").value
    assert result.verdict.winner == "2000 Baltimore Ravens"
    _assert_grounded(result)


@pytest.mark.parametrize(("question", "side"), [
    ("85 Bears vs 2000 Ravens defense", "defense"), ("2002 Bucs D vs 1985 Bears D", "defense"),
    ("1999 Rams vs 2007 Patriots offense", "offense"), ("the 85 Bears vs the 2000 Ravens", None),
    ("Bears defense vs Rams offense in 1985", None),
])
def test_the_side_of_the_ball_a_team_question_names(question: str, side: str | None) -> None:
    assert team_side(question) == side


async def test_seasons_of_different_lengths_are_compared_per_game(engine: DebateEngine) -> None:
    """14 games in 1972, 16 in 2007: the Patriots' 16 wins are not more than the Dolphins' 14."""
    result = await _debate(engine, "'07 Patriots vs '72 Dolphins")
    stats = {f.stat for f in result.facts if f.player_id == "team:nfl:MIA:1972"}
    assert "win_pct" in stats and "era:points_scored" in stats
    assert "won 16 games" not in result.text
    # The Dolphins won the Super Bowl; the Patriots lost it.
    assert _fact(result, "team:nfl:MIA:1972", "titles_won").value == 1
    assert _fact(result, "team:nfl:NE:2007", "titles_won").value == 0
    _assert_grounded(result)


async def test_the_afl_champions_are_measured_against_the_afl(engine: DebateEngine) -> None:
    """1968: the Jets won the AFL championship and Super Bowl III over the NFL champion Colts; the Super Bowl
    is the season's one title, and each club's rank and points are against its own league."""
    result = await _debate(engine, "'68 Jets vs '68 Colts")
    jets, colts = "team:nfl:NYJ:1968", "team:nfl:IND:1968"
    assert "won the AFL championship and the Super Bowl" in result.rounds[0].text
    assert "won the NFL championship; lost the Super Bowl" in result.rounds[0].text
    assert (_fact(result, jets, "titles_won").value, _fact(result, colts, "titles_won").value) == (1, 0)
    # 11-3 was the AFL's best record with Oakland's 12-2 and Kansas City's 12-2 above it: 3rd.
    assert _fact(result, jets, "rank:win_pct").display == "3rd"
    _assert_grounded(result)
