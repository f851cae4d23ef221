"""The stat store's data version: how it is made from the imports, and how it is read from a SQLite file with the
standard library's ``sqlite3`` alone.

A process that needs nothing of the store but its version (``arena parse`` keys its saved indexes by it) would
otherwise import SQLAlchemy, a fifth of a second, to ask it. The version is read from the same file, in the same
table, on every start, so it is never older than the store: an import changes it before the next process reads it.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path

from arena.migrations import head_revision

EMPTY_VERSION = "empty"
_SQLITE_SCHEMES = ("sqlite:///", "sqlite+pysqlite:///")


def data_version_of(versions: Mapping[str, str | None]) -> str:
    """The store's data version from each imported league's version (``stat_imports``); ``"empty"`` before any."""
    if not versions:
        return EMPTY_VERSION
    joined = ";".join(f"{league}={versions[league]}" for league in sorted(versions))
    return hashlib.blake2b(joined.encode(), digest_size=8).hexdigest()


def sqlite_data_version(url: str) -> str | None:
    """The data version of the store at ``url`` where it is a SQLite file whose schema is at the newest migration;
    else None (another database, a URL with options, a file not yet created or migrated, a read that fails), and
    the caller opens the store as usual, creating or migrating it."""
    path = _sqlite_file(url)
    if path is None:
        return None
    try:
        # Read-only: a missing file stays missing (the store creates it), and nothing here can write to the store.
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None or revision[0] != head_revision():
                return None
            versions = dict(connection.execute("SELECT league, version FROM stat_imports").fetchall())
    except sqlite3.Error:
        return None
    return data_version_of(versions)


def _sqlite_file(url: str) -> Path | None:
    """The file of a plain SQLite URL (``sqlite:////abs/arena.db``, ``sqlite:///relative.db``), as SQLAlchemy
    reads it; None for any other URL, or one whose options or escapes only SQLAlchemy should interpret."""
    scheme = next((scheme for scheme in _SQLITE_SCHEMES if url.startswith(scheme)), None)
    database = url[len(scheme):] if scheme is not None else ""
    if not database or database == ":memory:" or any(mark in database for mark in "?%"):
        return None
    return Path(database)
