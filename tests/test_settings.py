"""Settings that derive from others."""

from __future__ import annotations

from pathlib import Path

import pytest

from arena.settings import Settings


def test_data_dir_alone_moves_the_default_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARENA_DATABASE_URL", raising=False)
    monkeypatch.setenv("ARENA_DATA_DIR", str(tmp_path))
    assert Settings().database_url.get_secret_value() == f"sqlite:///{tmp_path / 'arena.db'}"


def test_a_database_url_wins_over_the_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARENA_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("ARENA_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/arena")
    assert Settings().database_url.get_secret_value() == "postgresql://postgres@127.0.0.1:5432/arena"
