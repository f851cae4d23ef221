"""A debate's request and its result (the exact ``arena debate --json`` contract)."""

from __future__ import annotations

import uuid

from pydantic import BaseModel, ConfigDict, Field

from arena.debate.factcheck import FactCheckResult
from arena.debate.facts import Fact


class DebateRequest(BaseModel):
    """What a client asks: the question, optional criteria weights ("peak": 2), the writer and a seed.

    The same request with the same seed and data gives the same debate text.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    question: str
    criteria: dict[str, float] | None = None
    writer: str = "template"
    seed: int = 0
    debate_id: str = Field(default_factory=lambda: uuid.uuid4().hex)


class SidePlayer(BaseModel):
    """Who a side is: a player (``nba:jordami01``) or a club season (``team:nba:CHI:1996``)."""

    id: str
    name: str
    league: str
    years: str = ""


class Evidence(BaseModel):
    """A figure an argument rests on: the leader's value against one opponent's, each as shown."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    player: str
    player_id: str
    stat: str
    label: str
    scope: str
    season: int | None
    value: int | float
    display: str
    opponent: str
    opponent_id: str
    opponent_value: int | float
    opponent_display: str
    opponent_season: int | None


class Argument(BaseModel):
    claim: str
    evidence: list[Evidence]
    strength: float = Field(ge=0, le=1)
    criterion: str = ""


class Side(BaseModel):
    player: SidePlayer
    arguments: list[Argument] = Field(default_factory=list)


class Round(BaseModel):
    name: str  # "opening", "case", "rebuttal", "verdict"
    speaker: str
    text: str
    writer: str  # the writer whose text this is ("template" after a fallback or a rejection)
    fact_check: FactCheckResult
    # Why the requested writer's text is not this round's: "writer-unavailable", "writer-failed" or
    # "fact-check" (then ``rejected`` lists the gate's problems); None when it is.
    fallback: str | None = None
    rejected: list[str] = Field(default_factory=list)


class ScoreLine(BaseModel):
    """One criterion of the scorecard: who leads it (None: even), each side's score (0 to 1) and how."""

    criterion: str
    label: str
    weight: float
    leader: str | None
    leader_id: str | None
    scores: dict[str, float]
    margin: float
    measures: int


class Verdict(BaseModel):
    """The call: ``winner`` None is a tie (or no comparison). ``confidence`` (see :mod:`arena.debate.verdict`):
    None when there is no debate to judge, 0.5 for a coin flip, towards 1 as the margin and the measures
    behind it grow."""

    winner: str | None
    confidence: float | None = Field(ge=0, le=1)
    scorecard: list[ScoreLine]
    winner_id: str | None = None
    summary: str = ""
    flip: str | None = None
    weights: dict[str, float] = Field(default_factory=dict)


class DebateResult(BaseModel):
    """The finished debate. Every number in ``text`` is the display of a fact in ``facts``, a season,
    or a count the facts imply."""

    id: str
    query: str
    sides: list[Side]
    rounds: list[Round]
    verdict: Verdict
    facts: list[Fact]
    text: str
    intent: str | None = None
    writer: str = "template"
    notes: list[str] = Field(default_factory=list)
