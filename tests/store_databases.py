"""Throwaway databases for tests: uniquely named PostgreSQL databases and migrated empty stores."""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import psycopg
import pytest
from filelock import FileLock
from psycopg import sql

from arena.db import make_engine, migrate

# Every store test runs on both backends; PostgreSQL ones carry the markers of a service test.
BACKENDS = ["sqlite", pytest.param("postgresql", marks=[pytest.mark.postgres, pytest.mark.integration])]


class PostgresDatabases:
    """Creates uniquely named throwaway databases on the test server and drops them all at the end."""

    def __init__(self, server: str) -> None:
        self._server = server
        self._names: list[str] = []
        self._templates: list[tuple[FileLock, Path]] = []

    def _admin(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(f"postgresql://{self._server}/postgres", autocommit=True, connect_timeout=5)

    def check(self) -> None:
        try:
            self._admin().close()
        except psycopg.OperationalError as exc:
            pytest.fail(f"PostgreSQL is not reachable at {self._server} ({exc}); start it (.ci/run does) "
                        "or unset ARENA_TEST_POSTGRES to let the tests start their own", pytrace=False)

    def create(self, template: str | None = None) -> str:
        """A new database, empty or a copy of ``template``; returns its SQLAlchemy URL."""
        name = f"arena_test_{uuid.uuid4().hex[:16]}"
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template is not None:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        with self._admin() as conn:
            conn.execute(statement)
        self._names.append(name)
        return f"postgresql+psycopg://{self._server}/{name}"

    def create_loaded(self, run_dir: Path, load: Callable[[str], object]) -> str:
        """A new database copied from the run's loaded template on this server, which the first worker of the
        run to ask makes with ``load(url)``; the last worker using it drops it when it finishes."""
        key = re.sub(r"\W", "_", self._server)
        lock, state = FileLock(run_dir / f"loaded-postgres-{key}.lock"), run_dir / f"loaded-postgres-{key}.json"
        with lock:
            template = json.loads(state.read_text()) if state.exists() else None
            if template is None:
                name = f"arena_test_template_{uuid.uuid4().hex[:16]}"
                with self._admin() as conn:
                    conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
                try:
                    load(f"postgresql+psycopg://{self._server}/{name}")
                except BaseException:
                    self._drop(name)
                    raise
                template = {"name": name, "users": 0}
            template["users"] += 1
            state.write_text(json.dumps(template))
            self._templates.append((lock, state))
            return self.create(template=template["name"])

    def _drop(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def drop_all(self) -> None:
        for name in self._names:
            self._drop(name)
        for lock, state in self._templates:
            with lock:
                template = json.loads(state.read_text())
                template["users"] -= 1
                if template["users"] > 0:
                    state.write_text(json.dumps(template))
                else:
                    self._drop(template["name"])
                    state.unlink()
        self._names.clear()
        self._templates.clear()


class DatabaseFactory:
    """Fresh, migrated, empty databases: a SQLite file in a temp folder, or a throwaway PostgreSQL one.

    Each backend is migrated once per session; every database after that is a copy of that one (a file copy,
    or PostgreSQL's ``CREATE DATABASE ... TEMPLATE``), a tenth of the time the migrations take to run again."""

    def __init__(self, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> None:
        self._request = request
        self._tmp = tmp_path_factory
        self._migrated: dict[str, str] = {}  # backend -> the migrated SQLite file, or PostgreSQL database name

    def __call__(self, backend: str) -> str:
        if backend == "sqlite":
            path = self._tmp.mktemp("store") / "arena.db"
            with closing(sqlite3.connect(self._template(backend))) as source, closing(sqlite3.connect(path)) as copy:
                source.backup(copy)
            return f"sqlite:///{path}"
        databases: PostgresDatabases = self._request.getfixturevalue("postgres_databases")
        return databases.create(template=self._template(backend))

    def _template(self, backend: str) -> str:
        if backend not in self._migrated:
            if backend == "sqlite":
                path = self._tmp.mktemp("migrated-store") / "arena.db"
                url, self._migrated[backend] = f"sqlite:///{path}", str(path)
            else:
                databases: PostgresDatabases = self._request.getfixturevalue("postgres_databases")
                url = databases.create()
                self._migrated[backend] = url.rsplit("/", 1)[1]
            engine = make_engine(url)
            migrate(engine)
            engine.dispose()  # PostgreSQL copies a template only while nobody is connected to it
        return self._migrated[backend]


def schema_drift(database_url: str, table_marker: str) -> list[object]:
    """Where the migrated database differs from the tables the adapters declare, for tables whose name holds
    ``table_marker``: empty when the migrations create exactly what the code uses."""
    from alembic.autogenerate import compare_metadata  # noqa: PLC0415 (only these schema tests need it)
    from alembic.migration import MigrationContext  # noqa: PLC0415

    from arena.db import metadata  # noqa: PLC0415

    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), metadata)
    finally:
        engine.dispose()
    return [d for d in differences if table_marker in repr(d)]
