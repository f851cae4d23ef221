"""Real servers for the API tests, all on 127.0.0.1: the app on uvicorn in a thread, and an OpenAI-compatible
LLM server that writes slowly (so debates last long enough to watch); ``arena serve`` in its own process is
:mod:`serve_process`'s."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from fastapi import FastAPI
from pydantic import SecretStr

from arena.api.app import create_app
from arena.settings import Settings
from serve_process import STARTUP_SECONDS, bound_socket

HEARTBEAT_SECONDS = 0.2
GRACE_SECONDS = 1.0
MAX_QUESTION_CHARS = 300
MAX_BODY_BYTES = 16_384


def api_settings(database_url: str, data_dir: Path, llm_base_url: str, **overrides: object) -> Settings:
    """Settings for a test server: the template writer by default, ``openai`` writing slowly on request."""
    values: dict[str, object] = {
        "database_url": database_url,
        "redis_url": None,
        "data_dir": data_dir,
        "writer": "template",
        "llm_base_url": llm_base_url,
        "llm_api_key": SecretStr("test-key"),
        "stream_heartbeat_seconds": HEARTBEAT_SECONDS,
        "stream_grace_seconds": GRACE_SECONDS,
        "stream_poll_seconds": 0.05,
        "api_max_question_chars": MAX_QUESTION_CHARS,
        "api_max_body_bytes": MAX_BODY_BYTES,
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[arg-type]


class ServerThread:
    """``app`` served by uvicorn on a free port, in a thread with its own event loop."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self._socket = bound_socket()
        self.base_url = f"http://127.0.0.1:{self._socket.getsockname()[1]}"
        config = uvicorn.Config(app, log_level="warning", lifespan="on", timeout_graceful_shutdown=2,
                                proxy_headers=False)  # as arena serve: ARENA_TRUSTED_PROXIES decides
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self._socket]}, daemon=True)

    def start(self) -> ServerThread:
        self._thread.start()
        deadline = time.monotonic() + STARTUP_SECONDS
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the API server did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=30)
        self._socket.close()


class SlowChatServer:
    """An OpenAI-compatible ``/v1/chat/completions`` that streams ``words`` one per ``delay`` seconds, and
    holds every reply while ``gate`` is clear (``bench/streams.py`` uses that for silent, running debates).
    ``go_down`` stops it as a crash would (refused connections, open replies cut) and ``come_back`` starts
    it again on the same port (``bench/chaos.py``).

    The words carry no numbers, so the fact-check lets them through; the debates that use it (writer
    ``openai``) take a few seconds, long enough for spectators to come and go.
    """

    WORDS = ("Numbers ", "aside, ", "this ", "one ", "is ", "close ", "and ", "worth ", "arguing. ")

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.gate = threading.Event()
        self.gate.set()
        self.requests = 0
        self._loop = asyncio.new_event_loop()
        self._socket = bound_socket()
        self.base_url = f"http://127.0.0.1:{self._socket.getsockname()[1]}/v1"
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._replies: set[asyncio.StreamWriter] = set()

    def start(self) -> SlowChatServer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    async def _start(self) -> None:
        self._server = await asyncio.start_server(self._handle, sock=self._socket)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._replies.add(writer)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                           if line.lower().startswith(b"content-length:")), 0)
            await reader.readexactly(length)
            self.requests += 1
            # No framing: the reply ends when the connection closes, as HTTP/1.1 allows.
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n")
            for word in (*self.WORDS, ""):
                while not self.gate.is_set():
                    await asyncio.sleep(0.05)
                choice = {"index": 0, "delta": {"content": word} if word else {},
                          "finish_reason": None if word else "stop"}
                event = {"id": "chatcmpl-slow", "object": "chat.completion.chunk", "created": 0, "model": "slow",
                         "choices": [choice]}
                writer.write(f"data: {json.dumps(event)}\n\n".encode())
                await writer.drain()
                await asyncio.sleep(self.delay)
            writer.write(b"data: [DONE]\n\n")
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            self._replies.discard(writer)
            writer.close()

    def go_down(self) -> None:
        """Stop listening and cut every open reply: clients are refused, as by a server that died."""
        async def down() -> None:
            for writer in list(self._replies):
                writer.transport.abort()
            if self._server is not None:
                self._server.close()
                await self._server.wait_closed()
                self._server = None

        asyncio.run_coroutine_threadsafe(down(), self._loop).result(timeout=10)

    def come_back(self) -> None:
        """Listen again on the same port after ``go_down``."""
        port = int(self.base_url.rsplit(":", 1)[1].split("/", 1)[0])
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", port))
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)

    def stop(self) -> None:
        async def close() -> None:
            if self._server is not None:
                self._server.close()
                await self._server.wait_closed()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()



@contextmanager
def slow_chat_server(delay: float) -> Iterator[SlowChatServer]:
    """A :class:`SlowChatServer` writing a piece every ``delay`` seconds, for the block."""
    server = SlowChatServer(delay=delay).start()
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def api_server_on(database_url: str, data_dir: Path, llm_base_url: str,
                  **overrides: object) -> Iterator[ServerThread]:
    """An Arena app with :func:`api_settings` served in a thread, for the block."""
    server = ServerThread(create_app(settings=api_settings(database_url, data_dir, llm_base_url,
                                                           **overrides))).start()
    try:
        yield server
    finally:
        server.stop()
