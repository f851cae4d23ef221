"""A real Arena server over the loaded SQLite store for the page's tests, a slow OpenAI-compatible writer
for debates that stay live long enough to join, and Debian's Chromium driven by Playwright with every
request that is not for this server refused and recorded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from browser_contexts import CHROMIUM, INSTALL, OfflineContexts

# The API tests' real servers (uvicorn in a thread, the slow LLM server).
from api_servers import ServerThread, SlowChatServer, api_settings
from arena.api.app import create_app
from dependency_servers import unavailable

if TYPE_CHECKING:  # Playwright is optional: the browser tests skip without it
    from playwright.sync_api import Browser

@pytest.fixture(scope="session")
def slow_writer() -> Iterator[SlowChatServer]:
    server = SlowChatServer(delay=0.05).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def web_server(loaded_sqlite_url: str, tmp_path_factory: pytest.TempPathFactory,
               slow_writer: SlowChatServer) -> Iterator[ServerThread]:
    settings = api_settings(loaded_sqlite_url, tmp_path_factory.mktemp("web-data"), slow_writer.base_url,
                            stream_grace_seconds=10.0)
    server = ServerThread(create_app(settings=settings)).start()
    yield server
    server.stop()


# Per module: sync Playwright keeps an event loop running on this thread while it is open, and an asyncio test
# that the same pytest worker runs next could not start its own.
@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    try:
        from playwright import sync_api  # noqa: PLC0415 (optional: see dependency_servers.unavailable)
    except ImportError:
        unavailable(f"needs Playwright: {INSTALL}")
    if not Path(CHROMIUM).is_file():
        unavailable(f"needs Chromium at {CHROMIUM}: {INSTALL}")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless"])
        yield launched
        launched.close()


@pytest.fixture
def offline(browser: Browser, web_server: ServerThread) -> Iterator[OfflineContexts]:
    contexts = OfflineContexts(browser, web_server.base_url)
    yield contexts
    contexts.close()
    left_host = [url for url in contexts.requested if not url.startswith(f"{web_server.base_url}/")]
    assert contexts.refused == [] and left_host == [], f"requests off 127.0.0.1: {contexts.refused + left_host}"
