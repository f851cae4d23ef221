"""Session fixtures every domain's tests share: the upstream data, throwaway PostgreSQL databases, Redis,
and stat stores loaded with all four leagues (read once through the real importers, per backend once).

PostgreSQL and Redis are the servers named in ``ARENA_TEST_POSTGRES`` and ``ARENA_TEST_REDIS_URL``; a named
server that is down fails its fixture with a message saying what to start. With none named, the session
starts its own (each xdist worker its own, on spare ports); where the binary is not installed, the tests
that need it are skipped with the install command (see :func:`dependency_servers.unavailable`).
"""

from __future__ import annotations

import os
import socket
import sqlite3
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import closing
from pathlib import Path

import httpx
import pytest
import redis
from filelock import FileLock

from api_servers import ServerThread
from arena.api.deps import ApiState
from arena.db import make_engine, migrate
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.catalog import League
from arena.stats.importers.registry import IMPORTERS
from arena.stats.model import LeagueData
from arena.stats.source_dir import LocalSourceDir
from dependency_servers import PostgresProcess, RedisProcess
from store_databases import BACKENDS, DatabaseFactory, PostgresDatabases

REPO_ROOT = Path(__file__).resolve().parents[1]
# The ``full`` tests take about half a run's time: the default command leaves them out (deselected, so the
# summary counts them apart from what passed) and ``ARENA_TEST_FULL=1``, which .ci/run sets, runs them too.
FULL_SET = os.environ.get("ARENA_TEST_FULL") == "1"


def pytest_report_header() -> str:
    if FULL_SET:
        return "full set: on (ARENA_TEST_FULL=1)"
    return "full set: off; the `full` tests are deselected (ARENA_TEST_FULL=1 runs them, as .ci/run does)"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if FULL_SET or "full" in (config.getoption("markexpr") or ""):
        return
    full = [item for item in items if item.get_closest_marker("full") is not None]
    if full:
        items[:] = [item for item in items if item.get_closest_marker("full") is None]
        config.hook.pytest_deselected(items=full)


# -- upstream data ------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def source_dir() -> Path:
    """The upstream files: ``ARENA_SOURCE_DIR``, else ``<repo root>/../shared/data``."""
    configured = os.environ.get("ARENA_SOURCE_DIR")
    path = Path(configured) if configured else REPO_ROOT.parent / "shared" / "data"
    missing = [league for league in ("nba", "nfl", "nhl") if not (path / league).is_dir()]
    if missing:
        pytest.fail(f"upstream data not found in {path} (no {', '.join(missing)} folder): set "
                    "ARENA_SOURCE_DIR to the folder laid out like shared/data", pytrace=False)
    return path


class LeagueDataCache:
    """Each league read once per session through its real importer, shared by both loaded backends."""

    def __init__(self, source_dir: Path) -> None:
        self._source = LocalSourceDir(source_dir)
        self._data: dict[League, LeagueData] = {}

    def __getitem__(self, league: League) -> LeagueData:
        if league not in self._data:
            self._data[league] = IMPORTERS[league](self._source)
        return self._data[league]


@pytest.fixture(scope="session")
def league_data(source_dir: Path) -> LeagueDataCache:
    return LeagueDataCache(source_dir)


# -- PostgreSQL -----------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """``user@host:port`` of the test server: ``ARENA_TEST_POSTGRES``, else a cluster of the session's own."""
    configured = os.environ.get("ARENA_TEST_POSTGRES")
    if configured:
        yield configured
        return
    server = PostgresProcess()
    try:
        yield f"postgres@127.0.0.1:{server.start().port}"
    finally:
        server.remove()


@pytest.fixture(scope="session")
def postgres_databases(postgres_server: str) -> Iterator[PostgresDatabases]:
    databases = PostgresDatabases(postgres_server)
    databases.check()
    yield databases
    databases.drop_all()


@pytest.fixture(scope="session")
def postgres_url(postgres_databases: PostgresDatabases) -> str:
    """A throwaway database for the whole session (dropped at the end)."""
    return postgres_databases.create()


# -- Redis ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """``ARENA_TEST_REDIS_URL``, else the URL of a redis-server of the session's own."""
    configured = os.environ.get("ARENA_TEST_REDIS_URL")
    if not configured:
        server = RedisProcess().start()
        yield server.url
        server.stop()
        return
    client = redis.Redis.from_url(configured, socket_connect_timeout=3)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.fail(f"Redis is not reachable at {configured} ({exc}); start it (.ci/run does) or unset "
                    "ARENA_TEST_REDIS_URL to let the tests start their own", pytrace=False)
    finally:
        client.close()
    yield configured


@pytest.fixture
def redis_prefix(redis_url: str) -> Iterator[str]:
    """A key prefix no other test uses; its keys are deleted afterwards."""
    prefix = f"arena-test:{uuid.uuid4().hex}:"
    yield prefix
    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(match=prefix + "*"))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture
def closed_port() -> int:
    """A local TCP port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


# -- stat stores ----------------------------------------------------------------------------------------

def _load(url: str, league_data: LeagueDataCache) -> str:
    engine = make_engine(url)
    try:
        migrate(engine)
        store = SqlStatStore(engine)
        for league in League:
            store.replace_league(league_data[league])
    finally:
        engine.dispose()
    return url


@pytest.fixture(scope="session")
def run_dir(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """A folder every xdist worker of this run shares (the run's own temp root), for work done once per run."""
    base = tmp_path_factory.getbasetemp()
    return base if worker_id == "master" else base.parent


@pytest.fixture(scope="session")
def loaded_sqlite_url(run_dir: Path, tmp_path_factory: pytest.TempPathFactory, league_data: LeagueDataCache) -> str:
    """A SQLite database URL holding all four leagues (for subprocess and CLI tests; read only), a worker's own
    copy of the file the first worker to ask loads for the whole run (a load takes minutes, a copy a second)."""
    loaded = run_dir / "loaded-sqlite.db"
    with FileLock(run_dir / "loaded-sqlite.lock"):
        if not loaded.exists():
            building = run_dir / "loaded-sqlite.building.db"
            building.unlink(missing_ok=True)
            _load(f"sqlite:///{building}", league_data)
            building.rename(loaded)
    own = tmp_path_factory.mktemp("loaded-sqlite") / "arena.db"
    with closing(sqlite3.connect(loaded)) as source, closing(sqlite3.connect(own)) as copy:
        source.backup(copy)
    return f"sqlite:///{own}"


@pytest.fixture(scope="session")
def loaded_postgres_url(postgres_databases: PostgresDatabases, run_dir: Path, league_data: LeagueDataCache) -> str:
    """A PostgreSQL database URL holding all four leagues (read only): a worker's own copy of a template that
    the first worker of the run to ask loads on that server."""
    return postgres_databases.create_loaded(run_dir, lambda url: _load(url, league_data))


@pytest.fixture(scope="session")
def sqlite_store_path(loaded_sqlite_url: str) -> Path:
    """The file behind :func:`loaded_sqlite_url`."""
    return Path(loaded_sqlite_url.removeprefix("sqlite:///"))


@pytest.fixture(scope="session", params=BACKENDS)
def loaded_store(request: pytest.FixtureRequest) -> Iterator[SqlStatStore]:
    """A :class:`SqlStatStore` holding all four leagues, on each backend (read only: never write to it)."""
    url = request.getfixturevalue("loaded_sqlite_url" if request.param == "sqlite" else "loaded_postgres_url")
    engine = make_engine(url)
    yield SqlStatStore(engine)
    engine.dispose()


@pytest.fixture(scope="session")
def database_factory(request: pytest.FixtureRequest,
                     tmp_path_factory: pytest.TempPathFactory) -> DatabaseFactory:
    return DatabaseFactory(request, tmp_path_factory)


@pytest.fixture(params=BACKENDS)
def empty_store(request: pytest.FixtureRequest, database_factory: DatabaseFactory) -> Iterator[SqlStatStore]:
    """A store on a fresh, empty database, on each backend, for tests that write."""
    engine = make_engine(database_factory(request.param))
    yield SqlStatStore(engine)
    engine.dispose()


# -- the API server (each folder that serves the app defines ``api_server``) ----------------------------------

@pytest.fixture
def api_state(api_server: ServerThread) -> ApiState:
    """The running app's state, to check from outside what HTTP cannot show (producers still running)."""
    state: ApiState = api_server.app.state.arena
    return state


@pytest.fixture
async def client(api_server: ServerThread) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=api_server.base_url, timeout=30) as http:
        yield http
