"""Our own Redis and PostgreSQL server processes on spare ports, which tests stop and start at will (the
machine's shared servers on 6379 and 5432 are never touched).

Where a server's binary is not installed, the tests that need it are skipped with the command that installs
it (``pytest -ra`` lists them); ``ARENA_TEST_REQUIRE_ALL=1`` (set by ``.ci/run``) makes that a failure, so CI
runs every test."""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import psycopg
import pytest
import redis

READY_SECONDS = 60.0
REDIS_INSTALL = "apt-get install redis-server"
POSTGRES_INSTALL = "apt-get install postgresql"


def unavailable(reason: str) -> NoReturn:
    """Skip the test for a missing binary or extra, or fail it where every test must run."""
    if os.environ.get("ARENA_TEST_REQUIRE_ALL") == "1":
        pytest.fail(f"{reason} (ARENA_TEST_REQUIRE_ALL=1: nothing may be skipped)", pytrace=False)
    pytest.skip(reason)


def redis_server_binary() -> str:
    """The ``redis-server`` on ``PATH``; skips the test where there is none."""
    binary = shutil.which("redis-server")
    if binary is None:
        unavailable(f"redis-server is not installed; install it with: {REDIS_INSTALL}")
    return binary


def postgres_bin_dir() -> Path:
    """The folder of ``initdb`` and ``pg_ctl``: on ``PATH``, else Debian's ``/usr/lib/postgresql/<version>/bin``;
    skips the test where there is none."""
    on_path = shutil.which("initdb")
    if on_path is not None and shutil.which("pg_ctl") is not None:
        return Path(on_path).resolve().parent
    installed = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not installed:
        unavailable(f"PostgreSQL's server binaries (initdb, pg_ctl) are not installed; install them with: "
                    f"{POSTGRES_INSTALL}")
    return Path(installed[-1]).parent


def spare_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _wait(ready: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + READY_SECONDS
    while True:
        try:
            if ready():
                return
        except Exception:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not come up within {READY_SECONDS:g} s")
        time.sleep(0.1)


class RedisProcess:
    """``redis-server`` without persistence, on its own port: ``stop`` then ``start`` is a crash and a restart
    (empty, on the same port); ``pause`` and ``resume`` freeze it, so clients hang instead of being refused."""

    def __init__(self) -> None:
        self.port = spare_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> RedisProcess:
        binary = redis_server_binary()
        self._process = subprocess.Popen(
            [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def pong() -> bool:
            with redis.Redis(port=self.port, socket_timeout=1) as client:
                return bool(client.ping())

        _wait(pong, f"redis-server on port {self.port}")
        return self

    def stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait(timeout=30)
            self._process = None

    def pause(self) -> None:
        """Freeze the server (SIGSTOP): it keeps its port and its connections but answers nothing."""
        assert self._process is not None, "redis-server is not running"
        self._process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        """Let a paused server go on (SIGCONT); it answers what it was sent meanwhile."""
        assert self._process is not None, "redis-server is not running"
        self._process.send_signal(signal.SIGCONT)


class PostgresProcess:
    """A throwaway PostgreSQL cluster in its own temporary folder (initdb refuses root, so as root it runs as
    ``postgres``; the folder is made outside pytest's private tmp tree, which that user cannot enter)."""

    def __init__(self) -> None:
        self._bin = postgres_bin_dir()
        root = Path(tempfile.mkdtemp(prefix="arena-test-pg-"))
        root.chmod(0o755)
        self._root = root
        self._data = root / "data"
        self.port = spare_port()
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        self._as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if os.geteuid() == 0:
            shutil.chown(root, "postgres")
        self._run(str(self._bin / "initdb"), "-D", str(self._data), "-U", "postgres", "--auth=trust", "-E", "UTF8")

    def _run(self, *command: str) -> None:
        subprocess.run([*self._as_user, *command], check=True, capture_output=True, timeout=120)

    def start(self) -> PostgresProcess:
        self._run(str(self._bin / "pg_ctl"), "-D", str(self._data), "-l", str(self._root / "log"), "-w",
                  "-o", f"-p {self.port} -k {self._root} -c listen_addresses=127.0.0.1 -c fsync=off", "start")

        def accepts() -> bool:
            with psycopg.connect(self.url, connect_timeout=1) as connection:
                return connection.execute("SELECT 1").fetchone() == (1,)

        _wait(accepts, f"PostgreSQL on port {self.port}")
        return self

    def stop(self) -> None:
        """Stop at once, as a crash would (open connections are cut)."""
        self._run(str(self._bin / "pg_ctl"), "-D", str(self._data), "-m", "immediate", "-w", "stop")

    def remove(self) -> None:
        """Stop the server if it runs, and delete its folder."""
        subprocess.run([*self._as_user, str(self._bin / "pg_ctl"), "-D", str(self._data), "-m", "immediate",
                        "stop"], check=False, capture_output=True, timeout=120)
        shutil.rmtree(self._root, ignore_errors=True)
