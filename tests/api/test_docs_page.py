"""``/docs`` and ``/redoc`` render in a real headless Chromium with every request off this server refused,
as on a machine without the internet: their scripts and styles come from this process."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from api_servers import ServerThread
from arena.api.app import create_app
from arena.settings import Settings

if TYPE_CHECKING:  # Playwright is optional: the module skips without it
    from playwright.sync_api import Page, Route

pytestmark = pytest.mark.browser

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="needs Playwright's Python package: pip install -e '.[dev]'"
)
CHROMIUM = os.environ.get("ARENA_TEST_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).is_file():
    pytest.skip(f"needs Chromium at {CHROMIUM}: apt-get install chromium (or set ARENA_TEST_CHROMIUM)",
                allow_module_level=True)
REDOCLY_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"


@pytest.fixture(scope="module")
def docs_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    """The API over an empty SQLite store: the docs need the OpenAPI document, not data."""
    root = tmp_path_factory.mktemp("docs")
    settings = Settings(data_dir=root, database_url=f"sqlite:///{root / 'arena.db'}")
    server = ServerThread(create_app(settings=settings)).start()
    yield server
    server.stop()


@pytest.fixture
def offline_page(docs_server: ServerThread, tmp_path: Path) -> Iterator[tuple[Page, list[str]]]:
    """A Chromium page that may reach only ``docs_server``; the URLs it tried beyond it are collected."""
    refused: list[str] = []

    def only_this_server(route: Route) -> None:
        url = route.request.url
        if url.startswith(docs_server.base_url):
            route.continue_()
        else:
            refused.append(url)
            route.abort("internetdisconnected")

    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.route("**/*", only_this_server)
            yield page, refused
        finally:
            browser.close()


def _operation_count(server: ServerThread) -> int:
    document = httpx.get(f"{server.base_url}/openapi.json").json()
    return sum(len(operations) for operations in document["paths"].values())


def test_swagger_ui_renders_every_operation_offline(
    docs_server: ServerThread, offline_page: tuple[Page, list[str]], tmp_path: Path
) -> None:
    page, refused = offline_page
    page.goto(f"{docs_server.base_url}/docs")
    operations = page.locator(".swagger-ui .opblock")
    operations.first.wait_for(state="visible")
    page.screenshot(path=str(tmp_path / "docs.png"))

    assert operations.count() == _operation_count(docs_server)
    assert page.locator(".swagger-ui .opblock-summary-path", has_text="/healthz").count() == 1
    assert refused == []


def test_redoc_renders_offline(docs_server: ServerThread, offline_page: tuple[Page, list[str]],
                               tmp_path: Path) -> None:
    page, refused = offline_page
    page.goto(f"{docs_server.base_url}/redoc")
    heading = page.locator("redoc h1")
    heading.first.wait_for(state="visible")
    page.screenshot(path=str(tmp_path / "redoc.png"))

    assert heading.first.inner_text().startswith("Arena")
    assert page.get_by_text("/metrics").count() >= 1
    # ReDoc's "API docs by Redocly" footer tries its logo from Redocly's CDN and drops it when that fails.
    assert [url for url in refused if url != REDOCLY_LOGO] == []
