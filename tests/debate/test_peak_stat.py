"""A player's best seasons are judged in the stat that is his game as well as his position's headline: a
pass-first guard's assists, a rebounder's rebounds, a base stealer's steals; each best season names its stat."""

from __future__ import annotations

import pytest

from arena.debate.engine import DebateEngine
from arena.debate.model import DebateRequest, DebateResult


async def _debate(engine: DebateEngine, question: str) -> DebateResult:
    return await engine.run(DebateRequest(question=question))


def _peak_claims(result: DebateResult, player: str) -> list[str]:
    side = next(s for s in result.sides if s.player.name == player)
    return [a.claim for a in side.arguments if a.criterion == "peak"]


@pytest.mark.parametrize(("question", "player", "stat"), [
    ("Who has more rings, Tony Parker or Steve Nash?", "Steve Nash", "assists per game"),
    ("Jason Kidd vs Allen Iverson", "Jason Kidd", "assists per game"),
    ("Dwight Howard vs Shaquille O'Neal", "Dwight Howard", "rebounds per game"),
    ("Rickey Henderson vs Tony Gwynn", "Rickey Henderson", "stolen bases"),
    ("Rickey Henderson vs Tony Gwynn", "Tony Gwynn", "batting average"),
])
async def test_the_stat_that_is_his_game_picks_a_best_season(engine: DebateEngine, question: str, player: str,
                                                             stat: str) -> None:
    result = await _debate(engine, question)
    assert any(stat in claim for claim in _peak_claims(result, player)), _peak_claims(result, player)


async def test_a_pass_first_guard_is_not_judged_on_points_alone_for_peak(engine: DebateEngine) -> None:
    result = await _debate(engine, "Who has more rings, Tony Parker or Steve Nash?")
    peak = next(line for line in result.verdict.scorecard if line.criterion == "peak")
    assert peak.leader == "Steve Nash", peak


async def test_two_scorers_peaks_stay_on_points(engine: DebateEngine) -> None:
    result = await _debate(engine, "Kobe Bryant vs Michael Jordan")
    peak = next(line for line in result.verdict.scorecard if line.criterion == "peak")
    # Points per game alone: the best season and the best three-season stretch.
    assert peak.measures == 2, peak
