"""The guarded writer over real writers of the port and a real circuit breaker: the breaker judges each round's
first token within the first-token deadline, the bulkhead caps rounds at once and is waited for until that
deadline at most, and a refused round never reaches the writer."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from round_briefs import career_case_brief

from arena.bootstrap import build
from arena.llm.errors import WriterBusy, WriterCircuitOpen, WriterUnavailable
from arena.llm.guard import Bulkhead, GuardedWriter
from arena.llm.ports import BoundsFirstToken, RoundBrief
from arena.llm.template import TemplateWriter
from arena.resilience.breaker import CircuitBreaker
from arena.resilience.policy import BreakerConfig, State
from arena.resilience.registry import LLM
from arena.settings import Settings

OPENS_AFTER_TWO_FAILURES = BreakerConfig(window_size=2, minimum_calls=2, failure_rate_threshold=100.0,
                                         wait_in_open=300.0)


class HangingWriter:
    """A server that accepts the request and never sends a token; counts the rounds it was asked for."""

    name = "hanging"

    def __init__(self) -> None:
        self.rounds = 0

    async def stream_round(self, brief: RoundBrief) -> AsyncIterator[str]:
        self.rounds += 1
        await asyncio.sleep(300)
        yield "too late"


class GatedWriter:
    """Writes the template's round once ``gate`` is set; counts the rounds being written at once."""

    name = "gated"

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.writing = 0

    async def stream_round(self, brief: RoundBrief) -> AsyncIterator[str]:
        self.writing += 1
        try:
            await self.gate.wait()
            for chunk in TemplateWriter().compose(brief):
                yield chunk
        finally:
            self.writing -= 1


async def _read(writer: GuardedWriter, brief: RoundBrief | None = None) -> list[str]:
    return [chunk async for chunk in writer.stream_round(brief or career_case_brief())]


async def test_a_server_missing_the_first_token_deadline_opens_the_breaker_and_is_then_left_alone() -> None:
    hanging = HangingWriter()
    breaker = CircuitBreaker("llm", OPENS_AFTER_TWO_FAILURES)
    writer = GuardedWriter(hanging, breaker=breaker, bulkhead=None, first_token_timeout_s=0.05)
    for _ in range(2):
        with pytest.raises(WriterUnavailable, match=r"the hanging writer sent nothing within 0\.05 s"):
            await _read(writer)
    assert await breaker.state() is State.OPEN
    with pytest.raises(WriterCircuitOpen, match="the hanging writer is not called"):
        await _read(writer)
    assert hanging.rounds == 2


async def test_a_writer_that_answers_in_time_streams_its_whole_round_and_keeps_the_breaker_closed() -> None:
    breaker = CircuitBreaker("llm", OPENS_AFTER_TWO_FAILURES)
    brief = career_case_brief()
    writer = GuardedWriter(TemplateWriter(), breaker=breaker, bulkhead=Bulkhead(1), first_token_timeout_s=5.0)
    chunks = await _read(writer, brief)
    assert chunks == [chunk async for chunk in TemplateWriter().stream_round(brief)]
    assert await breaker.state() is State.CLOSED
    # The template keeps no token count of its own: the chunks that passed through the guard are the count.
    assert writer.tokens_for(brief.debate_id) == len(chunks)
    assert isinstance(writer, BoundsFirstToken)


async def test_the_bulkhead_caps_rounds_at_once_and_a_round_waits_for_a_slot_until_the_deadline() -> None:
    gated = GatedWriter()
    bulkhead = Bulkhead(1)
    first = asyncio.create_task(_read(GuardedWriter(gated, breaker=None, bulkhead=bulkhead,
                                                    first_token_timeout_s=5.0)))
    while gated.writing == 0:
        await asyncio.sleep(0.01)
    impatient = GuardedWriter(gated, breaker=None, bulkhead=bulkhead, first_token_timeout_s=0.05)
    with pytest.raises(WriterBusy, match="all 1 LLM slots stayed busy"):
        await _read(impatient)
    assert gated.writing == 1
    gated.gate.set()
    assert await first


async def test_with_every_slot_taken_and_the_breaker_open_a_round_falls_back_without_waiting() -> None:
    gated = GatedWriter()
    breaker = CircuitBreaker("llm", OPENS_AFTER_TWO_FAILURES)
    bulkhead = Bulkhead(1)
    holder = asyncio.create_task(_read(GuardedWriter(gated, breaker=None, bulkhead=bulkhead,
                                                     first_token_timeout_s=5.0)))
    while gated.writing == 0:
        await asyncio.sleep(0.01)
    await breaker.force(State.FORCED_OPEN)
    writer = GuardedWriter(gated, breaker=breaker, bulkhead=bulkhead, first_token_timeout_s=1.0)
    # Refused before waiting for a slot: waiting would end in WriterBusy at the deadline instead.
    with pytest.raises(WriterCircuitOpen):
        await _read(writer)
    gated.gate.set()
    assert await holder


async def test_a_writer_that_is_not_configured_never_counts_against_the_llm_breaker(tmp_path: Path) -> None:
    # As bootstrap composes it: a client asking for the openai writer where no server is set must not open the
    # breaker every LLM writer shares (the llamacpp writer, in process, would then be refused too).
    settings = Settings(_env_file=None, database_url="sqlite://", data_dir=tmp_path,  # type: ignore[call-arg]
                        llm_base_url=None, breaker_minimum_calls=2, breaker_window_size=2,
                        breaker_failure_rate=50.0, breaker_wait_seconds=300.0)
    services = build(settings)
    try:
        for _ in range(5):
            with pytest.raises(WriterUnavailable, match="ARENA_LLM_BASE_URL"):
                await _read(services.writers["openai"])
        assert await services.breakers[LLM].state() is State.CLOSED
        calls = services.metrics.registry.get_sample_value
        assert calls("arena_dependency_calls_total", {"breaker": LLM, "outcome": "failure"}) is None
        assert calls("arena_dependency_calls_total", {"breaker": LLM, "outcome": "success"}) is None
    finally:
        services.close()
