"""One usage record per ended debate: who asked for which writer, what was used, what it cost."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class UsageRecord:
    """A finished debate's usage; ``debate_id`` identifies it, so a record is stored at most once."""

    debate_id: str
    request_id: str | None
    writer_asked: str
    writer_used: str
    outcome: str  # completed, refused, failed or cancelled
    error_code: str | None
    tokens: int
    fact_check_rejections: int
    fallbacks: int
    duration_ms: float
    created_at: datetime  # when the debate ended, UTC
    question: str | None = None  # what was asked, for the operator's analytics
    players: tuple[tuple[str, str], ...] = ()  # the sides argued, as (id, name)
