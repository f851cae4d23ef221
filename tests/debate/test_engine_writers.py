"""Writers that misbehave, written here as real adapters of the writer port: rounds with wrong numbers or
wrong directions are rejected by the gate, and writers that cannot start, stall or break off fall back to
the template writer."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable

import pytest

from arena.debate.engine import DebateEngine
from arena.debate.events import DebateEvent, FactCheck, WriterFellBack
from arena.debate.factcheck import find_numbers, ungrounded_numbers
from arena.debate.model import DebateRequest, DebateResult
from arena.llm.errors import WriterFailed, WriterUnavailable
from arena.llm.guard import Bulkhead, GuardedWriter
from arena.llm.ports import RoundBrief, Writer
from arena.llm.template import TemplateWriter
from arena.nlu.parser import QuestionParser
from arena.resilience.breaker import CircuitBreaker
from arena.resilience.policy import BreakerConfig, State
from arena.stats.ports import StatStore

QUESTION = "Who's better, LeBron or Jordan?"


class RewritingWriter:
    """Writes each round as the template would, passed through ``rewrite``, in word-sized chunks."""

    def __init__(self, name: str, rewrite: Callable[[str], str]) -> None:
        self.name = name
        self.rewrite = rewrite
        self.rounds = 0

    async def stream_round(self, brief: RoundBrief) -> AsyncIterator[str]:
        self.rounds += 1
        text = self.rewrite("".join(TemplateWriter().compose(brief)))
        for word in re.findall(r"\S+\s*", text):
            yield word


def inflate_counts(text: str) -> str:
    """Every comma-separated count one thousand higher: numbers that look right and are wrong."""
    return re.sub(r"\b(\d{1,3}),(\d{3})\b", lambda m: f"{int(m.group(1)) + 1},{m.group(2)}", text)


def flip_directions(text: str) -> str:
    swaps = {"more than": "fewer than", "better than": "worse than", "ahead of": "behind", "tops": "trails",
             "beats": "trails"}
    return re.sub("|".join(swaps), lambda m: swaps[m.group(0)], text)


class DownWriter:
    """A server that is not there: fails before its first token."""

    name = "down"

    def __init__(self) -> None:
        self.attempts = 0

    async def stream_round(self, brief: RoundBrief) -> AsyncIterator[str]:
        self.attempts += 1
        raise WriterUnavailable("connection refused by 127.0.0.1:9")
        yield ""  # an async generator, like every real writer


class StallingWriter:
    """Sends ``before`` chunks, then goes quiet for longer than any deadline in these tests."""

    name = "stalling"

    def __init__(self, before: int) -> None:
        self.before = before

    async def stream_round(self, brief: RoundBrief) -> AsyncIterator[str]:
        for chunk in TemplateWriter().compose(brief)[: self.before]:
            yield chunk + " "
        await asyncio.sleep(30)
        yield "too late"


class BreakingWriter:
    """Starts every round, then breaks off with the port's mid-round error."""

    name = "breaking"

    def __init__(self) -> None:
        self.rounds = 0

    async def stream_round(self, brief: RoundBrief) -> AsyncIterator[str]:
        self.rounds += 1
        yield "The numbers say "
        raise WriterFailed("stream closed by the server")


def _engine(store: StatStore, parser: QuestionParser, writer: Writer, **deadlines: float) -> DebateEngine:
    return DebateEngine(store, parser, {writer.name: writer}, **deadlines)


async def _run(engine: DebateEngine, writer: str) -> tuple[DebateResult, list[DebateEvent]]:
    events: list[DebateEvent] = []
    result = await engine.run(DebateRequest(question=QUESTION, writer=writer, seed=1), on_event=events.append)
    return result, events


async def test_rounds_with_wrong_numbers_are_replaced_and_reported(debate_store: StatStore,
                                                                   question_parser: QuestionParser) -> None:
    writer = RewritingWriter("inflating", inflate_counts)
    result, events = await _run(_engine(debate_store, question_parser, writer), "inflating")

    checks = [e for e in events if isinstance(e, FactCheck)]
    assert len(checks) == writer.rounds == len(result.rounds)
    rejected = [r for r in result.rounds if r.fallback == "fact-check"]
    assert rejected and len(rejected) == sum(1 for c in checks if not c.passed)
    for round_ in rejected:
        assert round_.writer == "template" and round_.fact_check.passed
        assert any("matches no fact" in problem for problem in round_.rejected)
    for round_ in result.rounds:
        if round_.fallback is None:
            assert round_.writer == "inflating"
            assert not re.search(r"\d{1,3},\d{3}", round_.text)  # nothing was inflated in it
    # What the writer wrote for a rejected round is the template's text inflated; none of it got out.
    shown = {t.text for t in find_numbers(result.text)}
    for round_ in rejected:
        written = {t.text for t in find_numbers(inflate_counts(round_.text))}
        assert not (written - {t.text for t in find_numbers(round_.text)}) & shown
    assert ungrounded_numbers(result.text, result.facts) == []


async def test_rounds_with_comparisons_turned_around_are_rejected(debate_store: StatStore,
                                                                  question_parser: QuestionParser) -> None:
    writer = RewritingWriter("contrarian", flip_directions)
    result, events = await _run(_engine(debate_store, question_parser, writer), "contrarian")

    rejected = [r for r in result.rounds if r.fallback == "fact-check"]
    assert rejected
    assert all(any(p.startswith("says ") for p in r.rejected) for r in rejected)
    # The gate checks comparisons of figures; a sentence with no number ("criteria that outweigh the rest
    # more than twice over") has nothing to check against.
    compared = [sentence for sentence in re.split(r"(?<=[.!?])\s+", result.text) if re.search(r"\d", sentence)]
    assert not any(word in sentence for sentence in compared for word in ("fewer than", "worse than", " behind ",
                                                                          " trails "))
    assert any(isinstance(e, FactCheck) and not e.passed for e in events)


async def test_a_faithful_writer_keeps_every_round(debate_store: StatStore,
                                                   question_parser: QuestionParser) -> None:
    writer = RewritingWriter("faithful", lambda text: text)
    result, events = await _run(_engine(debate_store, question_parser, writer), "faithful")

    assert all(r.writer == "faithful" and r.fallback is None for r in result.rounds)
    assert all(e.passed for e in events if isinstance(e, FactCheck))
    assert events[-1].type == "debate.completed" and events[-1].writer == "faithful"


async def test_a_writer_that_cannot_start_hands_the_debate_to_the_template(
        debate_store: StatStore, question_parser: QuestionParser) -> None:
    writer = DownWriter()
    result, events = await _run(_engine(debate_store, question_parser, writer), "down")

    fallbacks = [e for e in events if isinstance(e, WriterFellBack)]
    assert writer.attempts == 1 and len(fallbacks) == 1
    assert fallbacks[0].code == "writer-unavailable" and fallbacks[0].fallback == "template"
    assert fallbacks[0].reason == "the writer is unavailable"  # the error's own text names its server
    assert [r.writer for r in result.rounds] == ["template"] * len(result.rounds)
    assert result.rounds[0].fallback == "writer-unavailable"
    assert events[-1].type == "debate.completed" and events[-1].writer == "template"


async def test_a_writer_silent_past_the_first_token_deadline_falls_back(
        debate_store: StatStore, question_parser: QuestionParser) -> None:
    engine = _engine(debate_store, question_parser, StallingWriter(before=0), first_token_timeout_s=0.05)
    result, _ = await _run(engine, "stalling")

    assert result.rounds[0].fallback == "writer-unavailable"
    assert "sent nothing within 0.05 s" in result.rounds[0].rejected[0]
    assert all(r.writer == "template" for r in result.rounds)
    assert ungrounded_numbers(result.text, result.facts) == []


async def test_a_guarded_writer_silent_past_the_deadline_opens_its_breaker_and_later_rounds_skip_it(
        debate_store: StatStore, question_parser: QuestionParser) -> None:
    # The engine's deadline equals the guard's: were the engine to time the first token too, its deadline
    # would cancel the guard's wait first, and the breaker would never see the server miss it.
    breaker = CircuitBreaker("llm", BreakerConfig(window_size=2, minimum_calls=2, failure_rate_threshold=100.0,
                                                  wait_in_open=300.0))
    writer = GuardedWriter(StallingWriter(before=0), breaker=breaker, bulkhead=Bulkhead(2),
                           first_token_timeout_s=0.05)
    engine = _engine(debate_store, question_parser, writer, first_token_timeout_s=0.05)
    for _ in range(2):
        result, _ = await _run(engine, "stalling")
        assert result.rounds[0].fallback == "writer-unavailable"
        assert "sent nothing within 0.05 s" in result.rounds[0].rejected[0]
    assert await breaker.state() is State.OPEN
    result, events = await _run(engine, "stalling")
    assert result.rounds[0].fallback == "circuit-open"
    assert all(r.writer == "template" for r in result.rounds)
    assert [e.rest_of_debate for e in events if isinstance(e, WriterFellBack)] == [True]


async def test_a_writer_stalling_mid_round_finishes_with_the_template(
        debate_store: StatStore, question_parser: QuestionParser) -> None:
    engine = _engine(debate_store, question_parser, StallingWriter(before=1), first_token_timeout_s=5,
                     round_timeout_s=0.05)
    result, _ = await _run(engine, "stalling")

    assert {r.fallback for r in result.rounds} == {"writer-failed"}
    assert all(r.writer == "template" for r in result.rounds)


async def test_a_writer_breaking_off_loses_only_that_round(debate_store: StatStore,
                                                           question_parser: QuestionParser) -> None:
    writer = BreakingWriter()
    result, events = await _run(_engine(debate_store, question_parser, writer), "breaking")

    assert writer.rounds == len(result.rounds)  # tried again on every round
    assert {r.fallback for r in result.rounds} == {"writer-failed"}
    assert "The numbers say" not in result.text
    assert sum(isinstance(e, WriterFellBack) for e in events) == len(result.rounds)


@pytest.mark.parametrize("rewrite", [inflate_counts, flip_directions])
def test_the_rewrites_really_change_template_text(rewrite: Callable[[str], str]) -> None:
    sample = "LeBron James piled up 11,731 rebounds over his career, more than Jordan's 6,672."
    assert rewrite(sample) != sample
