"""The web page's speed: first paint, first debate text after "Debate", and the JS and CSS it ships.

    python bench/web.py [--runs 5]

Starts ``arena serve`` on 127.0.0.1 (template writer; the configured store, ``ARENA_DATABASE_URL`` or
``ARENA_DATA_DIR``, imported with ``arena data import``) and drives the page in Debian's Chromium through
Playwright, a fresh browser context per run (nothing cached).

Prints:
- first paint: the browser's first-contentful-paint of ``/``, from navigation start, median and worst;
- first debate text: from the "Debate" click to the first words of the debate painted in the live region
  (the request, the stream's first events and the page's reveal), median and worst;
- JS + CSS shipped: every script and stylesheet the page loaded, gzipped (level 6, as a proxy would).

Targets: first paint under 500 ms, first debate text under 300 ms, JS + CSS under 150 KB gzipped. Figures
only, never asserted.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

# The API tests' ``arena serve`` runner: one implementation for tests and benches.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from serve_process import ServeProcess  # type: ignore[import-not-found]

QUESTION = "Who's better, LeBron or Jordan?"
CHROMIUM = os.environ.get("ARENA_TEST_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"

# Resolves with the milliseconds from the click to the frame after the log first holds text: the frame in
# which that text is painted.
_TIME_FIRST_TEXT = """() => new Promise((resolve, reject) => {
  const log = document.getElementById("debate-log");
  // An empty store answers with an error and no text: say so instead of waiting for ever.
  setTimeout(() => reject(new Error("no debate text within 30 s: is the store imported (arena data import)?")),
             30000);
  let clicked = 0;
  const seen = new MutationObserver(() => {
    if (!log.textContent.trim()) return;
    seen.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - clicked));
  });
  seen.observe(log, { childList: true, subtree: true, characterData: true });
  clicked = performance.now();
  document.getElementById("debate-button").click();
})"""

_FIRST_PAINT = """() => new Promise((resolve) => {
  const found = () => performance.getEntriesByName("first-contentful-paint")[0];
  if (found()) return resolve(found().startTime);
  new PerformanceObserver(() => found() && resolve(found().startTime)).observe({ type: "paint", buffered: true });
})"""


def _shipped(page: Page, base_url: str) -> tuple[int, int]:
    """Raw and gzipped bytes of every script and stylesheet the page loaded."""
    urls: list[str] = page.evaluate("""() => performance.getEntriesByType("resource")
        .filter((entry) => entry.initiatorType === "script" || entry.initiatorType === "link")
        .map((entry) => entry.name)""")
    raw = packed = 0
    for url in urls:
        assert url.startswith(base_url), f"the page loaded {url} from another host"
        body = page.request.get(url).body()
        raw += len(body)
        packed += len(gzip.compress(body, compresslevel=6))
    return raw, packed


def _summary(values: list[float]) -> str:
    return f"median {statistics.median(values):.0f} ms, worst {max(values):.0f} ms over {len(values)} runs"


def run(base_url: str, runs: int) -> tuple[list[float], list[float], tuple[int, int]]:
    """First paints and first debate texts (ms), and the bytes shipped, over ``runs`` fresh contexts."""
    paints: list[float] = []
    first_text: list[float] = []
    shipped = (0, 0)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless"])
        try:
            for _ in range(runs):
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                page = context.new_page()
                page.goto(f"{base_url}/", wait_until="load")
                paints.append(page.evaluate(_FIRST_PAINT))
                shipped = _shipped(page, base_url)
                page.get_by_label("Question", exact=True).fill(QUESTION)
                first_text.append(page.evaluate(_TIME_FIRST_TEXT))
                context.close()
        finally:
            browser.close()
    return paints, first_text, shipped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="page loads and debates to time")
    args = parser.parse_args()
    if not Path(CHROMIUM).is_file():
        sys.exit(f"needs Chromium at {CHROMIUM}: apt-get install chromium (or set ARENA_TEST_CHROMIUM)")
    with tempfile.TemporaryDirectory() as log_dir:
        server = ServeProcess({"ARENA_WRITER": "template"}, Path(log_dir) / "serve.log")
        try:
            server.wait_until_serving()
            # One debate first, so the stat cache and the parser are warm, as on a server that has been up.
            run(server.base_url, 1)
            paints, first_text, (raw, packed) = run(server.base_url, args.runs)
        finally:
            server.stop()
    print(f"first paint of /: {_summary(paints)} (target < 500 ms)")
    print(f"first debate text after \"Debate\": {_summary(first_text)} (target < 300 ms)")
    print(f"JS + CSS shipped: {packed / 1000:.1f} KB gzipped ({raw / 1000:.1f} KB raw; target < 150 KB gzipped)")


if __name__ == "__main__":
    main()
