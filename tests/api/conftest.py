"""One API server for the session (the parser it builds at startup reads every player), on the loaded
SQLite store, with short heartbeats and grace periods so the tests see them happen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from api_servers import ServerThread, SlowChatServer, api_server_on, slow_chat_server
from dependency_servers import RedisProcess


@pytest.fixture(scope="session")
def slow_llm() -> Iterator[SlowChatServer]:
    with slow_chat_server(delay=0.06) as server:
        yield server


@pytest.fixture(scope="session")
def api_server(loaded_sqlite_url: str, tmp_path_factory: pytest.TempPathFactory,
               slow_llm: SlowChatServer) -> Iterator[ServerThread]:
    with api_server_on(loaded_sqlite_url, tmp_path_factory.mktemp("api-data"), slow_llm.base_url) as server:
        yield server


@pytest.fixture(scope="module")
def own_redis() -> Iterator[RedisProcess]:
    """A redis-server of the test module's own, which its tests stop, hang and restart."""
    server = RedisProcess().start()
    yield server
    server.stop()
