"""Engine factory and the shared MetaData; imported by adapters only."""

from __future__ import annotations

import math
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Column, DateTime, MetaData, create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DataError, IntegrityError

from arena.migrations import MIGRATIONS, head_revision

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def moment(name: str, *, nullable: bool = True, index: bool = False) -> Column[datetime]:
    """A column holding a moment: timezone-aware (UTC), as every moment Arena stores is."""
    return Column(name, DateTime(timezone=True), nullable=nullable, index=index or None)

@cache
def data_errors() -> tuple[type[Exception], ...]:
    """The database refusing the values it was given (text with NUL, a number out of a column's range, a duplicate
    key), or the driver unable to send them (a lone surrogate has no UTF-8): the same call fails again however
    healthy the database is, so adapters report these as the data's fault, never as the database failing.

    psycopg's own are those ``COPY`` raises (:mod:`arena.stats.adapters.sql_bulk`). Read in ``except`` clauses,
    so only once something failed: a process on SQLite never imports the driver (a tenth of a second) otherwise.
    """
    import psycopg  # noqa: PLC0415 (see above)

    return DataError, IntegrityError, psycopg.DataError, psycopg.IntegrityError, UnicodeEncodeError


def normalise_url(url: str) -> str:
    """Use psycopg 3 for plain ``postgresql://`` URLs."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def make_engine(url: str, *, connect_timeout_seconds: float | None = None,
                statement_timeout_seconds: float | None = None, pool_timeout_seconds: float | None = None,
                **kwargs: Any) -> Engine:
    """Build an engine; for SQLite, create the file's folder and turn on WAL and foreign keys.

    For PostgreSQL the timeouts bound every network wait: opening a connection (libpq counts whole
    seconds, at least 2), each statement (server side), and waiting for a pooled connection.
    """
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    kwargs.setdefault("pool_pre_ping", True)
    connect_args: dict[str, Any] = dict(kwargs.pop("connect_args", {}))
    if connect_timeout_seconds is not None:
        connect_args["connect_timeout"] = max(2, math.ceil(connect_timeout_seconds))
    if statement_timeout_seconds is not None:
        connect_args["options"] = f"-c statement_timeout={round(statement_timeout_seconds * 1000)}"
    if pool_timeout_seconds is not None:
        kwargs["pool_timeout"] = pool_timeout_seconds
    return create_engine(url, connect_args=connect_args, **kwargs)


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema (Alembic ``head``), creating the tables on first use.

    A database already there is only asked its revision: Alembic, and every adapter's tables its environment
    registers, take a command line a third of a second to import, which only an upgrade needs.
    """
    if schema_revision(engine) == head_revision():
        return
    from alembic import command  # noqa: PLC0415 (see above)
    from alembic.config import Config  # noqa: PLC0415

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def schema_revision(engine: Engine) -> str | None:
    """The revision the database's schema is at, or None for a database Alembic has never migrated."""
    with engine.connect() as connection:
        if not engine.dialect.has_table(connection, "alembic_version"):
            return None
        revision: str | None = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return revision
