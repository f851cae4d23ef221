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


def insert_records(conn: Connection, table: Table, records: Sequence[Record]) -> None:
    """Insert ``records`` (dicts, all with the same keys) into ``table`` within ``conn``'s transaction."""
    if records:
        columns = list(records[0])
        bulk_insert(conn, table, columns, [tuple(record[name] for name in columns) for record in records])


def bulk_insert(conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` (values in ``columns`` order; JSON columns as Python values) into ``table``."""
    if not rows:
        return
    json_at = [i for i, name in enumerate(columns) if isinstance(table.c[name].type, JSON)]
    values = (_serialised(row, json_at) for row in rows)
    if conn.dialect.name == "postgresql":
        _copy(conn, table, columns, values)
    elif conn.dialect.name == "sqlite":
        quote = conn.dialect.identifier_preparer.quote
        statement = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
                     f"VALUES ({', '.join('?' for _ in columns)})")
        conn.exec_driver_sql(statement, list(values))
    else:
        conn.execute(table.insert(), [dict(zip(columns, row, strict=True)) for row in rows])


def _serialised(row: Sequence[Any], json_at: list[int]) -> tuple[Any, ...]:
    values = list(row)
    for i in json_at:
        values[i] = _to_json(values[i])
    return tuple(values)


def _copy(conn: Connection, table: Table, columns: Sequence[str], values: Iterator[tuple[Any, ...]]) -> None:
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table.name), sql.SQL(", ").join(sql.Identifier(name) for name in columns)
    )
    # The driver connection is the one SQLAlchemy's transaction runs on, so COPY joins that transaction.
    driver = conn.connection.driver_connection
    with driver.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
        for row in values:
            copy.write_row(row)
