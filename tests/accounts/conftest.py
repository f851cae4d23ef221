"""Accounts over real databases (SQLite and PostgreSQL), a clock tests can move, and a gateway server with
accounts on for each backend."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gateway_servers import Clock, GatewayServer, make_service, start_gateway
from sqlalchemy.engine import Engine

from arena.accounts import AccountService
from arena.accounts.adapters.sql_accounts import SqlAccountStore
from arena.db import make_engine
from store_databases import BACKENDS, DatabaseFactory


@pytest.fixture(params=BACKENDS)
def accounts_engine(request: pytest.FixtureRequest, database_factory: DatabaseFactory) -> Iterator[Engine]:
    engine = make_engine(database_factory(request.param))
    yield engine
    engine.dispose()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(accounts_engine: Engine) -> SqlAccountStore:
    return SqlAccountStore(accounts_engine)


@pytest.fixture
def service(store: SqlAccountStore, clock: Clock) -> AccountService:
    return make_service(store, clock)


@pytest.fixture(scope="module", params=BACKENDS)
def gateway(request: pytest.FixtureRequest, database_factory: DatabaseFactory, redis_url: str,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayServer]:
    """A server with accounts on, rate limits in the session's Redis, on each backend."""
    server = start_gateway(database_factory(request.param), tmp_path_factory.mktemp("gateway"), redis_url=redis_url)
    yield server
    server.thread.stop()
