"""The real ``arena`` command run in a subprocess, with a clean ``ARENA_*`` environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class ArenaCommand:
    """``arena`` with its own environment: only the ``ARENA_*`` variables set here reach it."""

    cwd: Path
    env: dict[str, str] = field(default_factory=dict)

    def __call__(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        environment = {k: v for k, v in os.environ.items() if not k.startswith("ARENA_")}
        environment["COLUMNS"] = "200"  # wide enough that Rich does not wrap table cells, unless env says
        environment.update(self.env)
        return subprocess.run(
            [sys.executable, "-m", "arena", *args],
            cwd=self.cwd, env=environment, capture_output=True, text=True, timeout=timeout, check=False,
        )

    def json(self, *args: str) -> Any:
        """Run a ``--json`` command that must succeed and return its document."""
        result = self(*args)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def error(self, *args: str) -> str:
        """Run a command that must fail with exit code 2 and one stderr line; return that line."""
        result = self(*args)
        assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        return lines[0]
