"""SSE framing: what we write is what a conforming parser (httpx-sse's) reads back."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncGenerator

import pytest
from httpx_sse._decoders import SSEDecoder

from arena.streaming.errors import InvalidEventId
from arena.streaming.ports import LogEntry
from arena.streaming.reader import Heartbeat, LiveBatch, ViewerCount
from arena.streaming.sse import (
    LastChunk,
    encode_batch,
    encode_comment,
    encode_event,
    encode_item,
    encode_stream,
    parse_last_event_id,
)


def _decode(frames: bytes) -> list[tuple[str, str, str]]:
    decoder = SSEDecoder()
    events = []
    # An event stream's lines end at CR, LF or CRLF only (not at U+2028 or NEL, as str.splitlines has it).
    for line in re.split(r"\r\n|\r|\n", frames.decode().removesuffix("\n")):
        event = decoder.decode(line)
        if event is not None:
            events.append((event.event, event.data, event.id))
    return events


def test_an_entry_becomes_an_event_with_its_id_and_type() -> None:
    entry = LogEntry(id=42, event="text.delta", data='{"text": "six rings"}')
    assert encode_item(entry) == b'id: 42\nevent: text.delta\ndata: {"text": "six rings"}\n\n'
    assert _decode(encode_item(entry)) == [("text.delta", '{"text": "six rings"}', "42")]


def test_multi_line_data_survives_the_round_trip() -> None:
    frame = encode_event("first line\nsecond line\n\nfourth", event="note", event_id=3)
    assert _decode(frame) == [("note", "first line\nsecond line\n\nfourth", "3")]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_only_cr_and_lf_break_data_lines_so_json_holding_other_line_separators_stays_json(separator: str) -> None:
    # JSON leaves these unescaped (a question may hold one); split there, a client would rejoin the halves with
    # a LF, inside a JSON string, where a raw LF is not JSON.
    data = json.dumps({"query": f"LeBron{separator}or Jordan?"}, ensure_ascii=False)
    frame = encode_item(LogEntry(id=1, event="debate.started", data=data))
    assert frame.count(b"data:") == 1
    assert [json.loads(event[1]) for event in _decode(frame)] == [{"query": f"LeBron{separator}or Jordan?"}]


def test_carriage_returns_end_lines_as_line_feeds_do() -> None:
    frame = encode_event("one\r\ntwo\rthree\n", event="note")
    assert frame == b"event: note\ndata: one\ndata: two\ndata: three\ndata: \n\n"
    assert _decode(frame) == [("note", "one\ntwo\nthree\n", "")]


def test_a_batch_is_its_items_in_one_chunk() -> None:
    batch = (ViewerCount(2), LogEntry(id=1, event="debate.started", data="{}"), Heartbeat(),
             LogEntry(id=2, event="text.delta", data='{"text": "two\nlines"}'))
    assert encode_batch(batch) == b"".join(encode_item(item) for item in batch)


def test_viewer_counts_have_no_id_so_they_never_move_the_resume_point() -> None:
    frames = encode_item(LogEntry(id=7, event="verdict", data="{}")) + encode_item(ViewerCount(3))
    decoded = _decode(frames)
    assert decoded[1][0] == "viewers"
    assert decoded[1][1] == '{"type": "viewers", "count": 3}'
    assert decoded[1][2] == "7"  # the parser keeps the last id it saw


def test_heartbeats_are_comments_that_parsers_ignore() -> None:
    assert encode_item(Heartbeat()) == b": heartbeat\n\n"
    assert encode_comment("two\nlines") == b": two\n: lines\n\n"
    assert _decode(encode_item(Heartbeat())) == []


@pytest.mark.parametrize(("header", "expected"), [(None, None), ("", None), (" 17 ", 17), ("0", 0)])
def test_last_event_id_parses_non_negative_integers(header: str | None, expected: int | None) -> None:
    assert parse_last_event_id(header) == expected


@pytest.mark.parametrize("header", ["-1", "abc", "1.5", "١٢", "9" * 19])
def test_last_event_id_rejects_anything_else(header: str) -> None:
    with pytest.raises(InvalidEventId):
        parse_last_event_id(header)


async def test_each_batch_is_one_write_and_the_retry_hint_rides_on_the_first_event() -> None:
    async def batches() -> AsyncGenerator[LiveBatch, None]:
        yield (ViewerCount(1), LogEntry(id=1, event="debate.started", data="{}"))
        yield (Heartbeat(),)

    writes = [frame async for frame in encode_stream(batches(), retry_ms=1500)]
    assert len(writes) == 2 and writes[1] == b": heartbeat\n\n"
    frames = b"".join(writes)
    assert frames.startswith(b"retry: 1500\nevent: viewers\n")
    decoder, retries = SSEDecoder(), []
    for line in frames.decode().splitlines():
        event = decoder.decode(line)
        if event is not None and event.data:
            retries.append((event.event, event.retry))
    assert retries == [("viewers", 1500), ("debate.started", None)]


async def test_closing_the_body_closes_its_reader() -> None:
    closed: list[bool] = []

    async def batches() -> AsyncGenerator[LiveBatch, None]:
        try:
            yield (LogEntry(id=1, event="debate.completed", data="{}", final=True),)
            yield (Heartbeat(),)
        finally:
            closed.append(True)

    body = encode_stream(batches())
    assert isinstance(await anext(body), LastChunk)
    await body.aclose()
    assert closed == [True]


async def test_only_the_batch_ending_with_the_final_entry_is_the_last_chunk() -> None:
    async def batches() -> AsyncGenerator[LiveBatch, None]:
        yield (ViewerCount(1), LogEntry(id=1, event="debate.started", data="{}"))
        yield (LogEntry(id=2, event="debate.completed", data="{}", final=True),)

    writes = [frame async for frame in encode_stream(batches())]
    assert [isinstance(write, LastChunk) for write in writes] == [False, True]
    assert _decode(writes[1]) == [("debate.completed", "{}", "2")]
