"""One API server for the session (the parser it builds at startup reads every player), on the loaded
SQLite store, with short heartbeats and grace periods so the tests see them happen."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from api_servers import ServerThread, SlowChatServer, api_settings

from arena.api.app import create_app
from arena.api.deps import ApiState
from dependency_servers import RedisProcess


@pytest.fixture(scope="session")
def slow_llm() -> Iterator[SlowChatServer]:
    server = SlowChatServer(delay=0.06).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def api_server(loaded_sqlite_url: str, tmp_path_factory: pytest.TempPathFactory,
               slow_llm: SlowChatServer) -> Iterator[ServerThread]:
    settings = api_settings(loaded_sqlite_url, tmp_path_factory.mktemp("api-data"), slow_llm.base_url)
    server = ServerThread(create_app(settings=settings)).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def own_redis() -> Iterator[RedisProcess]:
    """A redis-server of the test module's own, which its tests stop, hang and restart."""
    server = RedisProcess().start()
    yield server
    server.stop()


@pytest.fixture
def api_state(api_server: ServerThread) -> ApiState:
    """The running app's state, to check from outside what HTTP cannot show (producers still running)."""
    state: ApiState = api_server.app.state.arena
    return state


@pytest.fixture
async def client(api_server: ServerThread) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=api_server.base_url, timeout=30) as http:
        yield http
