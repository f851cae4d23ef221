"""The app as a hostile client meets it: served by uvicorn on PostgreSQL (which refuses NUL in text, where SQLite
would not) and on a Redis of this session's own (so the breakers' shared state is these tests' alone), with
the NBA loaded: enough for the questions here, and seconds to load rather than minutes.

The PostgreSQL databases, the league data and the ``api_state`` and ``client`` fixtures over ``api_server`` come
from tests/conftest.py, the servers from tests/api_servers.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from api_servers import ServerThread, api_settings
from arena.api.app import create_app
from arena.api.deps import ApiState
from arena.db import make_engine, migrate
from arena.resilience.registry import DATABASE
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.catalog import League
from dependency_servers import RedisProcess
from store_databases import PostgresDatabases


@pytest.fixture(scope="session")
def nba_postgres_url(postgres_databases: PostgresDatabases, league_data: Any) -> str:
    """A PostgreSQL database holding the NBA (read only)."""
    url = postgres_databases.create()
    engine = make_engine(url)
    try:
        migrate(engine)
        SqlStatStore(engine).replace_league(league_data[League.NBA])
    finally:
        engine.dispose()
    return url


@pytest.fixture(scope="session")
def security_redis() -> Iterator[RedisProcess]:
    server = RedisProcess().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def api_server(nba_postgres_url: str, security_redis: RedisProcess,
                   tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    """``arena serve``'s app on PostgreSQL and Redis; its LLM server is a closed port (the template writes)."""
    data_dir: Path = tmp_path_factory.mktemp("security-data")
    settings = api_settings(nba_postgres_url, data_dir, "http://127.0.0.1:9/v1", redis_url=security_redis.url,
                            usage_flush_seconds=0.05)
    server = ServerThread(create_app(settings=settings)).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def accounts_api_server(nba_postgres_url: str, security_redis: RedisProcess,
                        tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    """The same app with accounts on: its account, login, key, billing and admin routes as well."""
    data_dir: Path = tmp_path_factory.mktemp("security-accounts-data")
    settings = api_settings(nba_postgres_url, data_dir, "http://127.0.0.1:9/v1", redis_url=security_redis.url,
                            accounts_enabled=True, jwt_secret="security-tests-" + "x" * 32)
    server = ServerThread(create_app(settings=settings)).start()
    yield server
    server.stop()


@pytest.fixture
def database_failures(api_state: ApiState) -> Callable[[], float]:
    """How many calls the database breaker has counted as failures so far."""
    registry = api_state.services.metrics.registry

    def failures() -> float:
        return registry.get_sample_value("arena_dependency_calls_total",
                                         {"breaker": DATABASE, "outcome": "failure"}) or 0.0

    return failures
