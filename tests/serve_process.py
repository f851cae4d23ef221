"""``arena serve`` in its own process on 127.0.0.1, for the tests that need the real command (the API tests,
the security tests) and the benches that put it under load."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

STARTUP_SECONDS = 180.0  # the parser reads every player at startup; slow on a busy two-core machine


def bound_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    return sock


@contextmanager
def silent_llm_url() -> Iterator[str]:
    """An LLM base URL that takes connections and never answers: with ``ARENA_LLM_*_TIMEOUT_SECONDS`` long,
    debates that use it (writer ``openai``) stay running, silent, at their first round."""
    with socket.create_server(("127.0.0.1", 0), backlog=128) as listener:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/v1"


def free_port() -> int:
    with bound_socket() as sock:
        port: int = sock.getsockname()[1]
    return port


class ServeProcess:
    """``arena serve`` in a subprocess; its output goes to ``log_path``."""

    def __init__(self, env: dict[str, str], log_path: Path, *, workers: int = 1) -> None:
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        self._log = log_path.open("wb")
        arena = Path(sys.executable).with_name("arena")
        self.process = subprocess.Popen(
            [str(arena), "serve", "--port", str(self.port), "--workers", str(workers)],
            env={**os.environ, **env}, stdout=self._log, stderr=subprocess.STDOUT,
        )

    def wait_until_serving(self) -> ServeProcess:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"arena serve exited with {self.process.returncode}:\n{self.output()}")
            try:
                if httpx.get(f"{self.base_url}/v1/models", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"arena serve did not start within {STARTUP_SECONDS} s:\n{self.output()}")

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()
