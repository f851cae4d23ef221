"""The ``arena`` command with a clean ``ARENA_*`` environment: run in a subprocess (the real script), or in the
test's process through Typer's ``CliRunner`` (the same app, settings and error mapping, without the seconds a
new interpreter spends importing and opening the store)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import structlog
from typer.testing import CliRunner

from arena.cli.app import app


@dataclass
class ArenaCommand:
    """``arena`` in a subprocess with its own environment: only the ``ARENA_*`` variables set here reach it.

    For what only a process shows: escape codes on a pipe, ``NO_COLOR``, start-up, the installed script."""

    cwd: Path
    env: dict[str, str] = field(default_factory=dict)

    def __call__(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        environment = {k: v for k, v in os.environ.items() if not k.startswith("ARENA_")}
        environment["COLUMNS"] = "200"  # wide enough that Rich does not wrap table cells, unless env says
        environment.update(self.env)
        return subprocess.run(
            [sys.executable, "-m", "arena", *args], input=stdin,
            cwd=self.cwd, env=environment, capture_output=True, text=True, timeout=600, check=False,
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


@dataclass
class ArenaInProcess(ArenaCommand):
    """``arena`` run in this process against the app object, its stdout and stderr captured apart.

    The environment (only the ``ARENA_*`` variables set here), the working folder and the logging set-up a
    command makes are this call's alone: each is put back when the command ends, so no run sees another's."""

    def __call__(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        with pytest.MonkeyPatch.context() as patch:
            for name in [name for name in os.environ if name.startswith("ARENA_")]:
                patch.delenv(name)
            patch.setenv("COLUMNS", "200")
            for name, value in self.env.items():
                patch.setenv(name, value)
            patch.chdir(self.cwd)
            logging = structlog.get_config()
            try:
                result = CliRunner().invoke(app, list(args), input=stdin, catch_exceptions=False)
            finally:
                structlog.configure(**logging)
        return subprocess.CompletedProcess(["arena", *args], result.exit_code, result.stdout, result.stderr)
