"""Server-Sent Events responses: a live reader's batches as SSE, with stream errors sent as ``error`` events.

An idle stream may wait for hours, so nothing here keeps the last write alive while it waits: with ten
thousand viewers, a retained replay batch (a stat card and a chart, some kilobytes) would be most of the
memory each one costs.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncGenerator
from typing import Any

from pydantic import BaseModel
from starlette.requests import ClientDisconnect
from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from arena.api.problems import error_frame, problem_from_error
from arena.errors import ArenaError
from arena.streaming import HEADERS, MEDIA_TYPE, LastChunk, LiveBatch, encode_event, encode_stream

# Clients reconnect after a second, then resume with Last-Event-ID.
RETRY_MS = 1000


class EventStreamResponse(StreamingResponse):
    """A streaming response cut to what an idle stream needs: one task watching for the client to leave
    (Starlette's runs a task group of two), and no reference to the last chunk sent."""

    media_type = MEDIA_TYPE

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        streaming = asyncio.current_task()
        assert streaming is not None
        state = _Streaming()
        watcher = asyncio.create_task(_stop_when_client_leaves(receive, streaming, state))
        try:
            await self.stream_response(send)
            state.finished = True  # before any await, so the watcher can no longer cancel this task
        except asyncio.CancelledError:
            if not state.client_left:
                raise
            streaming.uncancel()  # the client left: the body is closed, nothing more to send
        except OSError as exc:
            raise ClientDisconnect from exc
        finally:
            watcher.cancel()

    async def stream_response(self, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        async for chunk in self.body_iterator:
            if isinstance(chunk, LastChunk):
                # The body ends with it, in one write, and the stream's readers let go now.
                await send({"type": "http.response.body", "body": chunk, "more_body": False})
                del chunk
                await _close(self.body_iterator)
                return
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
            del chunk
        await send({"type": "http.response.body", "body": b"", "more_body": False})


async def _close(body: object) -> None:
    aclose = getattr(body, "aclose", None)
    if aclose is not None:
        await aclose()


class _Streaming:
    __slots__ = ("client_left", "finished")

    def __init__(self) -> None:
        self.client_left = False
        self.finished = False


async def _stop_when_client_leaves(receive: Receive, streaming: asyncio.Task[Any], state: _Streaming) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass
    if not state.finished:
        state.client_left = True
        streaming.cancel()


def _error_event(exc: ArenaError) -> bytes:
    return encode_event(json.dumps(error_frame(problem_from_error(exc))), event="error")


def event_stream(batches: AsyncGenerator[LiveBatch, None], headers: dict[str, str] | None = None, *,
                 result: asyncio.Future[Any] | None = None) -> EventStreamResponse:
    """The SSE response for a live reader (``headers`` added to the stream's own); when ``result`` is given
    and holds a model once the stream ends, a last ``result`` event carries it as JSON."""
    body = encode_stream(batches, retry_ms=RETRY_MS, render_error=_error_event)
    if result is not None:
        body = _then_result(body, result)
    return EventStreamResponse(body, headers={**HEADERS, **(headers or {})})


async def _then_result(body: AsyncGenerator[bytes, None], result: asyncio.Future[BaseModel]
                       ) -> AsyncGenerator[bytes, None]:
    async with contextlib.aclosing(body) as chunks:
        async for chunk in chunks:
            yield bytes(chunk) if isinstance(chunk, LastChunk) else chunk  # the result event follows it
            del chunk
    # Set before the debate's last event was written; a debate that failed or was cancelled has none.
    if result.done() and not result.cancelled():
        yield encode_event(result.result().model_dump_json(), event="result")
