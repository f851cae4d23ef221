"""The README stays true: its data-sources block is the generated text, its commands and settings exist."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import typer

from arena.cli.app import app
from arena.settings import Settings
from arena.stats.sources import HOCKEY_DATABANK_STATEMENT, sources_markdown

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- data-sources:start -->", "<!-- data-sources:end -->"


def _readme() -> str:
    return README.read_text(encoding="utf-8")


def _sources_block() -> str:
    text = _readme()
    assert text.count(START) == 1 and text.count(END) == 1, "README needs exactly one data-sources block"
    return text.split(START, 1)[1].split(END, 1)[0]


def test_data_sources_block_is_the_generated_markdown() -> None:
    assert _sources_block() == "\n" + sources_markdown() + "\n"


def test_data_sources_command_prints_the_readme_block() -> None:
    printed = subprocess.run(
        [sys.executable, "-m", "arena", "data", "sources", "--markdown"],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout
    assert printed == sources_markdown() + "\n"
    assert printed.strip() == _sources_block().strip()


def test_hockey_databank_statement_is_quoted_in_full() -> None:
    quoted = [
        line.strip().removeprefix(">").removeprefix(" ")
        for line in _sources_block().splitlines()
        if line.strip().startswith(">")
    ]
    assert HOCKEY_DATABANK_STATEMENT in "\n".join(quoted)
    assert "copyrighted by the Hockey Databank project.  For more information" in HOCKEY_DATABANK_STATEMENT


def test_every_setting_is_documented() -> None:
    text = _readme()
    undocumented = [
        f"ARENA_{name.upper()}" for name in Settings.model_fields if f"`ARENA_{name.upper()}`" not in text
    ]
    assert undocumented == []


def _commands(group: Any, prefix: str = "arena") -> dict[str, Any]:
    """Every leaf command by its full name (Typer's groups carry ``commands``; plain commands do not)."""
    found: dict[str, Any] = {}
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if hasattr(command, "commands"):
            found.update(_commands(command, path))
        else:
            found[path] = command
    return found


def test_documented_commands_and_options_exist() -> None:
    commands = _commands(typer.main.get_command(app))
    documented = re.findall(r"^\| `(arena [^`]+)` \|", _readme(), flags=re.MULTILINE)
    assert documented, "README's command table not found"
    for usage in documented:
        name = next((c for c in sorted(commands, key=len, reverse=True) if usage.startswith(c)), None)
        assert name is not None, f"README documents {usage!r}, which the CLI does not have"
        options = {opt for param in commands[name].params for opt in param.opts}
        for option in re.findall(r"--[a-z][a-z-]*", usage):
            assert option in options, f"{name} has no {option} (README: {usage!r})"
