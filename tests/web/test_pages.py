"""The page's HTML routes and assets over HTTP: what the server renders into the page, and that everything
it references is served by Arena itself."""

from __future__ import annotations

import re

import httpx

from api_servers import ServerThread
from arena.debate import CRITERIA
from arena.web.pages import coverage


def test_the_home_page_offers_the_question_box_writers_criteria_and_examples(web_server: ServerThread) -> None:
    response = httpx.get(f"{web_server.base_url}/")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert '<label for="question">Question</label>' in page
    assert '<option value="template" selected>template (default)</option>' in page
    assert all(f'data-criterion="{criterion}"' in page for criterion in CRITERIA)
    assert "Who&#x27;s better, LeBron or Jordan?" in page
    assert 'data-debate-id=""' in page


def test_a_permalink_renders_the_page_for_that_debate(web_server: ServerThread) -> None:
    response = httpx.get(f"{web_server.base_url}/debates/abc123")
    refused = httpx.get(f"{web_server.base_url}/debates/not%20an%20id")

    assert 'data-debate-id="abc123"' in response.text
    assert refused.status_code == 422


def test_every_asset_the_page_references_is_served_here(web_server: ServerThread) -> None:
    page = httpx.get(f"{web_server.base_url}/").text
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', page)

    assert len(assets) == 4  # arena.js and .css, uPlot's script and stylesheet
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page)
    to_fetch, fetched = list(assets), set()
    while to_fetch:
        url = to_fetch.pop()
        response = httpx.get(f"{web_server.base_url}{url}")
        assert response.status_code == 200, url
        assert response.headers["cache-control"] == "no-cache"  # revalidated: never a stale module
        fetched.add(url)
        imported = {f"/static/js/{name}" for name in re.findall(r'from "\./(?:js/)?([a-z]+\.js)"', response.text)}
        to_fetch += sorted(imported - fetched - set(to_fetch))
    assert len([url for url in fetched if url.endswith(".js")]) == 10  # uPlot, the entry and its eight modules
    licence = httpx.get(f"{web_server.base_url}/static/vendor/uplot-1.6.32/LICENSE")
    assert "The MIT License" in licence.text


def test_with_accounts_off_there_are_no_account_pages_or_links(web_server: ServerThread) -> None:
    page = httpx.get(f"{web_server.base_url}/").text

    assert 'data-accounts="off"' in page and '<nav class="account" aria-label="Account"></nav>' in page
    assert httpx.get(f"{web_server.base_url}/account").status_code == 404
    assert httpx.get(f"{web_server.base_url}/admin").status_code == 404


def test_coverage_names_every_league_with_its_seasons() -> None:
    assert coverage().startswith("Arena covers players and teams of the NBA 1947-2025, NFL 1924-2024, ")
    assert "MLB 1871-2024" in coverage() and "NHL 1910-2025" in coverage()
