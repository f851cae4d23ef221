"""``arena serve``: refuses settings it cannot honour with one clear line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from arena.cli.serve import exposure_warning
from arena.errors import echo
from arena.settings import Settings


def test_several_workers_without_redis_are_refused(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARENA_")}
    env["ARENA_DATA_DIR"] = str(tmp_path)
    arena = Path(sys.executable).with_name("arena")
    result = subprocess.run([str(arena), "serve", "--workers", "2"], env=env, capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: --workers 2 needs ARENA_REDIS_URL: workers share debate streams through Redis"
    ]


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--port", "70000", "error: --port must be between 0 and 65535, got 70000"),
    ("--workers", "0", "error: --workers must be between 1 and 64, got 0"),
])
def test_out_of_range_options_are_one_line_errors(tmp_path: Path, option: str, value: str, message: str) -> None:
    arena = Path(sys.executable).with_name("arena")
    result = subprocess.run([str(arena), "serve", option, value], capture_output=True, text=True, timeout=60,
                            check=False, env={**os.environ, "ARENA_DATA_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [message]


@pytest.mark.parametrize(("host", "reason"), [
    ("not a host", "Name or service not known"),
    ("999.1.1.1", "Name or service not known"),  # no address, though it looks like one
    ("a" * 300, "label too long"),
])
def test_a_host_that_is_no_address_is_one_line_before_anything_loads(tmp_path: Path, host: str,
                                                                      reason: str) -> None:
    arena = Path(sys.executable).with_name("arena")
    result = subprocess.run([str(arena), "serve", "--host", host, "--port", "0"], capture_output=True, text=True,
                            timeout=60, check=False, env={**os.environ, "ARENA_DATA_DIR": str(tmp_path)})
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    # The host quoted as every error quotes a client's input: cut to its first characters and its length.
    assert line.startswith(f"error: --host {echo(host)} is no address to listen on (") and reason in line, line
    assert "0.0.0.0 for every interface" in line


def test_a_public_address_with_accounts_off_is_warned_about_loudly(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARENA_")}
    env.update({"ARENA_DATA_DIR": str(tmp_path), "ARENA_DATABASE_URL": f"sqlite:///{tmp_path / 'arena.db'}"})
    arena = Path(sys.executable).with_name("arena")
    # Port 0: the OS picks one; the warning comes before the server binds, and the server is stopped at once.
    with subprocess.Popen([str(arena), "serve", "--host", "0.0.0.0", "--port", "0"], env=env,
                          stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True) as process:
        try:
            assert process.stderr is not None
            first = process.stderr.readline()
        finally:
            process.terminate()
    assert first.startswith("WARNING: listening on 0.0.0.0 with ARENA_ACCOUNTS_ENABLED off")


@pytest.mark.parametrize(("host", "accounts_enabled", "warned"), [
    ("0.0.0.0", False, True), ("::", False, True), ("arena.example.com", False, True),
    ("127.0.0.1", False, False), ("::1", False, False), ("localhost", False, False), ("0.0.0.0", True, False),
])
def test_only_non_loopback_addresses_with_accounts_off_are_warned_about(host: str, accounts_enabled: bool,
                                                                       warned: bool) -> None:
    settings = Settings(_env_file=None, accounts_enabled=accounts_enabled)
    assert (exposure_warning(host, settings) is not None) is warned
