"""The runner: producers run while someone watches, stop after the grace period, and always end their stream."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncGenerator

import pytest
from stream_samples import debate_entries

from arena.debate.events import DebateFailed, TextDelta
from arena.streaming.errors import StreamNotFound
from arena.streaming.ports import EventLog, LogEntry
from arena.streaming.runner import StopReason, StreamRunner


def _stop_entry(stream_id: str):  # type: ignore[no-untyped-def]
    def build(seq: int, reason: StopReason, detail: str) -> LogEntry:
        event = DebateFailed(debate_id=stream_id, seq=seq, code=f"debate-{reason}", message=detail)
        return LogEntry(id=seq, event=event.type, data=event.model_dump_json(), final=True)

    return build


class Producer:
    """Yields text deltas forever, one per ``tick`` seconds, and records that it was closed."""

    def __init__(self, stream_id: str, tick: float = 0.01) -> None:
        self.stream_id = stream_id
        self.tick = tick
        self.produced = 0
        self.closed = False

    async def run(self) -> AsyncGenerator[list[LogEntry], None]:
        try:
            while True:
                self.produced += 1
                delta = TextDelta(debate_id=self.stream_id, seq=self.produced, round="case", speaker="moderator",
                                  text="word ")
                yield [LogEntry(id=delta.seq, event=delta.type, data=delta.model_dump_json())]
                await asyncio.sleep(self.tick)
        finally:
            self.closed = True


async def _final(log: EventLog, stream_id: str) -> LogEntry:
    for _ in range(500):
        info = await log.info(stream_id)
        if info.final_id is not None:
            return (await log.read_after(stream_id, info.final_id - 1))[0]
        await asyncio.sleep(0.01)
    raise AssertionError(f"stream {stream_id} never ended")


async def _entries(log: EventLog, stream_id: str) -> list[LogEntry]:
    return await log.read_after(stream_id, 0, limit=100_000)


async def test_a_producer_runs_to_its_final_entry(event_log: EventLog, ) -> None:
    entries = debate_entries("whole", ["Brady", "seven", "rings"])

    async def producer() -> AsyncGenerator[list[LogEntry], None]:
        for entry in entries:
            yield [entry]

    runner = StreamRunner(event_log, grace_seconds=5, poll_seconds=0.01)
    await runner.start("whole", {"question": "q"}, producer(), _stop_entry("whole"))
    assert await _final(event_log, "whole") == entries[-1]
    assert await _entries(event_log, "whole") == entries
    await asyncio.sleep(0.01)
    assert not runner.is_running("whole")
    await runner.aclose()


async def test_nobody_listening_past_the_grace_period_cancels_and_frees_the_producer(event_log: EventLog) -> None:
    runner = StreamRunner(event_log, grace_seconds=0.1, poll_seconds=0.01)
    producer = Producer("lonely")
    await runner.start("lonely", {}, producer.run(), _stop_entry("lonely"))
    final = await _final(event_log, "lonely")
    assert final.event == "error"
    assert json.loads(final.data)["code"] == "debate-abandoned"
    assert producer.closed
    entries = await _entries(event_log, "lonely")
    assert [e.id for e in entries] == list(range(1, len(entries) + 1))
    assert runner.running == 0
    await runner.aclose()


async def test_a_viewer_keeps_it_running_and_its_leaving_starts_the_grace_period(event_log: EventLog) -> None:
    runner = StreamRunner(event_log, grace_seconds=0.1, poll_seconds=0.01)
    producer = Producer("watched")
    await runner.start("watched", {}, producer.run(), _stop_entry("watched"))
    await event_log.join("watched", "fan", ttl_seconds=30)
    await asyncio.sleep(0.4)  # several grace periods
    assert runner.is_running("watched") and not producer.closed
    produced_while_watched = producer.produced
    await event_log.leave("watched", "fan")
    final = await _final(event_log, "watched")
    assert json.loads(final.data)["code"] == "debate-abandoned"
    assert producer.closed and producer.produced >= produced_while_watched
    await runner.aclose()


async def test_cancel_stops_the_producer_here_or_through_the_log(event_log: EventLog) -> None:
    runner = StreamRunner(event_log, grace_seconds=30, poll_seconds=0.01)
    here, elsewhere = Producer("here"), Producer("elsewhere")
    await runner.start("here", {}, here.run(), _stop_entry("here"))
    await runner.start("elsewhere", {}, elsewhere.run(), _stop_entry("elsewhere"))
    await asyncio.sleep(0.05)
    await runner.cancel("here")
    # Another process sharing the log asks through it.
    await event_log.request_cancel("elsewhere")
    for stream_id in ("here", "elsewhere"):
        assert json.loads((await _final(event_log, stream_id)).data)["code"] == "debate-cancelled"
    assert here.closed and elsewhere.closed
    await runner.aclose()


async def test_discard_deletes_the_stream_and_stops_its_producer_here_or_elsewhere(event_log: EventLog) -> None:
    runner = StreamRunner(event_log, grace_seconds=30, poll_seconds=0.01)
    here, elsewhere = Producer("discarded-here"), Producer("discarded-elsewhere")
    await runner.start("discarded-here", {}, here.run(), _stop_entry("discarded-here"))
    await runner.start("discarded-elsewhere", {}, elsewhere.run(), _stop_entry("discarded-elsewhere"))
    await asyncio.sleep(0.05)
    await runner.discard("discarded-here")
    # Another process sharing the log deletes it there: this runner's next append or check finds it gone.
    await event_log.delete("discarded-elsewhere")
    for _ in range(500):
        if runner.running == 0:
            break
        await asyncio.sleep(0.01)
    assert runner.running == 0
    assert here.closed and elsewhere.closed
    for stream_id in ("discarded-here", "discarded-elsewhere"):
        with pytest.raises(StreamNotFound):
            await event_log.info(stream_id)
    await runner.aclose()


async def test_a_producer_cancelled_before_its_first_step_still_ends_its_stream(event_log: EventLog) -> None:
    runner = StreamRunner(event_log, grace_seconds=30, poll_seconds=0.01)
    producer = Producer("early")
    await runner.start("early", {}, producer.run(), _stop_entry("early"))
    await runner.cancel("early")
    final = await _final(event_log, "early")
    assert (final.id, json.loads(final.data)["code"]) == (1, "debate-cancelled")
    assert producer.produced == 0
    await runner.aclose()


async def test_a_broken_producer_still_ends_its_stream(event_log: EventLog) -> None:
    async def broken() -> AsyncGenerator[list[LogEntry], None]:
        yield [LogEntry(id=1, event="text.delta", data="{}")]
        raise RuntimeError("writer exploded")

    async def unfinished() -> AsyncGenerator[list[LogEntry], None]:
        yield [LogEntry(id=1, event="text.delta", data="{}")]

    runner = StreamRunner(event_log, grace_seconds=30, poll_seconds=0.01)
    await runner.start("broken", {}, broken(), _stop_entry("broken"))
    await runner.start("unfinished", {}, unfinished(), _stop_entry("unfinished"))
    for stream_id in ("broken", "unfinished"):
        final = await _final(event_log, stream_id)
        assert (final.id, json.loads(final.data)["code"]) == (2, "debate-failed")
    await runner.aclose()


async def test_closing_the_runner_ends_every_stream_with_shutdown(event_log: EventLog) -> None:
    runner = StreamRunner(event_log, grace_seconds=30, poll_seconds=0.01)
    producers = [Producer(f"s{i}") for i in range(3)]
    for producer in producers:
        await runner.start(producer.stream_id, {}, producer.run(), _stop_entry(producer.stream_id))
    await asyncio.sleep(0.03)
    await runner.aclose()
    for producer in producers:
        assert producer.closed
        assert json.loads((await _final(event_log, producer.stream_id)).data)["code"] == "debate-shutdown"
    assert runner.running == 0


@pytest.mark.parametrize("reason", ["cancelled", "abandoned"])
async def test_stopping_twice_keeps_the_first_reason(event_log: EventLog, reason: StopReason) -> None:
    runner = StreamRunner(event_log, grace_seconds=0.05 if reason == "abandoned" else 30, poll_seconds=0.01)
    producer = Producer("twice")
    await runner.start("twice", {}, producer.run(), _stop_entry("twice"))
    if reason == "cancelled":
        await runner.cancel("twice")
    final = await _final(event_log, "twice")
    await runner.aclose()
    assert json.loads(final.data)["code"] == f"debate-{reason}"
    assert final == (await _entries(event_log, "twice"))[-1]
