"""``bench/chaos.py`` runs to the end with a few seconds per phase and prints its table, every phase in it.
Its figures are for people to read; nothing here judges them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dependency_servers import postgres_bin_dir, redis_server_binary

BENCH = Path(__file__).resolve().parents[1] / "bench" / "chaos.py"
PHASES = ("baseline", "redis stopped", "redis restarted", "redis hung", "redis back", "postgres stopped",
          "postgres restarted", "llm stopped", "llm hung", "llm back")


@pytest.fixture
def server_binaries() -> None:
    """The bench starts its own redis-server and PostgreSQL: without their binaries the test is skipped."""
    redis_server_binary()
    postgres_bin_dir()


@pytest.mark.slow
@pytest.mark.full
@pytest.mark.integration
@pytest.mark.usefixtures("server_binaries")
def test_chaos_bench_runs_every_phase(source_dir: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ARENA_")}
    done = subprocess.run(
        [sys.executable, str(BENCH), "--phase-seconds", "3", "--concurrency", "2", "--request-timeout", "30",
         "--usage-wait", "10", "--source-dir", str(source_dir), "--log", str(tmp_path / "serve.log")],
        env=env, capture_output=True, text=True, timeout=900, check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    table = done.stdout.split("\nphase ", 1)[1].split("\n\n", 1)[0].splitlines()
    assert [row.split("  ", 1)[0].strip() for row in table[1:]] == list(PHASES), done.stdout
    assert "whole run" in done.stdout
