"""Read upstream files from a local folder laid out like ``shared/data`` (``<league>/<repo>/<path>``)."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator, Sequence
from pathlib import Path

from arena.stats.errors import SourceFileCorrupt, SourceFileMissing


class LocalSourceDir:
    """A :class:`arena.stats.ports.SourceReader` over a folder on disk."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def exists(self, path: str) -> bool:
        return (self.root / path).is_file()

    def open_text(self, path: str) -> Iterator[str]:
        full = self.root / path
        if not full.is_file():
            raise SourceFileMissing(f"source file missing: {path} (looked in {self.root})")
        try:
            raw = full.read_bytes()
            if path.endswith(".gz"):
                raw = gzip.decompress(raw)
            text = raw.decode("utf-8")
        except (OSError, EOFError, UnicodeDecodeError, gzip.BadGzipFile) as exc:
            raise SourceFileCorrupt(path, None, f"cannot be read ({exc})") from exc
        return iter(io.StringIO(text, newline=None))

    def list(self, folder: str, suffix: str = "") -> Sequence[str]:
        base = self.root / folder
        if not base.is_dir():
            return []
        return sorted(
            str(p.relative_to(self.root)) for p in base.iterdir() if p.is_file() and p.name.endswith(suffix)
        )
