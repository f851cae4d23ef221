"""The page's HTML routes and assets over HTTP: what the server renders into the page, and that everything
it references is served by Arena itself."""

from __future__ import annotations

import re

import httpx
import pytest

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
    assert refused.headers["content-type"] == "application/problem+json"  # a client that did not ask for HTML


BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.mark.parametrize(("path", "status", "heading"), [
    ("/debates/not%20an%20id", 422, "That is not a debate link"),
    ("/debates/%3Cscript%3E", 422, "That is not a debate link"),
    ("/debates/%FF", 400, "That address could not be read"),
    ("/nowhere", 404, "No page here"),
    ("/static/no-such-file.js", 404, "No page here"),
])
def test_a_browser_asking_for_a_page_that_fails_gets_an_html_error_page(web_server: ServerThread, path: str,
                                                                        status: int, heading: str) -> None:
    response = httpx.get(f"{web_server.base_url}{path}", headers={"Accept": BROWSER_ACCEPT})

    assert response.status_code == status
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert int(response.headers["content-length"]) == len(response.content)
    page = response.text
    assert f'<h1 id="error-heading">{heading}</h1>' in page and '<a href="/">Ask Arena a question</a>' in page
    assert "<script" not in page and "pattern" not in page.split("<details>")[0]  # words first, details folded


@pytest.mark.parametrize(("path", "accept"), [
    ("/v1/nowhere", BROWSER_ACCEPT),  # the API answers problems to everyone
    ("/v1/players/nba:nosuchplayer99", BROWSER_ACCEPT),
    ("/debates/not%20an%20id", "*/*"),  # fetch, curl
    ("/debates/not%20an%20id", "application/json"),
    ("/debates/not%20an%20id", "text/html;q=0, application/problem+json"),
])
def test_api_paths_and_clients_not_asking_for_html_keep_the_problem(web_server: ServerThread, path: str,
                                                                      accept: str) -> None:
    response = httpx.get(f"{web_server.base_url}{path}", headers={"Accept": accept})

    assert response.status_code in (404, 422)
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == response.status_code


def test_a_head_for_a_failing_page_has_the_html_pages_headers(web_server: ServerThread) -> None:
    got = httpx.get(f"{web_server.base_url}/nowhere", headers={"Accept": BROWSER_ACCEPT})
    head = httpx.head(f"{web_server.base_url}/nowhere", headers={"Accept": BROWSER_ACCEPT})

    assert (head.status_code, head.headers["content-type"], head.content) == (404, got.headers["content-type"], b"")
    assert head.headers["content-length"] == got.headers["content-length"]


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


@pytest.mark.parametrize(("range_", "status", "code"), [
    ("bytes=999999999-", 416, "range-not-satisfiable"),
    ("bytes=5-2", 400, "bad-request"),
    ("items=0-10", 400, "bad-request"),
    ("bytes", 400, "bad-request"),
])
def test_a_bad_range_on_a_static_file_is_a_problem(web_server: ServerThread, range_: str, status: int,
                                                   code: str) -> None:
    response = httpx.get(f"{web_server.base_url}/static/arena.css", headers={"Range": range_})

    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == code
    if status == 416:  # RFC 9110 15.5.17: the file's length, so the client can ask again
        size = len(httpx.get(f"{web_server.base_url}/static/arena.css").content)
        assert response.headers["content-range"] == f"bytes */{size}"


def test_a_good_range_on_a_static_file_is_still_served(web_server: ServerThread) -> None:
    whole = httpx.get(f"{web_server.base_url}/static/arena.css").content
    part = httpx.get(f"{web_server.base_url}/static/arena.css", headers={"Range": "bytes=0-9"})

    assert (part.status_code, part.content) == (206, whole[:10])
