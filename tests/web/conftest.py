"""A real Arena server over the loaded SQLite store for the page's tests, another with accounts on for the
account pages, slow OpenAI-compatible writers for debates that stay live long enough to join, and Debian's
Chromium driven by Playwright with every request that is not for the server under test refused and recorded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from browser_contexts import CHROMIUM, EXPECT_MS, INSTALL, OfflineContexts

# The API tests' real servers (uvicorn in a thread, the slow LLM server), and the accounts tests' gateway.
from accounts.gateway_servers import GatewayServer, start_gateway
from api_servers import ServerThread, SlowChatServer, api_server_on, slow_chat_server
from dependency_servers import unavailable
from store_databases import DatabaseFactory

if TYPE_CHECKING:  # Playwright is optional: the browser tests skip without it
    from playwright.sync_api import Browser

@pytest.fixture(scope="session")
def slow_writer() -> Iterator[SlowChatServer]:
    with slow_chat_server(delay=0.05) as server:
        yield server


@pytest.fixture(scope="session")
def web_server(loaded_sqlite_url: str, tmp_path_factory: pytest.TempPathFactory,
               slow_writer: SlowChatServer) -> Iterator[ServerThread]:
    with api_server_on(loaded_sqlite_url, tmp_path_factory.mktemp("web-data"), slow_writer.base_url,
                       stream_grace_seconds=10.0) as server:
        yield server


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
    sync_api.expect.set_options(timeout=EXPECT_MS)
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless"])
        yield launched
        launched.close()


def _offline_contexts(browser: Browser, base_url: str) -> Iterator[OfflineContexts]:
    contexts = OfflineContexts(browser, base_url)
    yield contexts
    contexts.close()
    left_host = [url for url in contexts.requested if not url.startswith(f"{base_url}/")]
    assert contexts.refused == [] and left_host == [], f"requests off 127.0.0.1: {contexts.refused + left_host}"


@pytest.fixture
def offline(browser: Browser, web_server: ServerThread) -> Iterator[OfflineContexts]:
    yield from _offline_contexts(browser, web_server.base_url)


@pytest.fixture(scope="session")
def held_writer() -> Iterator[SlowChatServer]:
    """A slow writer whose replies the account pages' tests hold (``gate``), to keep a debate live."""
    with slow_chat_server(delay=0.05) as server:
        yield server
        server.gate.set()


@pytest.fixture(scope="session")
def accounts_web_server(database_factory: DatabaseFactory, tmp_path_factory: pytest.TempPathFactory,
                        held_writer: SlowChatServer) -> Iterator[GatewayServer]:
    """The page with accounts on, over SQLite holding a small NBA league (see tests/accounts)."""
    server = start_gateway(database_factory("sqlite"), tmp_path_factory.mktemp("web-accounts"),
                           llm_base_url=held_writer.base_url, stream_grace_seconds=10.0,
                           llm_first_token_timeout_seconds=60.0)  # a held reply keeps its debate live
    yield server
    server.thread.stop()


@pytest.fixture
def account_pages(browser: Browser, accounts_web_server: GatewayServer) -> Iterator[OfflineContexts]:
    """Browser contexts on the accounts-on server, refused every other host."""
    yield from _offline_contexts(browser, accounts_web_server.base_url)
