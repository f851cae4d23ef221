"""Alembic environment: runs on the connection :func:`arena.db.migrate` hands over, or on ``sqlalchemy.url``.

Importing the adapters' table modules registers their tables on :data:`arena.db.metadata` for autogenerate.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

import arena.accounts.adapters.tables  # (registers the accounts tables)
import arena.billing.adapters.tables  # (registers the billing tables)
import arena.stats.adapters.tables  # (registers the stat tables)
import arena.usage.adapters.sql_usage  # (registers the usage table)
import arena.votes.adapters.sql_votes  # noqa: F401  (registers the votes table)
from arena.db import make_engine, metadata


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(context.config.get_main_option("sqlalchemy.url") or "")
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Arena's migrations run online only: pass a database URL")
run_migrations()
