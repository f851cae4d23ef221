"""The README stays true: its data-sources block is the generated text, its commands and settings exist, every
shell command it shows runs, and the event names it mentions are the ones the code sends."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any, get_args

import pytest
import typer

from arena.cli.app import app
from arena.debate.events import DebateEvent
from arena.settings import Settings
from arena.stats.sources import HOCKEY_DATABANK_STATEMENT, sources_markdown

REPO_ROOT = Path(__file__).resolve().parents[1]
README = REPO_ROOT / "README.md"
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
    """Every leaf command by its full name, asked as Click asks a group (the root loads its commands lazily)."""
    found: dict[str, Any] = {}
    context = group.make_context(prefix, [], resilient_parsing=True)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        path = f"{prefix} {name}"
        if hasattr(command, "list_commands"):
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


def _shell_commands() -> list[list[str]]:
    """Every command in the README's ``bash`` blocks, in order, as argument lists (``&&`` splits a line;
    comments are dropped; leading ``NAME=value`` words stay, as the environment of that command)."""
    blocks = re.findall(r"^ *```bash\n(.*?)^ *```", _readme(), flags=re.MULTILINE | re.DOTALL)
    commands: list[list[str]] = []
    for line in "\n".join(blocks).splitlines():
        words = shlex.split(line, comments=True)
        while words:
            end = words.index("&&") if "&&" in words else len(words)
            commands.append(words[:end])
            words = words[end + 1:]
    return commands


def _split_environment(words: list[str]) -> tuple[dict[str, str], list[str]]:
    assignments = {}
    while words and re.fullmatch(r"[A-Z_]+=.*", words[0]):
        name, _, value = words[0].partition("=")
        assignments[name] = value
        words = words[1:]
    return assignments, words


def _runnable(words: list[str], venv: Path) -> list[str]:
    """The command as this test runs it: ``python3.11 -m venv`` as written, pip as a ``--dry-run`` of the same
    install in the venv it made (installing for real would replace the environment running the tests),
    ``arena`` and ``pytest`` from the environment under test (pytest collecting only: running the suite
    from inside it would never end)."""
    program, *arguments = words
    if program.startswith("python3"):
        return [program, *arguments[:-1], str(venv)] if arguments[:2] == ["-m", "venv"] else words
    tool = program.removeprefix(".venv/bin/")
    if tool == "pip":
        return [str(venv / "bin" / "pip"), *arguments[:1], "--dry-run", *arguments[1:]]
    if tool == "arena":
        return [sys.executable, "-m", "arena", *arguments]
    if tool == "pytest":
        return [sys.executable, "-m", "pytest", *arguments, "--collect-only", "-q"]
    raise AssertionError(f"README shows `{shlex.join(words)}`, which this test does not know how to run")


def test_the_shell_commands_are_ones_this_test_runs(tmp_path: Path) -> None:
    commands = _shell_commands()
    assert any(words[:1] == [".venv/bin/arena"] for words in commands), "README's quick start not found"
    for words in commands:
        _runnable(_split_environment(words)[1], tmp_path)


@pytest.mark.slow
@pytest.mark.full
@pytest.mark.integration  # the set-up commands resolve the project's dependencies on the package index
def test_every_shell_command_in_the_readme_runs(tmp_path: Path) -> None:
    """From the checkout, as a new user runs them: set-up, first import and debate (into a fresh data dir),
    tests, extras. The import finds the source data beside the checkout unless ARENA_SOURCE_DIR says."""
    venv = tmp_path / "venv"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ARENA_") or k == "ARENA_SOURCE_DIR"}
    environment["ARENA_DATA_DIR"] = str(tmp_path / "arena-data")
    for words in _shell_commands():
        assignments, command = _split_environment(words)
        runnable = _runnable(command, venv)
        result = subprocess.run(runnable, cwd=REPO_ROOT, env=environment | assignments, capture_output=True,
                                text=True, timeout=900, check=False)
        assert result.returncode == 0, (shlex.join(words), result.stdout[-2000:], result.stderr[-2000:])
        if command[0].endswith("arena") and command[1] == "debate":
            assert "Verdict" in result.stdout or "verdict" in result.stdout, result.stdout[-2000:]


def test_the_event_names_in_the_readme_are_sent_by_the_code() -> None:
    debate_events = {model.model_fields["type"].default for model in get_args(get_args(DebateEvent)[0])}
    # The transports add frames of their own (``viewers``, ``heartbeat``, ``resumed``), named in their source.
    transports = "".join(path.read_text(encoding="utf-8") for folder in ("streaming", "api")
                         for path in (REPO_ROOT / "src" / "arena" / folder).rglob("*.py"))
    sent = debate_events | set(re.findall(r'"([a-z_.]+)"', transports))
    mentioned = set(re.findall(r"`([a-z_.]+)` events?\b", _readme()))
    assert "fact_check" in mentioned, "README's event names not found"
    assert mentioned <= sent, f"README names events the code does not send: {sorted(mentioned - sent)}"
