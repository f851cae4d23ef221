"""The debate service over the real engine and the in-process event log: what every entrypoint relies on."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from arena.debate import DebateEngine, DebateNotFound, DebateRefused, DebateService, QuestionTooLong
from arena.debate.events import DebateCompleted, parse_event
from arena.streaming import LogEntry, StreamRunner
from arena.streaming.adapters.memory_log import MemoryEventLog

QUESTION = "Kobe vs Shaq"


@pytest.fixture
async def service(engine: DebateEngine) -> AsyncIterator[DebateService]:
    log = MemoryEventLog()
    debates = DebateService(engine, log, StreamRunner(log, grace_seconds=30, poll_seconds=0.05),
                            heartbeat_seconds=30, max_question_chars=100, default_writer="template")
    yield debates
    await debates.aclose()


async def _read_to_end(service: DebateService, debate_id: str) -> list[LogEntry]:
    entries: list[LogEntry] = []
    async for batch in await service.watch(debate_id, after=0):
        entries += [item for item in batch if isinstance(item, LogEntry)]
        if entries and entries[-1].final:
            return entries
    return entries


async def test_a_started_debate_is_read_live_and_back_as_the_engine_runs_it(service: DebateService,
                                                                          engine: DebateEngine) -> None:
    request = service.request(f"  {QUESTION} ", seed=4)
    await service.start(request)

    entries = await _read_to_end(service, request.debate_id)
    snapshot = await service.snapshot(request.debate_id)
    ran = await service.run(service.request(QUESTION, seed=4))

    assert request.question == QUESTION and request.writer == "template"
    assert [entry.id for entry in entries] == list(range(1, len(entries) + 1))
    assert isinstance(parse_event(entries[-1].data), DebateCompleted)
    assert snapshot.status == "completed" and snapshot.events == len(entries)
    assert snapshot.meta["question"] == QUESTION and snapshot.meta["seed"] == "4"
    assert snapshot.transcript.text == ran.text  # the log's debate is the one run to its end
    assert snapshot.verdict is not None and snapshot.verdict.winner == ran.verdict.winner


async def test_each_entry_is_its_event_s_json(service: DebateService) -> None:
    request = service.request(QUESTION, seed=2)
    await service.start(request)
    entries = await _read_to_end(service, request.debate_id)
    for entry in entries:
        event = parse_event(entry.data)
        assert (entry.id, entry.event, entry.data) == (event.seq, event.type, event.model_dump_json())
        assert entry.final == (entry is entries[-1])


async def test_a_question_the_engine_refuses_is_refused_before_the_debate_starts(service: DebateService) -> None:
    with pytest.raises(DebateRefused) as refused:
        await service.start(service.request("Johnson vs Smith"))

    assert refused.value.code == "needs-clarification"
    assert refused.value.candidates and refused.value.candidates[0]["mention"] == "Johnson"
    assert service.running == 0


async def test_a_question_over_the_limit_is_refused_before_the_engine_sees_it(service: DebateService) -> None:
    with pytest.raises(QuestionTooLong, match="101 characters long; the limit is 100"):
        service.request("x" * 101)


async def test_an_unknown_debate_is_not_found(service: DebateService) -> None:
    with pytest.raises(DebateNotFound):
        await service.snapshot("nope")
    with pytest.raises(DebateNotFound):
        await service.watch("nope", after=0)
