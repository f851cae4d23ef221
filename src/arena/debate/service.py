"""The debate service: the one path a debate takes, whoever asks for it.

    question ─► DebateService ─► DebateEngine (parse, plan, rounds through the guarded writers, fact-check,
                                 verdict; usage and metrics observers) ─► event log ─► live readers
                                                                                     (SSE, WebSocket, chat)

The API's routers, its WebSocket and OpenAI-compatible endpoints, ``arena debate`` and the benches all call
it; ``arena.bootstrap`` builds it once, over the engine it builds once. ``start`` runs a debate into the
event log, where every client reads the same numbered events and can resume from any of them; ``run`` runs
the same engine to its end in this process, for a caller that wants the whole result (``arena debate``).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from arena.debate.control import CONTROLLER_META_KEY, OWNER_META_KEY, may_control
from arena.debate.errors import ControlForbidden, DebateEvicted, DebateNotFound, DebateRefused, QuestionTooLong
from arena.debate.events import (
    TERMINAL_TYPES,
    DebateEvent,
    DebateFailed,
    StatCard,
    VerdictReached,
    parse_event,
)
from arena.debate.model import DebateRequest, DebateResult
from arena.debate.transcript import Transcript
from arena.streaming import (
    EventLog,
    LiveBatch,
    LogEntry,
    StopEntry,
    StopReason,
    StreamEvicted,
    StreamNotFound,
    StreamRunner,
    read_live,
)
from arena.telemetry import Metrics

DebateStatus = Literal["running", "completed", "failed", "cancelled"]

# What a stopped debate's final ``error`` event says, by why the runner stopped it.
STOP_CODES: dict[StopReason, str] = {
    "cancelled": "debate-cancelled",
    "abandoned": "debate-abandoned",
    "shutdown": "server-shutting-down",
    "failed": "internal-error",
}
_CANCELLED_CODES = frozenset({"debate-cancelled", "debate-abandoned", "server-shutting-down"})
_READ_BATCH = 1024


class DebateSource(Protocol):
    """What makes a debate's events: the debate engine."""

    @property
    def writer_names(self) -> list[str]: ...

    def batches(self, request: DebateRequest, *,
                on_result: Callable[[DebateResult], None] | None = None) -> AsyncIterator[list[DebateEvent]]: ...

    async def run(self, request: DebateRequest, *,
                  on_event: Callable[[DebateEvent], None] | None = None) -> DebateResult: ...


def entry_from_event(event: DebateEvent) -> LogEntry:
    return LogEntry(event.seq, event.type, event.to_json(), event.type in TERMINAL_TYPES)


@dataclass
class DebateSnapshot:
    """A debate folded from its events so far."""

    id: str
    meta: dict[str, Any]
    status: DebateStatus
    events: int
    viewers: int
    transcript: Transcript = field(default_factory=Transcript)
    verdict: VerdictReached | None = None
    stat_cards: list[StatCard] = field(default_factory=list)
    failure: DebateFailed | None = None


@dataclass(frozen=True, slots=True)
class LiveDebate:
    """A debate this process is generating now: what was asked, by which writer, since when (ISO 8601 UTC),
    how many events it has written and how many clients, in any process sharing the log, watch it."""

    id: str
    question: str
    writer: str
    created_at: str
    events: int
    viewers: int


class DebateService:
    """Runs debates: into the log (``start``) or to their end here (``run``); hands out live readers, cancels
    and reads debates back. ``default_writer`` words a debate whose request names none."""

    def __init__(
        self,
        source: DebateSource,
        log: EventLog,
        runner: StreamRunner,
        *,
        heartbeat_seconds: float,
        max_question_chars: int,
        default_writer: str,
        metrics: Metrics | None = None,
    ) -> None:
        self._source = source
        self._metrics = metrics or Metrics()
        self._log = log
        self._runner = runner
        self._heartbeat = heartbeat_seconds
        self._max_question = max_question_chars
        self._default_writer = default_writer

    @property
    def writer_names(self) -> list[str]:
        """The writers a request may name."""
        return self._source.writer_names

    @property
    def running(self) -> int:
        """Debates generating in this process now."""
        return self._runner.running

    async def live(self) -> list[LiveDebate]:
        """The debates generating in this process now, oldest first (one that ends meanwhile is left out)."""
        live = []
        for debate_id in self._runner.stream_ids:
            try:
                info = await self._log.info(debate_id)
            except StreamNotFound:
                continue
            live.append(LiveDebate(id=debate_id, question=info.meta.get("question", ""),
                                   writer=info.meta.get("writer", ""), created_at=info.meta.get("created_at", ""),
                                   events=info.last_id, viewers=info.viewers))
        return live

    def request(self, question: str, *, criteria: dict[str, float] | None = None, writer: str | None = None,
                seed: int = 0) -> DebateRequest:
        """The domain request for ``question``; raises ``QuestionTooLong``."""
        question = question.strip()
        QuestionTooLong.check(question, self._max_question)
        return DebateRequest(question=question, criteria=criteria, writer=writer or self._default_writer, seed=seed)

    async def run(self, request: DebateRequest, *,
                  on_event: Callable[[DebateEvent], None] | None = None) -> DebateResult:
        """The finished debate, run in this process; ``on_event`` sees each event as it is made. Raises the
        error an ``error`` event would carry (``NeedsClarification``, ``UnknownWriter``...)."""
        return await self._source.run(request, on_event=on_event)

    async def start(self, request: DebateRequest, *, controller: str | None = None, owner: str | None = None,
                    on_result: Callable[[DebateResult], None] | None = None) -> None:
        """Start a debate into the log, which only ``controller`` or ``owner`` (see :mod:`arena.debate.control`)
        may then cancel or delete (nobody, if both are None); raises what the engine raises before its first
        event (bad writer, unclear question) as ``DebateRefused``. ``on_result`` is given the finished
        debate (what ``run`` returns) in this process, just before its last event is written."""
        batches = aiter(self._source.batches(request, on_result=on_result))
        try:
            opening = await _opening(batches)
        except BaseException:
            await _close(batches)
            raise
        meta = {
            "question": request.question,
            "writer": request.writer,
            "seed": str(request.seed),
            "criteria": json.dumps(request.criteria),
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        if controller is not None:
            meta[CONTROLLER_META_KEY] = controller
        if owner is not None:
            meta[OWNER_META_KEY] = owner
        await self._runner.start(request.debate_id, meta, _entries(opening, batches),
                                 self._stop_entry(request.debate_id))

    async def aclose(self) -> None:
        """Stop the debates this process is running into the log (each ends with a ``shutdown`` error event);
        the service can start debates again afterwards."""
        await self._runner.aclose()

    @staticmethod
    def _stop_entry(debate_id: str) -> StopEntry:
        def build(seq: int, reason: StopReason, detail: str) -> LogEntry:
            return entry_from_event(DebateFailed(debate_id=debate_id, seq=seq, code=STOP_CODES[reason],
                                                 message=detail))

        return build

    async def watch(self, debate_id: str, *, after: int, transport: str = "sse") -> AsyncGenerator[LiveBatch, None]:
        """A live reader from ``after`` on; raises ``DebateNotFound`` and ``EventsExpired`` before it starts."""
        items = read_live(self._log, debate_id, after=after, heartbeat_seconds=self._heartbeat)
        try:
            first = await anext(items)
        except StreamNotFound as exc:
            raise _not_found(debate_id, exc) from exc
        return self._counted(first, items, transport)

    async def _counted(self, first: LiveBatch, items: AsyncGenerator[LiveBatch, None],
                       transport: str) -> AsyncGenerator[LiveBatch, None]:
        """``first`` then the rest of ``items``, counted (one generator for both: idle readers keep each layer)."""
        open_streams = self._metrics.open_streams.labels(transport)
        events_sent = self._metrics.events_sent.labels(transport)
        open_streams.inc()
        try:
            async with contextlib.aclosing(items) as live:
                batch = first
                while True:
                    events_sent.inc(sum(isinstance(item, LogEntry) for item in batch))
                    yield batch
                    del batch
                    try:
                        batch = await anext(live)
                    except StopAsyncIteration:
                        return
        finally:
            open_streams.dec()

    async def cancel(self, debate_id: str, *, controllers: Collection[str]) -> None:
        """Stop the debate wherever it runs (its last event says so); raises ``DebateNotFound``, and
        ``ControlForbidden`` unless one of ``controllers`` is its token's or its owner's."""
        try:
            await self._authorize(debate_id, controllers)
            await self._runner.cancel(debate_id)
        except StreamNotFound as exc:
            raise _not_found(debate_id, exc) from exc

    async def delete(self, debate_id: str, *, controllers: Collection[str]) -> None:
        """Stop the debate if it runs and forget it with its events; raises as ``cancel`` does."""
        try:
            await self._authorize(debate_id, controllers)
            await self._runner.discard(debate_id)
        except StreamNotFound as exc:
            raise DebateNotFound(debate_id) from exc

    async def _authorize(self, debate_id: str, controllers: Collection[str]) -> None:
        if not may_control((await self._log.info(debate_id)).meta, controllers):
            raise ControlForbidden(debate_id)

    async def snapshot(self, debate_id: str) -> DebateSnapshot:
        try:
            info = await self._log.info(debate_id)
            entries: list[LogEntry] = []
            while batch := await self._log.read_after(debate_id, entries[-1].id if entries else 0,
                                                      limit=_READ_BATCH):
                entries.extend(batch)
        except StreamNotFound as exc:
            raise _not_found(debate_id, exc) from exc
        meta: dict[str, Any] = dict(info.meta)
        snap = DebateSnapshot(id=debate_id, meta=meta, status="running", events=len(entries), viewers=info.viewers)
        for entry in entries:
            _fold(snap, parse_event(entry.data))
        return snap


def _fold(snap: DebateSnapshot, event: DebateEvent) -> None:
    snap.transcript.add(event)
    if isinstance(event, VerdictReached):
        snap.verdict = event
    elif isinstance(event, StatCard):
        snap.stat_cards.append(event)
    elif isinstance(event, DebateFailed):
        snap.failure = event
        snap.status = "cancelled" if event.code in _CANCELLED_CODES else "failed"
    elif event.type == "debate.completed":
        snap.status = "completed"


async def _opening(batches: AsyncIterator[list[DebateEvent]]) -> list[list[DebateEvent]]:
    """The batches up to the first event with substance. The engine checks the question after
    ``debate.started``, so waiting for the next event turns a refused question into an HTTP error instead of a
    started debate."""
    opening = [await anext(batches)]
    while all(event.type == "debate.started" for event in opening[-1]):
        opening.append(await anext(batches))
    failed = next((event for event in opening[-1] if isinstance(event, DebateFailed)), None)
    if failed is not None:
        raise DebateRefused(failed.code, failed.message, failed.details.model_dump())
    return opening


async def _entries(opening: list[list[DebateEvent]],
                   batches: AsyncIterator[list[DebateEvent]]) -> AsyncGenerator[list[LogEntry], None]:
    try:
        for batch in opening:
            yield [entry_from_event(event) for event in batch]
        async for batch in batches:
            yield [entry_from_event(event) for event in batch]
    finally:
        await _close(batches)


async def _close(batches: AsyncIterator[list[DebateEvent]]) -> None:
    aclose = getattr(batches, "aclose", None)
    if aclose is not None:
        await aclose()


def _not_found(debate_id: str, exc: StreamNotFound) -> DebateNotFound:
    return DebateEvicted(debate_id) if isinstance(exc, StreamEvicted) else DebateNotFound(debate_id)
