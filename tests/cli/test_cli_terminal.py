"""What a person sees in the terminal: no escape codes when piped, nothing cut at 80 columns, help without
placeholders, the parser's indexes saved once and reused, and a question answered without loading what it
does not need."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from arena.bootstrap import build
from arena.nlu import ParserIndexes
from arena.nlu.index_cache import cached_indexes
from arena.settings import Settings
from arena.stats import StatStore
from arena_command import ArenaCommand

pytestmark = [pytest.mark.slow]

_ESCAPE = "\x1b"
# What answering a question needs none of: each took a command line a tenth of a second or more to import, and
# `arena parse` answers within half a second of its start (issue #12).
_NOT_FOR_A_QUESTION = ("alembic", "pandas", "psycopg", "redis", "stripe", "limits", "arena.accounts", "arena.billing",
                       "arena.debate", "arena.llm", "arena.streaming", "arena.votes", "arena.stats.importers.registry",
                       "httpx", "msgpack",  # msgpack decodes wordfreq's lists, packed into the saved index instead
                       # On SQLite the store's version is read with the standard library, so a saved index needs
                       # neither SQLAlchemy nor the services built with it (breakers, usage records, metrics); and
                       # nothing logs, nor draws a table.
                       "sqlalchemy", "arena.db", "arena.stats.adapters.sql_store", "arena.resilience", "arena.usage",
                       "prometheus_client", "structlog", "rich")


@pytest.fixture(scope="module")
def narrow(arena: ArenaCommand) -> ArenaCommand:
    """The module's ``arena`` (in-process), at 80 columns."""
    return replace(arena, env={**arena.env, "COLUMNS": "80"})


@pytest.fixture(scope="module")
def piped(narrow: ArenaCommand) -> ArenaCommand:
    """The real script at 80 columns, its output a pipe: what it writes there is the process's to decide."""
    return ArenaCommand(cwd=narrow.cwd, env=narrow.env)


def test_a_piped_debate_has_no_escape_codes_and_fits_80_columns(piped: ArenaCommand) -> None:
    done = piped("debate", "Who's better, LeBron or Jordan?")
    assert done.returncode == 0, done.stderr
    assert _ESCAPE not in done.stdout
    lines = done.stdout.splitlines()
    assert lines[0].strip("─ ").startswith("Arena")  # the question is echoed first
    assert max(len(line) for line in lines) <= 80
    # The verdict's summary is inside the panel, wrapped, whole: its last words end a sentence in the panel.
    panel = [line.strip("│ ") for line in lines if line.startswith("│")]
    summary = " ".join(panel).split("  ")[-1]
    assert "wins" in " ".join(panel) and summary.rstrip().endswith(".")


def test_no_color_leaves_out_escape_codes(piped: ArenaCommand) -> None:
    colour = replace(piped, env={**piped.env, "NO_COLOR": "1", "FORCE_COLOR": ""})
    done = colour("player", "Michael Jordan")
    assert done.returncode == 0, done.stderr
    assert _ESCAPE not in done.stdout


# One player per league, with the widest groups: batting's fourteen columns, a two-way player, a QB.
@pytest.mark.parametrize("name", ["Wayne Gretzky", "Babe Ruth", "Peyton Manning", "Michael Jordan"])
def test_arena_player_fits_80_columns_without_cutting_words(narrow: ArenaCommand, name: str) -> None:
    done = narrow("player", name)
    assert done.returncode == 0, done.stderr
    assert max(len(line) for line in done.stdout.splitlines()) <= 80
    assert "…" not in done.stdout  # Rich marks a cut cell with an ellipsis
    assert "Career" in done.stdout


@pytest.mark.parametrize("command", [[], ["debate"], ["player"], ["data"], ["data", "import"], ["parse"]])
def test_help_shows_no_placeholders(narrow: ArenaCommand, command: list[str]) -> None:
    done = narrow(*command, "--help")
    assert done.returncode == 0, done.stderr
    assert "<bool>" not in done.stdout, done.stdout  # a flag takes no value: nothing to show beside it


class _Versioned:
    """A store seen at another data version (as after a re-import)."""

    def __init__(self, store: StatStore, version: str) -> None:
        self._store = store
        self._version = version

    def data_version(self) -> str:
        return self._version


def test_the_parser_indexes_are_saved_once_and_rebuilt_for_new_data(loaded_sqlite_url: str,
                                                                     tmp_path: Path) -> None:
    services = build(Settings(database_url=loaded_sqlite_url, data_dir=tmp_path))
    builds: list[ParserIndexes] = []

    def build_indexes() -> ParserIndexes:
        builds.append(built)
        return built

    try:
        built = ParserIndexes.from_store(services.stats)  # once: what is under test is when the cache builds
        cache = tmp_path / "cache"
        first = cached_indexes(services.stats, cache, build_indexes)
        again = cached_indexes(services.stats, cache, build_indexes)
        assert len(builds) == 1 and again is not first  # loaded from the saved copy, not rebuilt
        assert [p.name for p in cache.glob("parser-index-*")] != []
        reimported = _Versioned(services.stats, "another-version")
        cached_indexes(reimported, cache, build_indexes)  # type: ignore[arg-type]
        assert len(builds) == 2
        assert len(list(cache.glob("parser-index-*"))) == 1  # the copy for the old data is gone
        (next(cache.glob("parser-index-*"))).write_bytes(b"cut short")
        cached_indexes(reimported, cache, build_indexes)  # type: ignore[arg-type]
        assert len(builds) == 3  # an unreadable copy is built again
    finally:
        services.close()


def test_arena_parse_loads_no_module_a_question_does_not_need(piped: ArenaCommand) -> None:
    """The real script, as ``python -m arena`` runs it, listing the modules it loaded once it has answered, the
    parser's indexes already saved (by the first question asked)."""
    assert piped("parse", "Who is better, Kobe or Shaq?").returncode == 0
    probe = ("import runpy, sys\n"
             "sys.argv = ['arena', 'parse', 'Jordan or LeBron?']\n"
             "try:\n"
             "    runpy.run_module('arena', run_name='__main__', alter_sys=True)\n"
             "finally:\n"
             "    print(*sys.modules, sep='\\n', file=sys.stderr)\n")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ARENA_")} | piped.env
    result = subprocess.run([sys.executable, "-c", probe], cwd=piped.cwd, env=environment, capture_output=True,
                            text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr
    assert "Michael Jordan [nba:jordami01" in result.stdout and "LeBron James [nba:jamesle01" in result.stdout
    loaded = set(result.stderr.splitlines())
    assert "arena.nlu.parser" in loaded and "arena.stats.adapters.sqlite_version" in loaded  # what it does need
    assert sorted(name for name in loaded if name in _NOT_FOR_A_QUESTION
                  or name.startswith(tuple(f"{module}." for module in _NOT_FOR_A_QUESTION))) == []
