"""Bodies of the debate routes."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from arena.api.schemas.text import Name, Text
from arena.debate import MAX_WEIGHT, DebateStatus

MAX_SEED = 2**31 - 1

Criterion = Annotated[Name, Field(min_length=1, max_length=64)]
Weight = Annotated[float, Field(ge=0, le=MAX_WEIGHT, allow_inf_nan=False)]


class DebateCreate(BaseModel):
    """A debate to start. The same question, criteria, writer and seed give the same debate."""

    model_config = ConfigDict(extra="forbid")

    question: Text = Field(min_length=1, examples=["Who's better, LeBron or Jordan?"])
    criteria: dict[Criterion, Weight] | None = Field(
        default=None, max_length=32,
        description=f'Weights per criterion (0 to {MAX_WEIGHT:g}), e.g. {{"peak": 2, "longevity": 1}}.'
    )
    writer: Name | None = Field(default=None, min_length=1, max_length=64,
                               description="The writer to use; the server's default when absent.")
    seed: int | None = Field(default=None, ge=0, le=MAX_SEED)


class DebateLinks(BaseModel):
    self: str
    events: str = Field(description="Server-Sent Events; resume with Last-Event-ID.")
    websocket: str


class DebateCreated(BaseModel):
    id: str
    status: DebateStatus
    question: str
    links: DebateLinks
    control_token: str | None = Field(
        description="The capability to cancel or delete this debate (send it as `Authorization: Bearer` with "
        "accounts off, else as `Arena-Control-Token`); shown once, kept by the server only as a hash, so a "
        "replayed `Idempotency-Key` answers null (the owner's credentials still control the debate). "
        "Spectators need only the links.")


class DebateControl(BaseModel):
    """Who asks, for clients that cannot send headers (what the headers present counts too)."""

    model_config = ConfigDict(extra="forbid")

    token: Name | None = Field(default=None, min_length=1, max_length=256,
                              description="The control_token the debate's creation returned.")


class DebateFailure(BaseModel):
    code: str
    message: str


class VerdictRead(BaseModel):
    winner: str | None
    confidence: float | None  # None: no debate to judge
    scorecard: list[dict[str, Any]]
    summary: str


class DebateRead(BaseModel):
    """A debate as it stands: its text so far, and once finished its verdict or why it stopped."""

    id: str
    status: DebateStatus
    question: str
    writer: str
    seed: int
    criteria: dict[str, float] | None
    created_at: str
    events: int = Field(description="Events so far; the id of the latest.")
    viewers: int
    text: str
    verdict: VerdictRead | None
    stat_cards: list[dict[str, Any]]
    error: DebateFailure | None
    links: DebateLinks
