"""Which folder ``arena data import`` reads the upstream files from, and why that one."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from arena.stats.catalog import League
from arena.stats.sources import select_files

__all__ = ["SourceLocation", "SourceOrigin", "checkout_root", "choose_source_dir", "missing_files"]


class SourceOrigin(StrEnum):
    """Where the choice of folder came from, in order of precedence."""

    OPTION = "--source-dir"
    SETTING = "ARENA_SOURCE_DIR"
    SHARED = "../shared/data"
    SYNC_CACHE = "sync cache"


@dataclass(frozen=True)
class SourceLocation:
    path: Path
    origin: SourceOrigin

    def describe(self) -> str:
        return f"{self.path} (from {self.origin.value})"


def checkout_root() -> Path | None:
    """The repository this package runs from (an editable install or ``PYTHONPATH=src``), or None when it
    was installed as a wheel and has no checkout around it."""
    root = Path(__file__).resolve().parents[3]  # <root>/src/arena/stats/source_location.py
    return root if (root / "pyproject.toml").is_file() and (root / "src" / "arena").is_dir() else None


def choose_source_dir(
    *, option: Path | None, setting: Path | None, checkout: Path | None, sync_cache: Path
) -> SourceLocation:
    """``--source-dir``, else ``ARENA_SOURCE_DIR``, else ``shared/data`` beside the ``checkout`` when it
    exists, else the sync cache. The checkout, not the current directory: the command finds the same data
    wherever it is run from.

    The sync cache may still be empty: the caller syncs it (see :func:`missing_files`) before importing.
    """
    if option is not None:
        return SourceLocation(option, SourceOrigin.OPTION)
    if setting is not None:
        return SourceLocation(setting, SourceOrigin.SETTING)
    if checkout is not None:
        shared = checkout.parent / "shared" / "data"
        if shared.is_dir():
            return SourceLocation(shared.resolve(), SourceOrigin.SHARED)
    return SourceLocation(sync_cache, SourceOrigin.SYNC_CACHE)


def missing_files(root: Path, leagues: list[League]) -> list[str]:
    """Upstream files of ``leagues`` not present under ``root`` (paths relative to it)."""
    return [f.path for f in select_files(leagues) if not (root / f.path).is_file()]
