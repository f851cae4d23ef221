"""Small real HTTP servers on 127.0.0.1 that misbehave the way LLM servers do: never answering, answering
with an error, or dying halfway through a streamed reply. Each records the requests it received."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

Responder = Callable[[asyncio.StreamWriter], Awaitable[None]]


@dataclass
class ChatServer:
    base_url: str
    requests: list[dict[str, str]] = field(default_factory=list)  # header name (lower case) -> value
    bodies: list[bytes] = field(default_factory=list)


@asynccontextmanager
async def serve(respond: Responder) -> AsyncIterator[ChatServer]:
    """A server on a free port that reads each request's head and body, then hands the socket to ``respond``."""
    server_state = ChatServer(base_url="")
    pending: set[asyncio.Task[None]] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        pending.add(task)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            headers = dict(
                (name.strip().lower(), value.strip())
                for name, _, value in (line.partition(":") for line in head.decode().split("\r\n")[1:] if line)
            )
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            server_state.requests.append(headers)
            server_state.bodies.append(body)
            await respond(writer)
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    server_state.base_url = f"http://127.0.0.1:{port}/v1"
    try:
        yield server_state
    finally:
        server.close()
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        await server.wait_closed()


async def never_answer(writer: asyncio.StreamWriter) -> None:
    await asyncio.Event().wait()


async def headers_then_silence(writer: asyncio.StreamWriter) -> None:
    """A 200 event stream whose only chunk carries the role, then nothing: started, but no text."""
    writer.write(_stream_head() + _chunk(_sse({"role": "assistant"})))
    await writer.drain()
    await asyncio.Event().wait()


async def text_then_silence(writer: asyncio.StreamWriter) -> None:
    """Starts writing, then stalls forever with the connection open."""
    writer.write(_stream_head() + _chunk(_sse({"content": "Jordan"})))
    await writer.drain()
    await asyncio.Event().wait()


async def server_error(writer: asyncio.StreamWriter) -> None:
    body = json.dumps({"error": {"message": "model crashed", "type": "server_error"}}).encode()
    writer.write(b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                 b"Content-Length: " + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
    await writer.drain()


def dies_after(texts: list[str]) -> Responder:
    """Streams ``texts`` as content chunks, then drops the connection mid-body (no end chunk, no [DONE])."""

    async def respond(writer: asyncio.StreamWriter) -> None:
        writer.write(_stream_head())
        for text in texts:
            writer.write(_chunk(_sse({"content": text})))
            await writer.drain()
        writer.transport.abort()

    return respond


def cut_off_after(texts: list[str]) -> Responder:
    """Streams ``texts``, then ends the reply properly but with finish_reason "length" (the token budget)."""

    async def respond(writer: asyncio.StreamWriter) -> None:
        writer.write(_stream_head())
        for text in texts:
            writer.write(_chunk(_sse({"content": text})))
        writer.write(_chunk(_sse({}, finish_reason="length")) + _chunk(b"data: [DONE]\n\n") + _chunk(b""))
        await writer.drain()

    return respond


def _stream_head() -> bytes:
    return (b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n"
            b"Cache-Control: no-cache\r\n\r\n")


def _sse(delta: dict[str, str], finish_reason: str | None = None) -> bytes:
    event = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 0, "model": "test",
             "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}]}
    return f"data: {json.dumps(event)}\n\n".encode()


def _chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"
