"""Bodies of the vote routes."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from arena.api.schemas.text import Name


class VoteCreate(BaseModel):
    """A spectator's vote: the id of the side they back, as the debate's stat card lists it."""

    model_config = ConfigDict(extra="forbid")

    choice: Name = Field(min_length=1, max_length=64, examples=["nba:jordami01"])


class TallyRead(BaseModel):
    """A debate's votes so far, and this browser's own vote."""

    debate_id: str
    counts: dict[str, int] = Field(description="Votes per side id; sides without votes are absent.")
    total: int = Field(description="Votes cast; it only grows, so clients wait with it (`seen`).")
    your_choice: str | None = Field(description="The side this browser voted for, if it has.")
