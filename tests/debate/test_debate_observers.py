"""The engine tells each observer about each debate once, when it ends: completed, refused, failed or cancelled."""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator

from arena.debate.engine import DebateEngine
from arena.debate.model import DebateRequest
from arena.debate.observers import DebateReport, Fallback
from arena.llm.ports import RoundBrief
from arena.llm.template import TemplateWriter
from arena.nlu.parser import QuestionParser
from arena.stats.errors import StoreUnavailable
from arena.stats.ports import StatStore
from arena.telemetry import bind_request_id

QUESTION = "Who's better, LeBron or Jordan?"


class Recorder:
    def __init__(self) -> None:
        self.reports: list[DebateReport] = []

    def debate_ended(self, report: DebateReport) -> None:
        self.reports.append(report)


class Broken:
    def debate_ended(self, report: DebateReport) -> None:
        raise RuntimeError("an observer that fails must not touch the debate")


class InflatingWriter:
    """Writes the template's rounds with every comma-separated count one thousand higher (the gate rejects
    each round with such a count), keeping its own token tally as LLM writers do."""

    name = "inflating"

    def __init__(self) -> None:
        self.counted: dict[str, int] = {}

    def tokens_for(self, debate_id: str) -> int:
        return self.counted.get(debate_id, 0)

    async def stream_round(self, brief: RoundBrief) -> AsyncIterator[str]:
        text = re.sub(r"\b(\d{1,3}),(\d{3})\b", lambda m: f"{int(m.group(1)) + 1},{m.group(2)}",
                      "".join(TemplateWriter().compose(brief)))
        for word in re.findall(r"\S+\s*", text):
            self.counted[brief.debate_id] = self.counted.get(brief.debate_id, 0) + 2
            yield word


def _engine(store: StatStore, parser: QuestionParser, *observers: object) -> tuple[DebateEngine, InflatingWriter]:
    writer = InflatingWriter()
    engine = DebateEngine(store, parser, {"template": TemplateWriter(), writer.name: writer},
                          observers=observers)  # type: ignore[arg-type]
    return engine, writer


async def test_a_completed_debate_is_reported_once_with_its_request_id(
        debate_store: StatStore, question_parser: QuestionParser) -> None:
    recorder = Recorder()
    engine, _ = _engine(debate_store, question_parser, Broken(), recorder)
    bind_request_id("req-observed")
    try:
        result = await engine.run(DebateRequest(question=QUESTION, debate_id="d-obs-1"))
    finally:
        bind_request_id(None)
    [report] = recorder.reports
    assert result.id == report.debate_id == "d-obs-1"
    assert report.request_id == "req-observed"
    assert (report.writer_asked, report.writer_used, report.outcome) == ("template", "template", "completed")
    assert report.error_code is None and report.tokens == 0 and report.fallbacks == ()
    assert report.duration_ms > 0


async def test_rejected_rounds_fallbacks_and_the_writers_own_token_count_are_reported(
        debate_store: StatStore, question_parser: QuestionParser) -> None:
    recorder = Recorder()
    engine, writer = _engine(debate_store, question_parser, recorder)
    events = [e async for e in engine.stream(DebateRequest(question=QUESTION, writer="inflating"))]
    [report] = recorder.reports
    rejected = [e for e in events if e.type == "fact_check" and not e.passed]
    assert rejected and report.fact_check_rejections == len(rejected)
    assert report.fallbacks == tuple(Fallback(e.round, "fact-check") for e in rejected)
    assert report.tokens == writer.tokens_for(report.debate_id) > 0
    assert report.outcome == "completed" and report.writer_asked == "inflating"


async def test_a_refused_question_is_reported_refused_not_failed(debate_store: StatStore,
                                                                question_parser: QuestionParser) -> None:
    """A client's mistake (an unknown writer, a question naming nobody) is no failure of Arena's: the metrics
    that alert on failed debates must not count it."""
    recorder = Recorder()
    engine, _ = _engine(debate_store, question_parser, recorder)
    for question, writer in (("zzqx blorp", "nobody"), ("zzqx blorp", "template"), (QUESTION, "nobody")):
        events = [e async for e in engine.stream(DebateRequest(question=question, writer=writer))]
        assert events[-1].type == "error"
        assert (recorder.reports[-1].outcome, recorder.reports[-1].error_code) == (
            "refused", events[-1].code)  # type: ignore[union-attr]
    assert len(recorder.reports) == 3


class DownStore:
    """A stat store whose database is down: every read raises, as the guarded store's do."""

    def __getattr__(self, name: str) -> object:
        def read(*args: object, **kwargs: object) -> object:
            raise StoreUnavailable(f"the database is down ({name})")
        return read


async def test_a_dependency_down_is_a_failed_debate(question_parser: QuestionParser) -> None:
    recorder = Recorder()
    engine, _ = _engine(DownStore(), question_parser, recorder)  # type: ignore[arg-type]
    events = [e async for e in engine.stream(DebateRequest(question=QUESTION))]
    [report] = recorder.reports
    assert events[-1].type == "error"
    assert (report.outcome, report.error_code) == ("failed", "store-unavailable")


async def test_a_debate_closed_midway_is_reported_cancelled(debate_store: StatStore,
                                                            question_parser: QuestionParser) -> None:
    recorder = Recorder()
    engine, _ = _engine(debate_store, question_parser, recorder)
    stream = engine.stream(DebateRequest(question=QUESTION))
    async with contextlib.aclosing(stream) as events:  # type: ignore[type-var]
        async for event in events:
            if event.type == "text.delta":
                break
    [report] = recorder.reports
    assert report.outcome == "cancelled" and report.error_code is None
