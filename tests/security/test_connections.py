"""Connection hygiene of a real ``arena serve``: a slowloris of 1,600 real sockets does not take /livez down,
late or oversized headers and idle kept-alive connections are closed, one client address cannot hold more
than its share, and WebSocket clients cannot send big or many messages.

Attackers connect from other loopback addresses (127.0.0.2 and up, all routed to 127.0.0.1 by Linux), so the
caps per client address apply to them and not to the honest client on 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import json
import resource
import selectors
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from serve_process import ServeProcess, silent_llm_url

pytestmark = [pytest.mark.integration, pytest.mark.slow]

QUESTION = "Who's better, LeBron or Jordan?"
HEADER_TIMEOUT_SECONDS = 4
MAX_HEADER_BYTES = 8_192
PER_CLIENT = 64
SLOWLORIS_SOCKETS = 1_600  # from 25 addresses, 64 each: every one held, none refused at its address cap
MESSAGES_PER_SECOND = 5
MAX_MESSAGE_BYTES = 4_096
# How long the test waits for the server to close what it must close: a bound on the test, not a figure.
PATIENCE_SECONDS = 60.0


@pytest.fixture(scope="module")
def descriptors() -> Iterator[None]:
    """Room for the slowloris's sockets in this process (the server raises its own limit)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 3 * SLOWLORIS_SOCKETS)), hard))
    yield
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


@pytest.fixture(scope="module")
def silent_llm() -> Iterator[str]:
    with silent_llm_url() as url:
        yield url


@pytest.fixture(scope="module")
def serve(loaded_sqlite_url: str, silent_llm: str, descriptors: None,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServeProcess]:
    folder = tmp_path_factory.mktemp("serve-connections")
    env = {
        "ARENA_DATA_DIR": str(folder),
        "ARENA_DATABASE_URL": loaded_sqlite_url,
        "ARENA_REDIS_URL": "",
        "ARENA_LLM_BASE_URL": silent_llm,
        "ARENA_LLM_FIRST_TOKEN_TIMEOUT_SECONDS": "600",
        "ARENA_LLM_REQUEST_TIMEOUT_SECONDS": "600",
        "ARENA_SERVER_HEADER_TIMEOUT_SECONDS": str(HEADER_TIMEOUT_SECONDS),
        "ARENA_SERVER_MAX_HEADER_BYTES": str(MAX_HEADER_BYTES),
        "ARENA_SERVER_KEEP_ALIVE_SECONDS": "1",
        "ARENA_SERVER_MAX_CONNECTIONS_PER_CLIENT": str(PER_CLIENT),
        "ARENA_SERVER_WEBSOCKET_MAX_MESSAGE_BYTES": str(MAX_MESSAGE_BYTES),
        "ARENA_SERVER_WEBSOCKET_MESSAGES_PER_SECOND": str(MESSAGES_PER_SECOND),
        "ARENA_LOG_LEVEL": "WARNING",
    }
    process = ServeProcess(env, folder / "serve.log").wait_until_serving()
    yield process
    process.stop()


def _connect_from(address: str, port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10, source_address=(address, 0))
    sock.setblocking(False)
    return sock


def _wait_until_closed(sockets: list[socket.socket]) -> list[socket.socket]:
    """Wait (within PATIENCE_SECONDS) until the server has closed every socket; those it left open."""
    selector = selectors.DefaultSelector()
    for sock in sockets:
        selector.register(sock, selectors.EVENT_READ)
    open_ones = set(sockets)
    deadline = time.monotonic() + PATIENCE_SECONDS
    while open_ones and time.monotonic() < deadline:
        for key, _ in selector.select(timeout=1):
            sock = key.fileobj
            assert isinstance(sock, socket.socket)
            try:
                data = sock.recv(65_536)
            except ConnectionResetError:
                data = b""
            if not data:
                selector.unregister(sock)
                open_ones.discard(sock)
    selector.close()
    return list(open_ones)


def test_livez_answers_under_a_slowloris_and_its_half_open_connections_are_cut_off(serve: ServeProcess) -> None:
    attackers: list[socket.socket] = []
    try:
        for n in range(SLOWLORIS_SOCKETS):
            sock = _connect_from(f"127.0.0.{2 + n // PER_CLIENT}", serve.port)
            sock.send(b"GET /livez HTTP/1.1\r\nHost: arena\r\nX-Slow: ")  # and never the rest
            attackers.append(sock)
        with httpx.Client(base_url=serve.base_url, timeout=30) as client:
            answers = [client.get("/livez").status_code for _ in range(20)]
        assert answers == [200] * 20
        assert _wait_until_closed(attackers) == []
    finally:
        for sock in attackers:
            sock.close()
    assert httpx.get(f"{serve.base_url}/livez", timeout=30).status_code == 200


def test_a_client_address_over_its_cap_is_refused_while_others_are_served(serve: ServeProcess) -> None:
    extra = 6
    sockets = [_connect_from("127.0.0.200", serve.port) for _ in range(PER_CLIENT + extra)]
    try:
        assert httpx.get(f"{serve.base_url}/livez", timeout=30).status_code == 200
        for sock in sockets:
            sock.setblocking(True)
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # refused: closed already
                sock.sendall(b"GET /livez HTTP/1.1\r\nHost: arena\r\nConnection: close\r\n\r\n")
        served = 0
        for sock in sockets:
            with contextlib.suppress(ConnectionResetError):
                served += sock.recv(64).startswith(b"HTTP/1.1 200")
    finally:
        for sock in sockets:
            sock.close()
    assert served == PER_CLIENT


def test_an_idle_kept_alive_connection_is_closed(serve: ServeProcess) -> None:
    sock = _connect_from("127.0.0.201", serve.port)
    try:
        sock.setblocking(True)
        sock.sendall(b"GET /livez HTTP/1.1\r\nHost: arena\r\n\r\n")
        assert sock.recv(65_536).startswith(b"HTTP/1.1 200")
        sock.setblocking(False)
        assert _wait_until_closed([sock]) == []
    finally:
        sock.close()


def test_headers_over_the_size_limit_get_a_431_and_the_connection_closed(serve: ServeProcess) -> None:
    sock = _connect_from("127.0.0.202", serve.port)
    try:
        sock.setblocking(True)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # closed while we still sent
            sock.sendall(b"GET /livez HTTP/1.1\r\nHost: arena\r\n")
            for n in range(MAX_HEADER_BYTES // 100 + 10):
                sock.sendall(f"X-Padding-{n}: {'x' * 90}\r\n".encode())
        answer = sock.recv(65_536)
        sock.setblocking(False)
        assert answer.startswith(b"HTTP/1.1 431 ")
        assert _wait_until_closed([sock]) == []
    finally:
        sock.close()


def _running_debate(serve: ServeProcess) -> dict[str, Any]:
    response = httpx.post(f"{serve.base_url}/v1/debates", json={"question": QUESTION, "writer": "openai"},
                          timeout=60)
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


def test_a_websocket_message_over_the_size_limit_closes_the_socket_with_1009(serve: ServeProcess) -> None:
    with connect(_running_debate(serve)["links"]["websocket"]) as ws:
        ws.send(json.dumps({"type": "cancel", "token": "x" * MAX_MESSAGE_BYTES}))
        with pytest.raises(ConnectionClosed):
            while True:
                ws.recv(timeout=PATIENCE_SECONDS)
    assert ws.protocol.close_rcvd is not None
    assert ws.protocol.close_rcvd.code == 1009


def test_a_websocket_client_sending_too_fast_is_told_and_closed_with_1008(serve: ServeProcess) -> None:
    frames: list[dict[str, Any]] = []
    with connect(_running_debate(serve)["links"]["websocket"]) as ws:
        # The server may close before the whole burst is sent (a second's worth is enough for it to act): the
        # client's sending stops there, and the frames it was sent before the close are still read below.
        with contextlib.suppress(ConnectionClosed):
            for _ in range(10 * MESSAGES_PER_SECOND):
                ws.send('{"type": "pause"}')
        with pytest.raises(ConnectionClosed):
            while True:
                frames.append(json.loads(ws.recv(timeout=PATIENCE_SECONDS)))
    assert ws.protocol.close_rcvd is not None
    assert ws.protocol.close_rcvd.code == 1008
    errors = [frame["code"] for frame in frames if frame.get("type") == "error" and "problem" in frame]
    # A burst of MESSAGES_PER_SECOND is served (a few more if the server took a while: the bucket refills).
    assert errors[-1] == "too-many-messages"
    assert len(errors) - 1 >= MESSAGES_PER_SECOND
    assert set(errors[:-1]) == {"invalid-client-message"}

