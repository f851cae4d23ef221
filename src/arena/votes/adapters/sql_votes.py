"""The vote store on SQLAlchemy Core: the ``votes`` table (migration 0005), keyed by debate and voter so the
database itself keeps a voter to one vote, whichever process or worker receives it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Column, PrimaryKeyConstraint, String, Table, func, literal, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from arena.clock import Clock, utc_now
from arena.db import metadata, moment
from arena.votes.errors import AddressVotesSpent, VotesUnavailable
from arena.votes.model import Tally, VoterGroup

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

    def cast(self, debate_id: str, voter: str, choice: str, *, group: VoterGroup | None = None) -> str | None:
        row = {"debate_id": debate_id, "voter": voter, "choice": choice, "created_at": self._clock()}
        if group is None:
            insert = self._insert(votes).values(row)
        else:
            # One statement: the group's count and the insert, so votes arriving at once are held to the limit
            # as nearly as the database's isolation allows (SQLite serialises writers; PostgreSQL's read
            # committed may let simultaneous ones from one group past it by the few that overlap).
            in_group = votes.c.voter.startswith(group.prefix, autoescape=True)
            cast_so_far = (select(func.count()).select_from(votes).where(votes.c.debate_id == debate_id, in_group)
                           .scalar_subquery())
            values = select(*(literal(value, votes.c[name].type).label(name) for name, value in row.items()))
            insert = self._insert(votes).from_select(list(row), values.where(cast_so_far < group.limit))
        statement = (insert.on_conflict_do_nothing(index_elements=[votes.c.debate_id, votes.c.voter])
                     .returning(votes.c.choice))
        with self._connection(begin=True) as conn:
            if conn.execute(statement).first() is not None:
                return None
            earlier: str | None = conn.execute(self._choice(debate_id, voter)).scalar_one_or_none()
        if earlier is None:
            assert group is not None  # only a group's limit keeps a new voter's vote out
            raise AddressVotesSpent(group.limit)
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
