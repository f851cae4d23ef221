"""The usage log on SQLAlchemy Core: the ``usage`` table (migration 0003), written with
``INSERT ... ON CONFLICT (debate_id) DO NOTHING`` so a batch written again stores nothing twice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from sqlalchemy import JSON, Column, Float, Integer, String, Table, Text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from arena.db import data_errors, metadata, moment
from arena.usage.errors import UsageRefused, UsageUnavailable
from arena.usage.model import UsageRecord

usage = Table(
    "usage",
    metadata,
    Column("debate_id", String(64), primary_key=True),
    Column("request_id", String(128)),
    Column("writer_asked", String(64), nullable=False),
    Column("writer_used", String(64), nullable=False),
    Column("outcome", String(16), nullable=False),
    Column("error_code", String(64)),
    Column("tokens", Integer, nullable=False),
    Column("fact_check_rejections", Integer, nullable=False),
    Column("fallbacks", Integer, nullable=False),
    Column("duration_ms", Float, nullable=False),
    moment("created_at", nullable=False, index=True),
    Column("question", Text),  # migration 0007: for the operator's analytics (top questions and players)
    Column("players", JSON),  # [{"id", "name"}] of the debate's sides
)

_INSERTS: dict[str, Any] = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


class SqlUsageLog:
    """A :class:`arena.usage.ports.UsageLog` in the ``usage`` table (PostgreSQL or SQLite).

    >>> SqlUsageLog(make_engine(url)).write([record])   # 1; the same record again: 0
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._insert = _INSERTS[engine.dialect.name]

    def write(self, records: Sequence[UsageRecord]) -> int:
        if not records:
            return 0
        statement = (self._insert(usage).on_conflict_do_nothing(index_elements=[usage.c.debate_id])
                     .returning(usage.c.debate_id))
        try:
            with self._engine.begin() as conn:
                return len(conn.execute(statement, [_row(record) for record in records]).all())
        except data_errors() as exc:
            raise UsageRefused(f"usage records refused: {_reason(exc)}") from exc
        except (DBAPIError, PoolTimeout) as exc:
            raise UsageUnavailable(f"usage log unavailable: {_reason(exc)}") from exc


def _row(record: UsageRecord) -> dict[str, Any]:
    row = asdict(record)
    row["players"] = [{"id": pid, "name": name} for pid, name in record.players] or None
    return row


def _reason(exc: Exception) -> str:
    reason = str(getattr(exc, "orig", None) or exc).strip() or type(exc).__name__
    return reason.splitlines()[0]
