"""Fixtures running the ``arena`` app in-process against a tmp data dir or the session's loaded store (what
only a process shows, the terminal tests run as a subprocess: see :class:`arena_command.ArenaCommand`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from arena_command import ArenaCommand, ArenaInProcess


@pytest.fixture
def arena_factory(tmp_path: Path) -> Callable[..., ArenaCommand]:
    """Build commands that keep their data dir (SQLite file, download cache) under ``tmp_path``."""

    def make(database_url: str | None = None, **settings: str) -> ArenaCommand:
        work = tmp_path / "work"
        work.mkdir(exist_ok=True)  # no ../shared/data beside it, so nothing is picked up by accident
        env = {"ARENA_DATA_DIR": str(tmp_path / "arena-data")}
        if database_url is not None:
            env["ARENA_DATABASE_URL"] = database_url
        env.update({f"ARENA_{name.upper()}": value for name, value in settings.items()})
        return ArenaInProcess(cwd=work, env=env)

    return make


@pytest.fixture(scope="module")
def arena(loaded_sqlite_url: str, tmp_path_factory: pytest.TempPathFactory) -> ArenaCommand:
    """``arena`` over the session's SQLite store holding all four leagues (read-only use)."""
    root = tmp_path_factory.mktemp("arena")
    return ArenaInProcess(cwd=root, env={"ARENA_DATABASE_URL": loaded_sqlite_url,
                                       "ARENA_DATA_DIR": str(root / "arena-data")})

