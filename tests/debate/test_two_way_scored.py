"""A two-way season's second role is scored, not only stated: against a one-role rival, its pitching volume is half a
production measure, the rival's none, and the case still states the role's record once."""

from __future__ import annotations

import pytest

from arena.debate.engine import DebateEngine
from arena.debate.model import DebateRequest


@pytest.mark.parametrize(("question", "two_way", "rival"), [
    ("Shohei Ohtani 2023 vs Aaron Judge 2022", "Shohei Ohtani", "Aaron Judge"),
    ("Who had the better 2021, Shohei Ohtani or Vladimir Guerrero Jr.?", "Shohei Ohtani", "Vladimir Guerrero Jr."),
])
async def test_a_two_way_season_s_pitching_is_scored_in_production(engine: DebateEngine, question: str,
                                                                    two_way: str, rival: str) -> None:
    result = await engine.run(DebateRequest(question=question))
    ids = {side.player.name: side.player.id for side in result.sides}
    pitching = {f.player_id: f.value for f in result.facts if f.group == "pitching" and f.stat == "strikeouts"}
    assert pitching[ids[rival]] == 0 and pitching[ids[two_way]] > 0
    production = next(line for line in result.verdict.scorecard if line.criterion == "production")
    # His strikeouts against none lift his production score over the batting totals alone.
    assert production.scores[two_way] > 0
    case = next(r.text for r in result.rounds if r.name == "case" and r.speaker == two_way)
    assert "pitching in 20" in case and "was not a two-way player that season" in case
    assert case.count(f"{int(pitching[ids[two_way]])} strikeouts") == 1, case
