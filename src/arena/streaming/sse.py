"""Server-Sent Events framing (the WHATWG ``text/event-stream`` format) and ``Last-Event-ID`` parsing."""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncGenerator, Callable

from arena.errors import ArenaError
from arena.streaming.errors import InvalidEventId
from arena.streaming.ports import LogEntry
from arena.streaming.reader import Heartbeat, LiveBatch, LiveItem, ViewerCount

MEDIA_TYPE = "text/event-stream"

_DATA_LINE_BREAK = "\ndata: "
# What ends a line in an event stream: CR, LF or CRLF, and nothing else (WHATWG). ``str.splitlines`` also breaks at
# U+2028, NEL, form feeds and more, which JSON leaves unescaped: a question holding one was cut into two ``data``
# lines, which the client joins with a LF, inside a JSON string, where a raw LF is not JSON.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_MAX_ID_DIGITS = 18  # fits a signed 64-bit integer, as Redis stream ids need

# No caching anywhere, and no proxy buffering (nginx honours X-Accel-Buffering), so events leave at once.
HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


class LastChunk(bytes):
    """A body chunk after which the stream sends nothing: a transport may end the body with it, in one write
    with the body's end (a chunked body's terminating chunk)."""


def _lines(text: str) -> list[str]:
    return _LINE_BREAK.split(text) if "\n" in text or "\r" in text else [text]


def _data(text: str) -> str:
    """``text`` as the value of ``data`` lines; the JSON an event carries has no line break, so is as it is."""
    return _DATA_LINE_BREAK.join(_LINE_BREAK.split(text)) if "\n" in text or "\r" in text else text


def _event_frame(data: str, event: str | None, event_id: int | None, retry_ms: int | None = None) -> str:
    fields = ""
    if event_id is not None:
        fields += f"id: {event_id}\n"
    if event is not None:
        fields += f"event: {event}\n"
    if retry_ms is not None:
        fields += f"retry: {retry_ms}\n"
    return f"{fields}data: {_data(data)}\n\n"


def encode_event(data: str, *, event: str | None = None, event_id: int | None = None,
                 retry_ms: int | None = None) -> bytes:
    """One event; ``data`` may span lines (each becomes its own ``data:`` line)."""
    return _event_frame(data, event, event_id, retry_ms).encode()


def encode_comment(text: str) -> bytes:
    """A comment line: clients ignore it, proxies see traffic (the heartbeat)."""
    return _comment_frame(text).encode()


def _comment_frame(text: str) -> str:
    return "".join(f": {line}\n" for line in _lines(text)) + "\n"


def _item_frame(item: LiveItem) -> str:
    if isinstance(item, LogEntry):
        # One string per event, with no list of lines: this runs for every event every viewer is sent.
        return f"id: {item.id}\nevent: {item.event}\ndata: {_data(item.data)}\n\n"
    if isinstance(item, ViewerCount):
        # No id: viewer counts are not part of the log, so they must not move the client's resume point.
        return _event_frame(item.to_json(), "viewers", None)
    if isinstance(item, Heartbeat):
        return _comment_frame("heartbeat")
    raise TypeError(f"not a live stream item: {item!r}")


def encode_item(item: LiveItem) -> bytes:
    return _item_frame(item).encode()


def encode_batch(batch: LiveBatch) -> bytes:
    """A reader's batch as one chunk (encoded once, not per event)."""
    return "".join([_item_frame(item) for item in batch]).encode()


async def encode_stream(
    batches: AsyncGenerator[LiveBatch, None], *, retry_ms: int | None = None,
    render_error: Callable[[ArenaError], bytes] | None = None,
) -> AsyncGenerator[bytes, None]:
    """The SSE body for a live stream, one write per batch; the first frame also tells clients how soon to
    reconnect (inside an event: a frame with no data is one some parsers still hand out as a message). The
    batch that ends with the stream's final entry comes as a :class:`LastChunk`.

    An Arena error that ends the stream becomes its last write through ``render_error``, when given. Closing
    the body closes ``batches``, so its reader lets go of the stream then, not whenever the collector finds it.
    """
    prefix = f"retry: {retry_ms}\n".encode() if retry_ms is not None else b""
    async with contextlib.aclosing(batches) as live:
        try:
            async for batch in live:
                chunk = prefix + encode_batch(batch)
                last = batch[-1] if batch else None
                yield LastChunk(chunk) if isinstance(last, LogEntry) and last.final else chunk
                prefix = b""
        except ArenaError as exc:
            if render_error is None:
                raise
            yield render_error(exc)


def parse_last_event_id(value: str | None) -> int | None:
    """The resume point a client sent, or None; raises ``InvalidEventId`` unless a non-negative integer."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if not text.isascii() or not text.isdigit() or len(text) > _MAX_ID_DIGITS:
        raise InvalidEventId(value)
    return int(text)
