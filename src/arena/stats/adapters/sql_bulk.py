"""Bulk loading inside the caller's transaction: PostgreSQL ``COPY`` through psycopg 3, executemany elsewhere."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from psycopg import sql
from sqlalchemy import JSON, Table
from sqlalchemy.engine import Connection

Record = Mapping[str, Any]


def bulk_insert(conn: Connection, table: Table, records: Sequence[Record]) -> None:
    """Insert ``records`` (all with the same keys) into ``table`` within ``conn``'s transaction."""
    if not records:
        return
    if conn.dialect.name == "postgresql":
        _copy(conn, table, records)
    else:
        conn.execute(table.insert(), list(records))


def _copy(conn: Connection, table: Table, records: Sequence[Record]) -> None:
    columns = list(records[0])
    is_json = [isinstance(table.c[name].type, JSON) for name in columns]
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(sql.Identifier(name) for name in columns)
    )
    # The driver connection is the one SQLAlchemy's transaction runs on, so COPY joins that transaction.
    driver = conn.connection.driver_connection
    with driver.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
        for record in records:
            copy.write_row([json.dumps(record[name]) if as_json else record[name]
                            for name, as_json in zip(columns, is_json, strict=True)])
