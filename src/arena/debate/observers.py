"""What the engine tells its observers once a debate has ended: one :class:`DebateReport` per debate.

Observers (metrics, usage records, ...) are given to :class:`arena.debate.engine.DebateEngine` and each sees
every debate's report exactly once: when it completes, is refused (a question it cannot read or must ask back
about, a writer or criterion that does not exist: the client's to fix), fails, or is cancelled (its stream
closed before its last event: a client's cancel, nobody watching, shutdown).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal, Protocol

from arena.telemetry import Metrics

Outcome = Literal["completed", "refused", "failed", "cancelled"]


@dataclass(frozen=True, slots=True)
class Fallback:
    """A round the requested writer did not write: ``reason`` is the round's fallback code
    (``writer-unavailable``, ``writer-failed``, ``fact-check``, ``circuit-open``, ``writer-busy``)."""

    round: str
    reason: str


@dataclass(frozen=True, slots=True)
class DebateReport:
    """One ended debate.

    ``writer_used`` is ``writer_asked`` when that writer wrote at least one round, else ``template``;
    ``tokens`` are the tokens LLM writers produced for it (the writer's own count where it keeps one, else
    the chunks it sent; 0 for the template); ``request_id`` is the id bound by the request that started it.
    ``question`` is what was asked; ``players`` the sides argued, as (id, name), empty when the debate ended
    before they were known (an unclear question).
    """

    debate_id: str
    request_id: str | None
    writer_asked: str
    writer_used: str
    outcome: Outcome
    error_code: str | None  # the ``error`` event's code for a refused or failed debate; None otherwise
    tokens: int
    fact_check_rejections: int
    fallbacks: tuple[Fallback, ...]
    duration_ms: float
    question: str = ""
    players: tuple[tuple[str, str], ...] = ()


class DebateObserver(Protocol):
    """Told about each debate once, when it ends. Called on the event loop: it must not block (hand any
    I/O to a buffer or a task); what it raises is logged and does not affect the debate or other observers."""

    def debate_ended(self, report: DebateReport) -> None:
        ...


# The label of a writer no build has: a client may ask for any name, and each label value is a series kept
# for the life of the process.
OTHER_WRITER = "other"


class DebateMetrics:
    """An observer feeding the debate metrics: debates by writer asked and outcome, fact-check rejections
    and LLM tokens by writer, and each round that fell back to the template (``llm``, by reason).

    Writers are labelled from the closed set ``writers`` (the names this build has); any other is
    ``other``."""

    def __init__(self, metrics: Metrics, writers: Collection[str]) -> None:
        self._metrics = metrics
        self._writers = frozenset(writers)

    def debate_ended(self, report: DebateReport) -> None:
        m = self._metrics
        writer = report.writer_asked if report.writer_asked in self._writers else OTHER_WRITER
        m.debates.labels(writer, report.outcome).inc()
        if report.fact_check_rejections:
            m.fact_check_rejections.labels(writer).inc(report.fact_check_rejections)
        if report.tokens:
            m.llm_tokens.labels(writer).inc(report.tokens)
        for fallback in report.fallbacks:
            m.fallbacks.labels("llm", fallback.reason).inc()
