"""``arena serve``: refuses settings it cannot honour with one clear line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


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
