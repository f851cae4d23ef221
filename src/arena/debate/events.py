"""The one event stream every client renders (CLI, SSE, WebSocket, OpenAI-compatible chat).

Events are numbered by the engine from 1 (``seq``); transports use ``seq`` as the event id for resume.
``type`` is the discriminator. Every payload is a typed model (the tale of the tape's players and rows, a
chart's series, an argument's evidence, the verdict's scorecard, a failure's details, the timings), so the
SSE, WebSocket and chat transports and the CLI renderer read one shape; on the wire each is the JSON object
it always was, field for field.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, TypeAdapter, model_serializer

from arena.debate.model import Evidence, ScoreLine
from arena.nlu import Clarification


class _Payload(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CardPlayer(_Payload):
    """A column of the tale of the tape."""

    id: str
    name: str
    league: str


class CardRow(_Payload):
    """A stat across the players: one display value each (None: no figure), and who leads (None: even)."""

    stat: str
    criterion: str
    label: str
    values: list[str | None]
    labels: list[str | None]  # each value's own label: they differ where the players play different sports
    leader: str | None


class SeriesPoint(_Payload):
    season: int
    label: str
    value: int | float | None


class ChartSeries(_Payload):
    player: str
    player_id: str
    points: list[SeriesPoint]


class FailureDetails(_Payload):
    """What a client can act on: the candidates of a name needing clarification, the suggestions for a
    question not understood. Absent members are left out of the JSON (``{}`` when there are none)."""

    candidates: list[Clarification] | None = None
    suggestions: list[str] | None = None

    @model_serializer(mode="wrap")
    def _present_only(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return {name: value for name, value in handler(self).items() if value is not None}


class Timings(_Payload):
    """Milliseconds from the question to the first event, and spent parsing, arguing and writing; ``total``
    from the question to the end."""

    first_event: float
    parse: float
    argue: float
    write: float
    total: float


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    debate_id: str
    seq: int = Field(ge=1)

    def to_json(self) -> str:
        """The JSON text ``model_dump_json()`` gives, from the serializer without its keyword handling: every
        event of every debate is encoded once, for the event log."""
        return self.__pydantic_serializer__.to_json(self).decode()


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
    players: list[CardPlayer]
    rows: list[CardRow]


class Chart(_Event):
    """Series ready to plot: per-season values of one stat for each player."""

    type: Literal["chart"] = "chart"
    title: str
    stat: str
    series: list[ChartSeries]


class ArgumentMade(_Event):
    type: Literal["argument"] = "argument"
    speaker: str
    claim: str
    evidence: list[Evidence]
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
    confidence: float | None  # None: no debate to judge (nothing set side by side)
    scorecard: list[ScoreLine]
    summary: str
    flip: str | None = None  # what would change the call, in words (None when nothing was compared)


class WriterFellBack(_Event):
    """The requested writer could not write a round (down, too slow, or broke off); the template did.

    Every viewer receives it, so it says why in a stable ``code`` (the writer error's) and a ``reason`` for
    people, never the server's URL or the error's own text (those are in the server's log)."""

    type: Literal["writer.fallback"] = "writer.fallback"
    round: str
    speaker: str
    writer: str
    fallback: str
    reason: str
    code: str = "writer-error"  # events logged before the code was sent have none: the base code
    rest_of_debate: bool = False  # True: the writer could not start, so the fallback writes every later round


class DebateCompleted(_Event):
    type: Literal["debate.completed"] = "debate.completed"
    timings_ms: Timings
    writer: str
    tokens: int


class DebateFailed(_Event):
    type: Literal["error"] = "error"
    code: str
    message: str
    details: FailureDetails = Field(default_factory=FailureDetails)


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
