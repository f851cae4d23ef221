"""The parser's indexes kept on disk, so a process answers its first question without reading every player.

Building the indexes reads every player from the store (seconds); loading a saved copy takes a fraction of
that. The word lists the parser consults are saved with it, packed. A copy is keyed by the store's data version,
Arena's version, the parser's own code and data files and the leagues' registries, so a re-import or an upgrade
builds a fresh one, and older copies are removed once it is saved.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from arena import __version__
from arena.nlu.frequency import WordFrequencies, adopt, word_frequencies

# Loading, like building, makes objects that all live on: the same pause of the collector applies.
from arena.nlu.parser import ParserIndexes, _collector_paused
from arena.stats import StatStore

_PREFIX = "parser-index-"
_SUFFIX = ".pickle"
# The parser's code and data, and the leagues' registries its indexes are built by (each position's volume stats
# key the roster index).
_SOURCES = (Path(__file__).parent, Path(__file__).parents[1] / "stats" / "leagues")


def cached_indexes(store: StatStore, cache_dir: Path, build: Callable[[], ParserIndexes]) -> ParserIndexes:
    """The indexes saved for ``store``'s data in ``cache_dir``, else ``build()``'s, saved there for next time.

    A copy that cannot be read (cut short, from another Python) is built again; a cache folder that cannot
    be written only costs the next process the build. Only files this function wrote are ever loaded: they
    live in Arena's own data folder, trusted as much as the database beside them.
    """
    data_version = store.data_version()
    indexes = saved_indexes(cache_dir, data_version)
    if indexes is None:
        indexes = build()
        with contextlib.suppress(OSError):
            _save(indexes, _path(cache_dir, data_version))
    return indexes


def saved_indexes(cache_dir: Path, data_version: str) -> ParserIndexes | None:
    """The indexes saved in ``cache_dir`` for the store's data at ``data_version``, or None where there is no
    readable copy: for a process that knows the version without opening the store (see ``cached_indexes``)."""
    with contextlib.suppress(OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        with _collector_paused(), _path(cache_dir, data_version).open("rb") as saved:
            loaded, frequencies = pickle.load(saved)
        if isinstance(loaded, ParserIndexes) and isinstance(frequencies, WordFrequencies):
            adopt(frequencies)
            return loaded
    return None


def _path(cache_dir: Path, data_version: str) -> Path:
    return cache_dir / f"{_PREFIX}{_key(data_version)}{_SUFFIX}"


def _key(data_version: str) -> str:
    """What a saved copy depends on: the data, Arena's and Python's versions, the parser's code and data, the
    leagues' registries."""
    digest = hashlib.blake2b(digest_size=12)
    digest.update(f"{data_version}|{__version__}|{sys.version_info[:2]}".encode())
    # Packages inside them too (a rule family's modules): a change anywhere in the parser's code is a new copy.
    for folder in _SOURCES:
        for source in sorted(folder.rglob("*")):
            if source.suffix in {".py", ".json", ".csv", ".txt"} and source.is_file():
                digest.update(source.relative_to(folder).as_posix().encode())
                digest.update(source.read_bytes())
    return digest.hexdigest()


def _save(indexes: ParserIndexes, path: Path) -> None:
    """Write to a temporary file and rename it into place, so concurrent processes never read half a copy."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=_PREFIX, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            # The word lists the parser consults go with it, packed: decoding wordfreq's files would cost
            # every process more than loading the indexes does.
            pickle.dump((indexes, word_frequencies()), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    for older in path.parent.glob(f"{_PREFIX}*{_SUFFIX}"):
        if older != path:
            older.unlink(missing_ok=True)
