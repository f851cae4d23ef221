"""The migrations, one step at a time, up to the newest and back down to nothing, on SQLite and PostgreSQL:
each step down leaves the schema the step up started from, and the newest is the schema the adapters'
tables declare."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

import arena.accounts.adapters.tables  # (the imports env.py makes: every table on arena.db.metadata)
import arena.billing.adapters.tables
import arena.stats.adapters.tables
import arena.usage.adapters.sql_usage
import arena.votes.adapters.sql_votes  # noqa: F401
from arena.db import make_engine, metadata, migrate, schema_revision
from arena.migrations import MIGRATIONS, head_revision
from store_databases import PostgresDatabases


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


REVISIONS = [script.revision for script in reversed(list(ScriptDirectory.from_config(_config()).walk_revisions()))]


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'migrations.db'}"
    else:
        databases: PostgresDatabases = request.getfixturevalue("postgres_databases")
        url = databases.create()
    engine = make_engine(url)
    yield engine
    engine.dispose()


def _step(engine: sa.Engine, direction: str, revision: str) -> None:
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.upgrade if direction == "up" else command.downgrade)(config, revision)


def _schema(engine: sa.Engine) -> dict[str, Any]:
    """Every table with its columns, keys, indexes and unique constraints, as the database reports them."""
    inspector = sa.inspect(engine)
    schema: dict[str, Any] = {}
    for table in sorted(inspector.get_table_names()):
        schema[table] = {
            "columns": [(c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)],
            "primary_key": inspector.get_pk_constraint(table),
            "foreign_keys": sorted((fk["name"], fk["constrained_columns"], fk["referred_table"],
                                    fk["options"].get("ondelete")) for fk in inspector.get_foreign_keys(table)),
            "indexes": sorted((ix["name"], ix["column_names"], bool(ix["unique"]))
                              for ix in inspector.get_indexes(table)),
            "unique": sorted((uq["name"], uq["column_names"]) for uq in inspector.get_unique_constraints(table)),
        }
    return schema


def test_the_revisions_form_one_line_from_0001() -> None:
    assert REVISIONS[0] == "0001"
    assert sorted(REVISIONS) == REVISIONS


def test_the_head_read_from_the_file_names_is_alembics_own() -> None:
    assert head_revision() == ScriptDirectory.from_config(_config()).get_current_head() == REVISIONS[-1]


def test_migrate_brings_a_new_database_and_one_a_step_behind_to_the_head(engine: sa.Engine) -> None:
    assert schema_revision(engine) is None
    migrate(engine)
    assert schema_revision(engine) == REVISIONS[-1]
    _step(engine, "down", REVISIONS[-2])
    assert schema_revision(engine) == REVISIONS[-2]
    migrate(engine)
    assert schema_revision(engine) == REVISIONS[-1]


def test_each_step_down_leaves_the_schema_its_step_up_started_from(engine: sa.Engine) -> None:
    before = {"base": _schema(engine)}
    assert list(before["base"]) == []
    previous = "base"
    for revision in REVISIONS:
        _step(engine, "up", revision)
        before[revision] = _schema(engine)
        assert before[revision] != before[previous], f"migration {revision} changed nothing"
        previous = revision
    for revision, down_to in zip(reversed(REVISIONS), ["base", *REVISIONS][-2::-1], strict=True):
        _step(engine, "down", down_to)
        schema = _schema(engine)
        if down_to == "base":
            assert list(schema) == ["alembic_version"]
        else:
            assert schema == before[down_to], f"downgrading {revision} did not restore {down_to}"


def test_the_newest_schema_is_what_the_tables_declare(engine: sa.Engine) -> None:
    _step(engine, "up", "head")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []


def test_the_plans_are_seeded_with_their_features_each_including_the_cheaper_plans(engine: sa.Engine) -> None:
    _step(engine, "up", "head")
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT name, features FROM plans ORDER BY price_cents")).all()
    names = [name for name, _ in rows]
    features = [json.loads(value) if isinstance(value, str) else value for _, value in rows]
    assert names == ["free", "basic", "premium", "enterprise"]
    assert features[0] == ["template writer", "SSE"]
    for cheaper, dearer in pairwise(features):
        assert dearer[:len(cheaper)] == cheaper and len(dearer) > len(cheaper)
