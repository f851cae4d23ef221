"""Stolen bases are production where they are a base stealer's game, over a career or a single season, so his case
can argue them; a slugger's occasional steal is not measured."""

from __future__ import annotations

import pytest

from arena.debate.engine import DebateEngine
from arena.debate.model import DebateRequest, DebateResult


async def _debate(engine: DebateEngine, question: str) -> DebateResult:
    return await engine.run(DebateRequest(question=question))


def _measures_steals(result: DebateResult) -> bool:
    return any(fact.stat.endswith("stolen_bases") for fact in result.facts)


@pytest.mark.parametrize(("question", "stealer"), [
    ("Who had the better 1981, Rickey Henderson or Eddie Murray?", "Rickey Henderson"),  # a strike season
    ("Lou Brock vs Tony Gwynn", "Lou Brock"),
    ("Tim Raines vs Andre Dawson", "Tim Raines"),
    ("Vince Coleman 1985 vs Tim Raines 1985", "Vince Coleman"),
])
async def test_a_base_stealer_s_steals_are_measured_and_argued(engine: DebateEngine, question: str,
                                                              stealer: str) -> None:
    result = await _debate(engine, question)
    assert _measures_steals(result)
    side = next(s for s in result.sides if s.player.name == stealer)
    assert any(ev.stat.endswith("stolen_bases") for a in side.arguments for ev in a.evidence), side.arguments
    assert "stolen bases" in result.text


@pytest.mark.parametrize("question", ["Babe Ruth vs Lou Gehrig", "Who had the better 1961, Roger Maris or "
                                                                  "Mickey Mantle?"])
async def test_sluggers_occasional_steals_are_not_measured(engine: DebateEngine, question: str) -> None:
    result = await _debate(engine, question)
    assert not _measures_steals(result)
