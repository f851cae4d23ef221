"""OPTIONS on any route answers 204 with the methods its path allows; every 405 names all of them."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from api_servers import ServerThread


def _expected_allow(methods: set[str]) -> set[str]:
    methods = {method.upper() for method in methods}
    return methods | ({"HEAD"} if "GET" in methods else set()) | {"OPTIONS"}


def _allow(response: httpx.Response) -> set[str]:
    return {method.strip() for method in response.headers["allow"].split(",")}


async def test_every_documented_path_answers_options_with_its_documented_methods(api_server: ServerThread,
                                                                                 client: httpx.AsyncClient) -> None:
    document: dict[str, Any] = api_server.app.openapi()
    patterns = {template: re.compile(re.sub(r"\{[^}]+\}", "[^/]+", template)) for template in document["paths"]}
    for template in document["paths"]:
        path = template.replace("{", "").replace("}", "")  # any value: a name where an id goes still routes
        # Every template the path fits: /v1/debates/stream is also a debate's address (GET, DELETE route there).
        methods = {method for other, pattern in patterns.items() if pattern.fullmatch(path)
                   for method in document["paths"][other]}
        response = await client.options(path)
        assert response.status_code == 204, (template, response.text)
        assert response.content == b""
        assert _allow(response) == _expected_allow(methods), template


@pytest.mark.parametrize(("path", "methods"), [
    ("/", {"GET"}),
    ("/debates/abc", {"GET"}),
    ("/static/arena.css", {"GET"}),
    ("/static/no-such-file.js", {"GET"}),  # the mount answers reads there, with a 404
])
async def test_pages_and_static_files_answer_options(client: httpx.AsyncClient, path: str,
                                                     methods: set[str]) -> None:
    response = await client.options(path)
    assert (response.status_code, _allow(response)) == (204, _expected_allow(methods))


async def test_options_on_a_path_no_route_has_is_a_404_problem(client: httpx.AsyncClient) -> None:
    response = await client.options("/v1/nowhere")
    assert response.status_code == 404
    assert response.json()["code"] == "not-found"


@pytest.mark.parametrize(("method", "path", "methods"), [
    ("PUT", "/v1/debates/abc", {"GET", "DELETE"}),  # two routes share the path: both named, not the first
    ("POST", "/v1/players/nba:jordami01", {"GET"}),
    ("POST", "/static/arena.css", {"GET"}),  # Starlette's static files named none
    ("GET", "/v1/parse", {"POST"}),
])
async def test_a_405_names_every_method_its_path_allows(client: httpx.AsyncClient, method: str, path: str,
                                                        methods: set[str]) -> None:
    response = await client.request(method, path)
    assert response.status_code == 405
    assert response.json()["code"] == "method-not-allowed"
    assert _allow(response) == _expected_allow(methods)


async def test_a_cross_origin_preflight_is_not_granted(client: httpx.AsyncClient) -> None:
    # Arena sets no CORS headers: a browser keeps another site's page from calling the API.
    response = await client.options("/v1/debates", headers={"Origin": "https://evil.example",
                                                             "Access-Control-Request-Method": "POST"})
    assert response.status_code == 204
    assert "POST" in _allow(response)
    assert not any(name.lower().startswith("access-control-") for name in response.headers)
