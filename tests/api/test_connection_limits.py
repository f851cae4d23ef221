"""What ``arena serve``'s HTTP protocol answers below the app, fed as the network delivers: the header-size cap
counts what arrives before the headers end, never the body that shares a read with them, and its refusals
are problem+json like every other error."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from uvicorn.server import ServerState

from arena.api.connections import ConnectionLimits, GuardedHttpProtocol, ServerConfig

MAX_HEADER_BYTES = 8_192


class PeerTransport(asyncio.Transport):
    """A connection from a client at 127.0.0.1 that records what the server writes."""

    def __init__(self) -> None:
        super().__init__()
        self.written = bytearray()
        self.closed = False

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return {"peername": ("127.0.0.1", 50_000), "sockname": ("127.0.0.1", 8000)}.get(name, default)

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self.written += data

    def writelines(self, list_of_data: Any) -> None:
        for data in list_of_data:
            self.write(data)

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass


async def _body_length_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    answer = str(len(body)).encode()
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-length", str(len(answer)).encode())]})
    await send({"type": "http.response.body", "body": answer})


def _connection() -> tuple[GuardedHttpProtocol, PeerTransport]:
    limits = ConnectionLimits(header_timeout_seconds=60, max_header_bytes=MAX_HEADER_BYTES,
                              max_connections=10, max_connections_per_client=10)
    config = ServerConfig(_body_length_app, limits=limits, lifespan="off", log_config=None)  # type: ignore[arg-type]
    protocol = GuardedHttpProtocol(config, ServerState(), {}, asyncio.get_running_loop())
    transport = PeerTransport()
    protocol.connection_made(transport)
    return protocol, transport


async def _answer(transport: PeerTransport) -> bytes:
    for _ in range(100):
        if b"\r\n\r\n" in transport.written:
            break
        await asyncio.sleep(0)
    await asyncio.sleep(0)
    return bytes(transport.written)


def _post(body_bytes: int) -> bytes:
    return (b"POST /v1/parse HTTP/1.1\r\nHost: arena\r\ncontent-type: application/json\r\n"
            b"content-length: " + str(body_bytes).encode() + b"\r\n\r\n" + b"a" * body_bytes)


async def test_a_body_read_with_its_headers_does_not_count_as_header_bytes() -> None:
    for reads in (1, 3):  # the whole request in one read, or its body's first bytes beside the headers
        protocol, transport = _connection()
        request = _post(10 * MAX_HEADER_BYTES)
        step = -(-len(request) // reads)
        for start in range(0, len(request), step):
            protocol.data_received(request[start:start + step])
        answer = await _answer(transport)
        assert answer.startswith(b"HTTP/1.1 200 "), answer[:200]
        assert answer.endswith(str(10 * MAX_HEADER_BYTES).encode())


async def test_headers_over_the_cap_in_one_read_get_a_431() -> None:
    protocol, transport = _connection()
    padding = b"".join(f"X-Padding-{n}: {'x' * 90}\r\n".encode() for n in range(MAX_HEADER_BYTES // 100 + 10))
    protocol.data_received(b"GET /livez HTTP/1.1\r\nHost: arena\r\n" + padding)
    assert _problem(transport, 431)["code"] == "header-fields-too-large"
    assert transport.closed


async def test_headers_over_the_cap_across_reads_get_a_431() -> None:
    protocol, transport = _connection()
    protocol.data_received(b"GET /livez HTTP/1.1\r\nHost: arena\r\n")
    for n in range(MAX_HEADER_BYTES // 100 + 10):
        if transport.closed:
            break
        protocol.data_received(f"X-Padding-{n}: {'x' * 90}\r\n".encode())
    assert _problem(transport, 431)["detail"] == f"the request's headers are larger than {MAX_HEADER_BYTES} bytes"
    assert transport.closed


async def test_bytes_that_are_not_http_get_a_400_problem() -> None:
    protocol, transport = _connection()
    protocol.data_received(b"GET /livez HTTP/1.1\r\nHost arena\r\n\r\n")
    assert _problem(transport, 400)["code"] == "bad-request"
    assert transport.closed


def _problem(transport: PeerTransport, status: int) -> dict[str, Any]:
    head, _, body = bytes(transport.written).partition(b"\r\n\r\n")
    lines = head.decode().split("\r\n")
    assert lines[0].startswith(f"HTTP/1.1 {status} ")
    assert "content-type: application/problem+json" in lines
    problem: dict[str, Any] = json.loads(body)
    assert problem["status"] == status
    return problem
