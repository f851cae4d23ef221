"""Playwright contexts for the page's tests that may reach only the server under test, where the browser is,
and where screenshots go."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # Playwright is optional: the browser tests skip without it
    from playwright.sync_api import Browser, BrowserContext, Request, Route

CHROMIUM = os.environ.get("ARENA_TEST_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
INSTALL = "apt-get install chromium (or set ARENA_TEST_CHROMIUM) and pip install -e '.[dev]'"
# Screenshots are kept for people to look at after a run (gitignored).
ARTIFACTS = Path(os.environ.get("ARENA_TEST_ARTIFACTS") or Path(__file__).resolve().parents[2] / "artifacts" / "web")


@dataclass
class OfflineContexts:
    """Browser contexts that may reach only the server; what they asked of any other host is in ``refused``."""

    browser: Browser
    base_url: str
    refused: list[str] = field(default_factory=list)
    requested: list[str] = field(default_factory=list)
    contexts: list[BrowserContext] = field(default_factory=list)

    def new(self, **options: Any) -> BrowserContext:
        context = self.browser.new_context(base_url=self.base_url, **{"viewport": {"width": 1280, "height": 900},
                                                                       **options})
        context.route("**/*", self._only_this_server)
        context.on("request", self._record)
        self.contexts.append(context)
        return context

    def _record(self, request: Request) -> None:
        self.requested.append(request.url)

    def _only_this_server(self, route: Route) -> None:
        url = route.request.url
        if url.startswith(f"{self.base_url}/"):
            route.fallback()
        else:
            self.refused.append(url)
            route.abort("internetdisconnected")

    def close(self) -> None:
        for context in self.contexts:
            context.close()
