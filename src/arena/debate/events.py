"""The one event stream every client renders (CLI, SSE, WebSocket, OpenAI-compatible chat).

Events are numbered by the engine from 1 (``seq``); transports use ``seq`` as the event id for resume.
``type`` is the discriminator; payload fields are plain JSON-ready values.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    debate_id: str
    seq: int = Field(ge=1)


class DebateStarted(_Event):
    type: Literal["debate.started"] = "debate.started"
    query: str
    writer: str


class RoundStarted(_Event):
    type: Literal["round.started"] = "round.started"
    round: str  # "opening", "case", "rebuttal", "verdict"
    speaker: str  # a player's name, or "moderator"
    index: int


class SpeakerTyping(_Event):
    type: Literal["speaker.typing"] = "speaker.typing"
    speaker: str


class TextDelta(_Event):
    type: Literal["text.delta"] = "text.delta"
    round: str
    speaker: str
    text: str


class StatCard(_Event):
    """The tale of the tape: one row per stat, one value per player."""

    type: Literal["stat_card"] = "stat_card"
    title: str
    players: list[dict[str, Any]]
    rows: list[dict[str, Any]]


class Chart(_Event):
    """Series ready to plot: per-season values of one stat for each player."""

    type: Literal["chart"] = "chart"
    title: str
    stat: str
    series: list[dict[str, Any]]


class ArgumentMade(_Event):
    type: Literal["argument"] = "argument"
    speaker: str
    claim: str
    evidence: list[dict[str, Any]]
    strength: float


class FactCheck(_Event):
    type: Literal["fact_check"] = "fact_check"
    round: str
    writer: str
    passed: bool
    problems: list[str] = Field(default_factory=list)


class VerdictReached(_Event):
    type: Literal["verdict"] = "verdict"
    winner: str | None
    confidence: float
    scorecard: list[dict[str, Any]]
    summary: str
    flip: str | None = None  # what would change the call, in words (None when nothing was compared)


class WriterFellBack(_Event):
    """The requested writer could not write a round (down, too slow, or broke off); the template did."""

    type: Literal["writer.fallback"] = "writer.fallback"
    round: str
    speaker: str
    writer: str
    fallback: str
    reason: str
    rest_of_debate: bool = False  # True: the writer could not start, so the fallback writes every later round


class DebateCompleted(_Event):
    type: Literal["debate.completed"] = "debate.completed"
    timings_ms: dict[str, float]
    writer: str
    tokens: int


class DebateFailed(_Event):
    type: Literal["error"] = "error"
    code: str
    message: str
    details: dict[str, Any] = Field(default_factory=dict)  # e.g. the candidates of a needs-clarification


DebateEvent = Annotated[
    DebateStarted
    | RoundStarted
    | SpeakerTyping
    | TextDelta
    | StatCard
    | Chart
    | ArgumentMade
    | FactCheck
    | WriterFellBack
    | VerdictReached
    | DebateCompleted
    | DebateFailed,
    Field(discriminator="type"),
]

EVENT_ADAPTER: TypeAdapter[DebateEvent] = TypeAdapter(DebateEvent)

TERMINAL_TYPES = frozenset({"debate.completed", "error"})


def parse_event(data: str | bytes) -> DebateEvent:
    """An event from its JSON text (as stored in an event log)."""
    return EVENT_ADAPTER.validate_json(data)
