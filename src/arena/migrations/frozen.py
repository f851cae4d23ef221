"""What the migrations write their tables with: the JSON type, a moment column, named keys and indexes.

Migrations are history: these helpers may change only while every migration that uses them still makes the
same schema, step by step, on SQLite and PostgreSQL (``tests/test_migrations.py`` runs them). Names follow
:data:`arena.db.NAMING_CONVENTION` and are passed through ``op.f`` so Alembic uses them as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def when(name: str, *, nullable: bool = False) -> sa.Column[datetime]:
    """A moment: timezone-aware, as every moment Arena stores is."""
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


# The keys the stat tables share, as 0001 declared them.
def league() -> sa.Column[str]:
    return sa.Column("league", sa.String(length=8), nullable=False)


def season() -> sa.Column[int]:
    return sa.Column("season", sa.Integer(), nullable=False)


def player() -> sa.Column[str]:
    """A ``stat_players`` id (with :func:`refers` for the foreign key)."""
    return sa.Column("player_id", sa.String(length=64), nullable=False)


def uuid(name: str, *, nullable: bool = False) -> sa.Column[str]:
    """An id Arena makes (an account's, a key's): a UUID's 36 characters."""
    return sa.Column(name, sa.String(36), nullable=nullable)


def digest(name: str, *, nullable: bool = False) -> sa.Column[str]:
    """A SHA-256 in hex (64 characters): what is kept of a secret or a request, never the thing itself."""
    return sa.Column(name, sa.String(64), nullable=nullable)


def key(table: str, *columns: str) -> sa.PrimaryKeyConstraint:
    """``table``'s primary key, named ``pk_<table>``."""
    return sa.PrimaryKeyConstraint(*columns, name=op.f(f"pk_{table}"))


def refers(table: str, column: str, target: str, *, ondelete: str | None = None) -> sa.ForeignKeyConstraint:
    """``table.column`` refers to ``target`` (``"accounts.id"``), named ``fk_<table>_<column>_<target table>``."""
    target_table = target.split(".", maxsplit=1)[0]
    options: dict[str, Any] = {"ondelete": ondelete} if ondelete else {}
    return sa.ForeignKeyConstraint([column], [target], name=op.f(f"fk_{table}_{column}_{target_table}"), **options)


def unique(table: str, *columns: str) -> sa.UniqueConstraint:
    """No two rows of ``table`` share ``columns``, named ``uq_<table>_<columns>``."""
    return sa.UniqueConstraint(*columns, name=op.f(f"uq_{table}_{'_'.join(columns)}"))


def index(table: str, *columns: str) -> None:
    """Creates the index ``ix_<table>_<columns>``."""
    op.create_index(op.f(f"ix_{table}_{'_'.join(columns)}"), table, list(columns))


def drop_index(table: str, *columns: str) -> None:
    """Drops the index :func:`index` made."""
    op.drop_index(op.f(f"ix_{table}_{'_'.join(columns)}"), table_name=table)


def cumulative(*steps: Sequence[str]) -> list[list[str]]:
    """Each step's list with every earlier step's items before its own: plans that each include the last."""
    lists: list[list[str]] = []
    for step in steps:
        lists.append([*(lists[-1] if lists else []), *step])
    return lists


def create_player_seasons(stats: Sequence[sa.Column[Any]]) -> None:
    """``stat_player_seasons`` as 0001 laid it out, with ``stats`` for its figures (0002 changes only those)."""
    table = "stat_player_seasons"
    op.create_table(
        table,
        player(),
        season(),
        sa.Column("competition", sa.String(length=16), nullable=False),
        sa.Column("stat_group", sa.String(length=32), nullable=False),
        league(),
        sa.Column("teams", JSON, nullable=False),
        sa.Column("position", sa.String(length=16), nullable=True),
        *stats,
        refers(table, "player_id", "stat_players.id"),
        key(table, "player_id", "season", "competition", "stat_group"),
    )
    op.create_index("ix_stat_player_seasons_leaderboard", table, ["league", "stat_group", "season"])
