"""The debate engine: a question in, one stream of typed events out, ending in a grounded debate.

The first event leaves before anything is parsed or fetched. Every round is written by the requested
writer, then fact-checked; a writer that cannot start hands the rest of the debate to the template, one
that breaks off mid-round hands that round over, and a round that fails the gate is replaced by the
template's. Nothing a writer said reaches a client before the gate has passed it.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncGenerator, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from random import Random
from typing import Any, Protocol, TypeVar

from arena.debate.casebook import Casebook, player_casebook, team_casebook
from arena.debate.dossier import DossierReader
from arena.debate.errors import DebateError, QuestionNotUnderstood, UnknownWriter
from arena.debate.events import (
    ArgumentMade,
    Chart,
    DebateCompleted,
    DebateEvent,
    DebateFailed,
    DebateStarted,
    FactCheck,
    RoundStarted,
    SpeakerTyping,
    StatCard,
    TextDelta,
    VerdictReached,
    WriterFellBack,
)
from arena.debate.factcheck import FactChecker, FactCheckResult, Speaker
from arena.debate.kept import KeptReads
from arena.debate.model import DebateRequest, DebateResult, Round
from arena.debate.observers import DebateObserver, DebateReport, Fallback, Outcome
from arena.debate.plan import plan_debate
from arena.debate.rounds import MODERATOR, RoundPlan, fact_lines
from arena.debate.verdict import resolve_weights
from arena.errors import ArenaError, RefusesTheRequest, echo
from arena.llm import (
    BoundsFirstToken,
    CountsTokens,
    RoundBrief,
    TemplateWriter,
    Writer,
    WriterError,
    WriterFailed,
    WriterUnavailable,
    first_token_missed,
)
from arena.nlu import NeedsClarification, ParsedQuestion
from arena.stats import StatStore
from arena.telemetry import get_logger, request_id

TEMPLATE = "template"
E = TypeVar("E", bound=DebateEvent)

_log = get_logger(__name__)


class Parser(Protocol):
    """Question understanding as the engine needs it (``arena.nlu.parser.QuestionParser`` is one)."""

    def parse(self, question: str) -> ParsedQuestion:
        ...


class _Emitter:
    """Numbers events from 1 in the order they leave."""

    def __init__(self, debate_id: str) -> None:
        self.debate_id = debate_id
        self.seq = 0

    def __call__(self, event_type: type[E], **fields: Any) -> E:
        self.seq += 1
        return event_type(debate_id=self.debate_id, seq=self.seq, **fields)


@dataclass
class _Run:
    """One debate's outcome, filled in as its events are produced."""

    error: ArenaError | None = None
    result: DebateResult | None = None
    # For the observers' report; the outcome is set before the terminal event leaves, so a consumer that
    # closes the stream on that event does not make it look cancelled.
    outcome: Outcome = "cancelled"
    error_code: str | None = None
    writers: set[str] = field(default_factory=set)
    fallbacks: list[Fallback] = field(default_factory=list)
    rejections: int = 0
    tokens: int = 0
    players: tuple[tuple[str, str], ...] = ()
    on_result: Callable[[DebateResult], None] | None = None  # given ``result`` before ``debate.completed`` leaves


@dataclass
class _Written:
    text: str
    chunks: list[str]
    writer: str
    fact_check: FactCheckResult
    fallback: str | None = None
    rest_of_debate: bool = False  # the writer could not start: the template writes every later round
    rejected: list[str] = field(default_factory=list)
    notices: list[tuple[type[DebateEvent], dict[str, Any]]] = field(default_factory=list)


def _details(exc: ArenaError) -> dict[str, Any]:
    if isinstance(exc, NeedsClarification):
        return {"candidates": exc.candidates}
    if isinstance(exc, QuestionNotUnderstood):
        return {"suggestions": exc.suggestions}
    return {}


class DebateEngine:
    """Runs debates over a stat store with a question parser and named writers.

    >>> engine = DebateEngine(store, QuestionParser(store), {"template": TemplateWriter()})
    >>> result = await engine.run(DebateRequest(question="Jordan or LeBron?"))

    ``first_token_timeout_s`` bounds the wait for a writer's first chunk, ``round_timeout_s`` the rest
    of a round (a writer that bounds its own first token, such as ``arena.llm.guard.GuardedWriter``, keeps
    that deadline itself). The template writer is always available as the fallback. Each of ``observers``
    is given a :class:`DebateReport` once per debate, when it ends (completed, failed or cancelled).
    """

    def __init__(self, store: StatStore, parser: Parser, writers: Mapping[str, Writer], *,
                 clock: Callable[[], float] = time.perf_counter, first_token_timeout_s: float = 3.0,
                 round_timeout_s: float = 30.0, observers: Sequence[DebateObserver] = ()) -> None:
        self._store = store
        self._dossiers = DossierReader(store)
        # Popular questions are asked again and again; a parse (a tenth of a debate) is frozen, so shared.
        self._parses = KeptReads(store, capacity=1024)
        self._parser = parser
        self._template: Writer = writers.get(TEMPLATE) or TemplateWriter()
        self._writers: dict[str, Writer] = {**writers, TEMPLATE: self._template}
        self._clock = clock
        self._first_token_timeout_s = first_token_timeout_s
        self._round_timeout_s = round_timeout_s
        self._observers = tuple(observers)

    @property
    def writer_names(self) -> list[str]:
        return sorted(self._writers)

    def batches(self, request: DebateRequest, *,
                on_result: Callable[[DebateResult], None] | None = None) -> AsyncGenerator[list[DebateEvent], None]:
        """The debate's events, from ``debate.started`` to ``debate.completed`` (or ``error``), in batches: the
        events made at once, between two waits (the store, a writer), so a consumer handles each batch in one
        step (the debate service appends it to the event log in one call). ``on_result`` is given the finished
        debate before ``debate.completed`` leaves. Closing the stream midway reports the debate cancelled at
        once."""
        # The batches' own generator, not one re-yielding them: every layer costs each batch of every debate.
        return self._events(request, _Run(on_result=on_result))

    async def stream(self, request: DebateRequest) -> AsyncGenerator[DebateEvent, None]:
        """The debate's events one by one (``batches``, flattened)."""
        async with contextlib.aclosing(self.batches(request)) as batches:
            async for batch in batches:
                for event in batch:
                    yield event

    async def run(self, request: DebateRequest, *,
                  on_event: Callable[[DebateEvent], None] | None = None) -> DebateResult:
        """The finished debate; raises the :class:`ArenaError` an ``error`` event would carry.

        ``on_event`` sees every event as it is produced (a terminal renders the debate live with it).
        """
        run = _Run()
        async with contextlib.aclosing(self._events(request, run)) as batches:
            async for batch in batches:
                if on_event is not None:
                    for event in batch:
                        on_event(event)
        if run.error is not None:
            raise run.error
        if run.result is None:
            raise DebateError("the debate ended without a result")
        return run.result

    async def _events(self, request: DebateRequest, run: _Run) -> AsyncGenerator[list[DebateEvent], None]:
        emit = _Emitter(request.debate_id)
        started = self._clock()
        rid = request_id()  # read now: the stream may be closed from another context
        try:
            yield [emit(DebateStarted, query=request.question, writer=request.writer)]
            first_event_ms = (self._clock() - started) * 1000
            try:
                async with contextlib.aclosing(self._debate(request, run, emit, started, first_event_ms)) as debate:
                    async for batch in debate:
                        yield batch
            except ArenaError as exc:
                run.error = exc
                run.outcome, run.error_code = "refused" if isinstance(exc, RefusesTheRequest) else "failed", exc.code
                yield [emit(DebateFailed, code=exc.code, message=exc.public, details=_details(exc))]
        except Exception:
            run.outcome, run.error_code = "failed", "internal-error"
            raise
        finally:
            self._report(request, run, rid, started)

    def _report(self, request: DebateRequest, run: _Run, rid: str | None, started: float) -> None:
        if not self._observers:
            return
        report = DebateReport(
            debate_id=request.debate_id, request_id=rid, writer_asked=request.writer,
            writer_used=request.writer if request.writer in run.writers else TEMPLATE, outcome=run.outcome,
            error_code=run.error_code, tokens=self._tokens(request, run),
            fact_check_rejections=run.rejections, fallbacks=tuple(run.fallbacks),
            duration_ms=round((self._clock() - started) * 1000, 3), question=request.question, players=run.players)
        for observer in self._observers:
            try:
                observer.debate_ended(report)
            except Exception:
                _log.exception("debate observer failed", observer=type(observer).__name__,
                               debate_id=request.debate_id)

    def _tokens(self, request: DebateRequest, run: _Run) -> int:
        """What LLM writers produced for the debate: the writer's own count where it keeps one."""
        writer = self._writers.get(request.writer)
        if writer is not None and writer is not self._template and isinstance(writer, CountsTokens):
            return writer.tokens_for(request.debate_id)
        return run.tokens

    async def _debate(self, request: DebateRequest, run: _Run, emit: _Emitter, started: float,
                      first_event_ms: float) -> AsyncGenerator[list[DebateEvent], None]:
        """The debate after its first event: the tale of the tape once the store is read, then a batch before each
        round's writer is waited on, and the verdict."""
        writer = self._writers.get(request.writer)
        if writer is None:
            raise UnknownWriter(f"unknown writer {echo(request.writer)}; available: {', '.join(self.writer_names)}")
        # Parsing and reading the store are synchronous: off the event loop, so other streams keep flowing.
        case, parsed_at, argued_at = await asyncio.to_thread(self._argue, request)
        run.players = tuple((side.player.id, side.player.name) for side in case.sides)

        yield [emit(StatCard, title=case.stat_card["title"], players=case.stat_card["players"],
                    rows=case.stat_card["rows"]),
               *(emit(Chart, title=chart["title"], stat=chart["stat"], series=chart["series"])
                 for chart in case.charts)]

        batch: list[DebateEvent] = []
        checker = FactChecker(case.book.facts(),
                              [Speaker(i, name) for i, name in {**case.mentioned, **case.names}.items()])
        active: Writer = writer
        rounds: list[Round] = []
        chunks = 0
        for index, plan_round in enumerate(case.rounds):
            if plan_round.name == "case" and plan_round.speaker_id is not None:
                batch += (emit(ArgumentMade, speaker=plan_round.speaker, claim=claim.text,
                               evidence=list(claim.evidence), strength=claim.strength)
                          for claim in case.claims.get(plan_round.speaker_id, []))
            batch.append(emit(RoundStarted, round=plan_round.name, speaker=plan_round.speaker, index=index))
            batch.append(emit(SpeakerTyping, speaker=plan_round.speaker))
            yield batch  # before the writer is waited on: clients see who is typing
            written = await self._write(active, plan_round, request, case, checker)
            if written.rest_of_debate:
                active = self._template
            run.writers.add(written.writer)
            if written.fallback is not None:
                run.fallbacks.append(Fallback(plan_round.name, written.fallback))
            run.rejections += written.fallback == "fact-check"
            if written.writer != TEMPLATE:
                run.tokens += len(written.chunks)
            batch = [emit(event_type, **fields) for event_type, fields in written.notices]
            chunks += len(written.chunks)
            batch += (emit(TextDelta, round=plan_round.name, speaker=plan_round.speaker, text=chunk)
                      for chunk in written.chunks)
            rounds.append(Round(name=plan_round.name, speaker=plan_round.speaker, text=written.text,
                                writer=written.writer, fact_check=written.fact_check, fallback=written.fallback,
                                rejected=written.rejected))
        written_at = self._clock()

        verdict = case.verdict
        batch.append(emit(VerdictReached, winner=verdict.winner, confidence=verdict.confidence,
                          scorecard=list(verdict.scorecard), summary=verdict.summary, flip=verdict.flip))
        run.result = self._result(request, case, rounds)
        run.outcome = "completed"
        completed = emit(DebateCompleted, writer=request.writer if request.writer in run.writers else TEMPLATE,
                         tokens=chunks, timings_ms={
                             "first_event": round(first_event_ms, 3),
                             "parse": round((parsed_at - started) * 1000, 3),
                             "argue": round((argued_at - parsed_at) * 1000, 3),
                             "write": round((written_at - argued_at) * 1000, 3),
                             "total": round((self._clock() - started) * 1000, 3),
                         })
        if run.on_result is not None:
            run.on_result(run.result)
        batch.append(completed)
        yield batch

    def _argue(self, request: DebateRequest) -> tuple[Casebook, float, float]:
        """Everything decided before a word is written, with when parsing and arguing finished."""
        parsed = self._parses.get(("parse", request.question), partial(self._parser.parse, request.question))
        plan = plan_debate(parsed, self._store)
        weights = resolve_weights(request.criteria, peak_scope=plan.peak_scope,
                                  asked_scope=plan.decided_by_focus, role_scope=plan.role)
        parsed_at = self._clock()
        rng = Random(request.seed)
        case = (team_casebook(self._store, plan, weights, rng) if plan.teams
                else player_casebook(self._dossiers, plan, weights, rng))
        return case, parsed_at, self._clock()

    def _result(self, request: DebateRequest, case: Casebook, rounds: list[Round]) -> DebateResult:
        text = "\n\n".join(f"{'Moderator' if r.speaker == MODERATOR else r.speaker}: {r.text}" for r in rounds)
        return DebateResult(id=request.debate_id, query=request.question, sides=case.sides, rounds=rounds,
                            verdict=case.verdict, facts=case.book.facts(), text=text, intent=case.intent,
                            writer=request.writer, notes=case.notes)

    # -- writing one round -----------------------------------------------------------------------

    async def _write(self, writer: Writer, plan_round: RoundPlan, request: DebateRequest, case: Casebook,
                     checker: FactChecker) -> _Written:
        # The template words only the points, so its fact sheet would go unread (and building it was a
        # fortieth of a debate); a writer that falls back to the template keeps the sheet it was given.
        facts = [] if writer is self._template else fact_lines(plan_round.facts, case.names)
        brief = RoundBrief(debate_id=request.debate_id, round=plan_round.name, speaker=plan_round.speaker,
                           question=request.question, points=plan_round.points, facts=facts, seed=request.seed,
                           closing=plan_round.closes)

        def check(text: str) -> FactCheckResult:
            return checker.check(text, winner_id=case.verdict.winner_id, judges_winner=plan_round.judges_winner)

        if writer is self._template:
            return await self._template_round(brief, check)
        try:
            chunks = await self._collect(writer, brief)
        except WriterError as exc:
            rest = isinstance(exc, WriterUnavailable)
            fallback = exc.code if rest else WriterFailed.code
            _log.warning("writer fell back to the template", debate_id=request.debate_id, round=plan_round.name,
                         writer=writer.name, fallback=fallback, reason=str(exc), rest_of_debate=rest)
            written = await self._template_round(brief, check, fallback=fallback, rejected=[str(exc)])
            written.rest_of_debate = rest
            written.notices.append((WriterFellBack, {"round": plan_round.name, "speaker": plan_round.speaker,
                                                     "writer": writer.name, "fallback": TEMPLATE,
                                                     "code": exc.code, "reason": exc.public,
                                                     "rest_of_debate": rest}))
            return written
        text = "".join(chunks)
        result = check(text)
        notice = (FactCheck, {"round": plan_round.name, "writer": writer.name, "passed": result.passed,
                              "problems": result.problems})
        if not result.passed:
            _log.warning("fact-check rejected a round", debate_id=request.debate_id, round=plan_round.name,
                         writer=writer.name, problems=result.problems)
            written = await self._template_round(brief, check, fallback="fact-check", rejected=result.problems)
            written.notices.insert(0, notice)
            return written
        return _Written(text=text, chunks=chunks, writer=writer.name, fact_check=result, notices=[notice])

    async def _template_round(self, brief: RoundBrief, check: Callable[[str], FactCheckResult], *,
                              fallback: str | None = None, rejected: list[str] | None = None) -> _Written:
        chunks = [chunk async for chunk in self._template.stream_round(brief)]
        text = "".join(chunks)
        return _Written(text=text, chunks=chunks, writer=TEMPLATE, fact_check=check(text), fallback=fallback,
                        rejected=rejected or [])

    async def _collect(self, writer: Writer, brief: RoundBrief) -> list[str]:
        """All of a round's chunks, the first within the first-token deadline, the rest within the round's."""
        stream = writer.stream_round(brief)
        iterator = aiter(stream)
        # A writer bounding its own first token must be the only one to: a second deadline here would fire
        # first and cancel it, and its breaker would never see the server miss the deadline.
        first_token_timeout = None if isinstance(writer, BoundsFirstToken) else self._first_token_timeout_s
        chunks: list[str] = []
        try:
            try:
                async with asyncio.timeout(first_token_timeout):
                    chunks.append(await anext(iterator))
            except StopAsyncIteration:
                return chunks
            except TimeoutError as exc:
                raise first_token_missed(writer.name, self._first_token_timeout_s) from exc
            except WriterFailed as exc:
                raise WriterUnavailable(f"the {writer.name} writer failed before writing: {exc}") from exc
            try:
                async with asyncio.timeout(self._round_timeout_s):
                    async for chunk in iterator:
                        chunks.append(chunk)
            except TimeoutError as exc:
                raise WriterFailed(f"the {writer.name} writer did not finish the round within "
                                   f"{self._round_timeout_s:g} s") from exc
        finally:
            if isinstance(stream, AsyncGenerator):
                await stream.aclose()
        return chunks
