"""The writer port: turns one round's fact sheet into prose, streamed as text chunks.

A writer only words what the debate engine decided; every number it may use is in ``RoundBrief.facts``
with its display form. The engine fact-checks non-template output before it reaches a client.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field


class FactLine(BaseModel):
    """One true statement with its numbers already formatted (``display``) as they may appear in text."""

    model_config = ConfigDict(frozen=True)

    player: str
    stat: str  # human label, e.g. "career points"
    display: str  # e.g. "32,292"
    opponent: str | None = None
    opponent_display: str | None = None
    note: str | None = None  # e.g. "in 2015-16", "led the league"


class RoundBrief(BaseModel):
    """What one round must say: who speaks, the points to make, in order, and the facts allowed."""

    model_config = ConfigDict(frozen=True)

    debate_id: str
    round: str  # "opening", "case", "rebuttal", "verdict"
    speaker: str
    question: str
    points: list[str]  # the engine's claims for this round, plain sentences built from facts
    facts: list[FactLine]
    seed: int = 0
    max_words: int = Field(default=180, ge=20, le=600)
    # Whether the round may end on a closing line ("Hard to argue with that."): not where its points concede
    # (a case that leads nothing) or make a single point, since a closer sums up figures that argue.
    closing: bool = True


class Writer(Protocol):
    """Streams one round's prose. Raises :class:`arena.llm.errors.WriterError` subclasses on failure."""

    name: str

    def stream_round(self, brief: RoundBrief) -> AsyncIterator[str]:
        """Yield text chunks (tokens or phrases) for the round, in order."""
        ...


@runtime_checkable
class BoundsFirstToken(Protocol):
    """A writer that keeps the first-token deadline itself, raising ``WriterUnavailable`` once it passed
    (:class:`arena.llm.guard.GuardedWriter`, whose breaker must see the deadline missed), so the engine sets
    no deadline of its own on the first chunk."""

    first_token_timeout_s: float
