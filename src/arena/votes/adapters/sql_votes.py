"""The vote store on SQLAlchemy Core: the ``votes`` table (migration 0005), keyed by debate and voter so the
database itself keeps a voter to one vote, whichever process or worker receives it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Column, PrimaryKeyConstraint, String, Table, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from arena.clock import Clock, utc_now
from arena.db import metadata, moment
from arena.votes.errors import VotesUnavailable
from arena.votes.model import Tally

votes = Table(
    "votes",
    metadata,
    Column("debate_id", String(64), nullable=False),
    Column("voter", String(128), nullable=False),
    Column("choice", String(64), nullable=False),
    moment("created_at", nullable=False),
    PrimaryKeyConstraint("debate_id", "voter"),
)

_INSERTS: dict[str, Any] = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


class SqlVoteStore:
    """A :class:`arena.votes.ports.VoteStore` in the ``votes`` table (PostgreSQL or SQLite).

    >>> store = SqlVoteStore(make_engine(url), clock=lambda: datetime.now(UTC))
    >>> store.cast("d1", "browser:ab12", "nba:jordami01")   # None; cast again: 'nba:jordami01', kept
    """

    def __init__(self, engine: Engine, *, clock: Clock = utc_now) -> None:
        self._engine = engine
        self._insert = _INSERTS[engine.dialect.name]
        self._clock = clock

    def cast(self, debate_id: str, voter: str, choice: str) -> str | None:
        row = {"debate_id": debate_id, "voter": voter, "choice": choice, "created_at": self._clock()}
        statement = (self._insert(votes).values(row)
                     .on_conflict_do_nothing(index_elements=[votes.c.debate_id, votes.c.voter])
                     .returning(votes.c.choice))
        with self._connection(begin=True) as conn:
            if conn.execute(statement).first() is not None:
                return None
            earlier: str = conn.execute(self._choice(debate_id, voter)).scalar_one()
        return earlier

    def tally(self, debate_id: str) -> Tally:
        statement = (select(votes.c.choice, func.count()).where(votes.c.debate_id == debate_id)
                     .group_by(votes.c.choice))
        with self._connection() as conn:
            counts = {choice: count for choice, count in conn.execute(statement)}
        return Tally(debate_id=debate_id, counts=counts)

    def choice_of(self, debate_id: str, voter: str) -> str | None:
        with self._connection() as conn:
            choice: str | None = conn.execute(self._choice(debate_id, voter)).scalar_one_or_none()
        return choice

    @staticmethod
    def _choice(debate_id: str, voter: str) -> Any:
        return select(votes.c.choice).where(votes.c.debate_id == debate_id, votes.c.voter == voter)

    @contextmanager
    def _connection(self, *, begin: bool = False) -> Iterator[Connection]:
        try:
            with self._engine.begin() if begin else self._engine.connect() as conn:
                yield conn
        except (DBAPIError, PoolTimeout) as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip() or type(exc).__name__
            raise VotesUnavailable(f"vote store unavailable: {reason.splitlines()[0]}") from exc
