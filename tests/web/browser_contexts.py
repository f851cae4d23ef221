"""Playwright contexts for the page's tests that may reach only the server under test, where the browser is,
where screenshots go, and what the page's tests do alike (Tab to an element, run axe-core)."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:  # Playwright is optional: the browser tests skip without it
    from playwright.sync_api import Browser, BrowserContext, Locator, Page, Request, Route

CHROMIUM = os.environ.get("ARENA_TEST_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
INSTALL = "apt-get install chromium (or set ARENA_TEST_CHROMIUM) and pip install -e '.[dev]'"
AXE = Path(__file__).with_name("vendor") / "axe-core-4.11.0" / "axe.min.js"
DEBATE_SECONDS = 120_000  # ms: the whole debate revealed at reading pace, on a busy machine
# ms a page may take to show what a test expects of it. Playwright's 5 s default is a wait, not a measure, and
# runs out on a loaded two-core machine (a suggestion list or a picked candidate then never "arrives").
EXPECT_MS = 30_000
MAX_TABS = 60
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


def tab_to(page: Page, target: Locator) -> None:
    """Press Tab until ``target`` has the focus, as a keyboard user would."""
    for _ in range(MAX_TABS):
        if target.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    pytest.fail(f"{target} cannot be reached with Tab")


def serious_violations(page: Page) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))  # inlined from tests/: axe-core makes no request of its own
    results: dict[str, Any] = page.evaluate("async () => await axe.run(document)")
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
            for v in results["violations"] if v["impact"] in ("serious", "critical")]
