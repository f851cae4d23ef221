"""Connection hygiene for ``arena serve``: a deadline for each request's headers, and caps on connections, in
all and per client address, kept where uvicorn accepts connections, before any request reaches the app.

Hand-written because uvicorn has none of it: its ``timeout_keep_alive`` only runs between requests, so a
client that opens a connection and never finishes its headers holds a descriptor forever (a slowloris), and
its ``limit_concurrency`` answers 503 only once headers are complete, which such a client never sends.

Also here: a response's head leaves with its body's first bytes, in one write (:class:`HeadWithBody`).
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
from uvicorn.server import ServerState

from arena.api.problems import PROBLEM_MEDIA_TYPE, make_problem
from arena.telemetry import get_logger

_log = get_logger(__name__)



def problem_reply(status: int, code: str, detail: str) -> bytes:
    """A whole HTTP/1.1 response carrying a problem+json body, for what is answered below the app (the request's
    head refused before a request exists), then the connection closed: problem+json like every other error."""
    body = json.dumps(make_problem(status, code, detail).model_dump(mode="json", exclude_none=True)).encode()
    return (f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\ncontent-type: {PROBLEM_MEDIA_TYPE}\r\n"
            f"content-length: {len(body)}\r\nconnection: close\r\n\r\n").encode() + body


_NOT_HTTP = problem_reply(400, "bad-request", "the request is not valid HTTP/1.1")


@dataclass(frozen=True)
class ConnectionLimits:
    """``header_timeout_seconds``: from a connection's first byte of a request (or its opening) to the end of
    that request's headers; ``max_header_bytes``: what may arrive meanwhile. ``max_connections``: open at
    once in one worker process, WebSockets included; ``max_connections_per_client``: of those, from one
    client address."""

    header_timeout_seconds: float
    max_header_bytes: int
    max_connections: int
    max_connections_per_client: int


class ConnectionGate:
    """Admits a worker's connections within its limits, and tracks which still wait for their headers.

    At the cap, the oldest connection still waiting for its headers is closed to make room: it costs its
    client nothing it has not already failed to use, whereas refusing the newcomer would let a slowloris
    lock every honest client out until its connections time out.
    """

    def __init__(self, limits: ConnectionLimits) -> None:
        self.limits = limits
        self.headers_too_large = problem_reply(431, "header-fields-too-large",
                                               f"the request's headers are larger than {limits.max_header_bytes} bytes")
        self._clients: dict[asyncio.BaseTransport, str] = {}
        self._per_client: Counter[str] = Counter()
        self._awaiting_headers: dict[asyncio.BaseTransport, None] = {}  # insertion order: oldest first

    @property
    def open_connections(self) -> int:
        return len(self._clients)

    def admit(self, transport: asyncio.BaseTransport) -> bool:
        """Count ``transport`` in, or say it must be closed (its client address is at its cap, or the
        process is, with no connection waiting for headers to drop instead)."""
        client = _client_address(transport)
        if self._per_client[client] >= self.limits.max_connections_per_client:
            return False
        if len(self._clients) >= self.limits.max_connections:
            if not self._awaiting_headers:
                return False
            oldest = next(iter(self._awaiting_headers))
            self.release(oldest)
            oldest.close()
        self._clients[transport] = client
        self._per_client[client] += 1
        return True

    def awaiting_headers(self, transport: asyncio.BaseTransport) -> None:
        if transport in self._clients:
            self._awaiting_headers[transport] = None

    def headers_received(self, transport: asyncio.BaseTransport) -> None:
        self._awaiting_headers.pop(transport, None)

    def release(self, transport: asyncio.BaseTransport) -> None:
        """Count ``transport`` out; calling it again, or for a transport never admitted, does nothing."""
        self._awaiting_headers.pop(transport, None)
        client = self._clients.pop(transport, None)
        if client is not None:
            self._per_client[client] -= 1
            if not self._per_client[client]:
                del self._per_client[client]


def _client_address(transport: asyncio.BaseTransport) -> str:
    peer = transport.get_extra_info("peername")
    return str(peer[0]) if isinstance(peer, tuple) and peer else "unknown"


class ServerConfig(uvicorn.Config):
    """uvicorn's configuration plus this worker's connection gate. Each worker process unpickles its own copy,
    so each counts its own connections (the limits are per worker process)."""

    def __init__(self, app: str, *, limits: ConnectionLimits, **options: Any) -> None:
        super().__init__(app, http=GuardedHttpProtocol, ws=GuardedWebSocketProtocol, **options)
        self.connection_gate = ConnectionGate(limits)


def _gate(config: uvicorn.Config) -> ConnectionGate:
    if not isinstance(config, ServerConfig):
        raise TypeError("the guarded protocols need a ServerConfig")
    return config.connection_gate


class GuardedHttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol, admitted through the gate and closed when headers are late."""

    def __init__(self, config: uvicorn.Config, server_state: ServerState, app_state: dict[str, Any],
                 _loop: asyncio.AbstractEventLoop | None = None) -> None:
        super().__init__(config, server_state, app_state, _loop)
        self._gate = _gate(config)
        self._header_deadline: asyncio.TimerHandle | None = None
        self._header_bytes = 0  # received while waiting for the current request's headers
        self._headers_completed = 0  # requests on this connection whose headers the parser has read

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if not self._gate.admit(transport):
            # Debug only: under a flood, a line per refusal would be a second flood, into the logs.
            _log.debug("connection refused: at the connection cap", client=_client_address(transport),
                         open_connections=self._gate.open_connections)
            transport.close()
            return
        self._await_headers()

    def data_received(self, data: bytes) -> None:
        # httptools (llhttp) sets no bound on header size: within the deadline, a client could send megabytes.
        # What counts is what the parser read without finishing the headers: a read often carries the headers
        # and the body's first bytes together, and a body is bounded by the app (413), not here.
        if self._header_deadline is None:
            super().data_received(data)
            return
        headed = self._headers_completed
        super().data_received(data)
        if self._headers_completed != headed or self._header_deadline is None or self.transport.is_closing():
            return
        self._header_bytes += len(data)
        if self._header_bytes > self._gate.limits.max_header_bytes:
            self._stop_waiting()
            self.transport.write(self._gate.headers_too_large)
            self.transport.close()

    def send_400_response(self, msg: str) -> None:
        # uvicorn's own answer to bytes that are not HTTP is text/plain; ``msg`` (its log line) says no more.
        self.transport.write(_NOT_HTTP)
        self.transport.close()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        if self._header_deadline is None:  # the next request on a kept-alive connection
            self._await_headers()

    def on_headers_complete(self) -> None:
        self._headers_completed += 1
        self._stop_waiting()
        cycle = self.cycle
        super().on_headers_complete()
        if self.cycle is not cycle:  # a request to answer (not an upgrade): its response's writes go through
            self.cycle.transport = HeadWithBody(self.transport, self.loop)  # type: ignore[assignment]

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_waiting()
        self._gate.release(self.transport)
        super().connection_lost(exc)

    def _await_headers(self) -> None:
        self._gate.awaiting_headers(self.transport)
        self._header_deadline = self.loop.call_later(self._gate.limits.header_timeout_seconds,
                                                     self._headers_late)

    def _stop_waiting(self) -> None:
        self._header_bytes = 0
        self._gate.headers_received(self.transport)
        if self._header_deadline is not None:
            self._header_deadline.cancel()
            self._header_deadline = None

    def _headers_late(self) -> None:
        self._header_deadline = None
        if not self.transport.is_closing():
            self.transport.close()


class HeadWithBody:
    """A response's transport that holds its first write (the status line and headers) until the next (the body's
    first bytes, with its end for a body sent whole), and writes both at once: one segment and one wake-up of the
    client instead of two, and one system call of two fewer per response (uvicorn writes each at once, and a
    loopback segment costs the sender its kernel time and the receiver's). The head waits no longer than the
    loop's next turn, for a streaming body whose first chunk is not ready."""

    __slots__ = ("_held", "_loop", "_started", "_transport")

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._held: bytes | None = None
        self._started = False

    def write(self, data: bytes) -> None:
        if not self._started:
            self._started = True
            self._held = data
            self._loop.call_soon(self.flush)
        elif self._held is not None:
            held, self._held = self._held, None
            self._transport.writelines((held, data))
        else:
            self._transport.write(data)

    def flush(self) -> None:
        if self._held is not None:
            held, self._held = self._held, None
            if not self._transport.is_closing():
                self._transport.write(held)

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def close(self) -> None:
        self.flush()
        self._transport.close()


class GuardedWebSocketProtocol(WebSocketsSansIOProtocol):
    """uvicorn's WebSocket protocol, which takes over an upgraded connection (and its place in the gate)."""

    def connection_lost(self, exc: Exception | None) -> None:
        _gate(self.config).release(self.transport)
        super().connection_lost(exc)
