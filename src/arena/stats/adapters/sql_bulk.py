"""Bulk loading inside the caller's transaction: PostgreSQL ``COPY`` through psycopg 3, the driver's
executemany on SQLite.

Both paths hand the driver plain values with JSON columns already serialised, skipping SQLAlchemy's
per-row bind processing, which dominates an import of several hundred thousand rows otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from psycopg import sql
from sqlalchemy import JSON, Table
from sqlalchemy.engine import Connection

Record = Mapping[str, Any]

# One encoder for every value: json.dumps with options builds a new encoder per call.
_to_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def bulk_insert(conn: Connection, table: Table, records: Sequence[Record]) -> None:
    """Insert ``records`` (all with the same keys) into ``table`` within ``conn``'s transaction."""
    if not records:
        return
    columns = list(records[0])
    if conn.dialect.name == "postgresql":
        _copy(conn, table, columns, records)
    elif conn.dialect.name == "sqlite":
        quote = conn.dialect.identifier_preparer.quote
        statement = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
                     f"VALUES ({', '.join('?' for _ in columns)})")
        conn.exec_driver_sql(statement, list(_values(table, columns, records)))
    else:
        conn.execute(table.insert(), list(records))


def _values(table: Table, columns: list[str], records: Sequence[Record]) -> Iterator[tuple[Any, ...]]:
    is_json = [isinstance(table.c[name].type, JSON) for name in columns]
    for record in records:
        yield tuple(_to_json(record[name]) if as_json else record[name]
                    for name, as_json in zip(columns, is_json, strict=True))


def _copy(conn: Connection, table: Table, columns: list[str], records: Sequence[Record]) -> None:
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(sql.Identifier(name) for name in columns)
    )
    # The driver connection is the one SQLAlchemy's transaction runs on, so COPY joins that transaction.
    driver = conn.connection.driver_connection
    with driver.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
        for values in _values(table, columns, records):
            copy.write_row(values)
