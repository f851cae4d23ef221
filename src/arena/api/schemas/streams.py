"""Bodies of the operator's view of live streams."""

from __future__ import annotations

from pydantic import BaseModel, Field


class LiveStreamRead(BaseModel):
    id: str
    question: str
    writer: str
    created_at: str = Field(description="When it started, ISO 8601 UTC.")
    events: int = Field(description="Events written so far.")
    viewers: int = Field(description="Clients watching it now, in every process sharing the event log.")


class LiveStreamsRead(BaseModel):
    """The debates this process is generating now, oldest first."""

    streams: list[LiveStreamRead]
    viewers: int = Field(description="Clients watching them, all streams together.")
