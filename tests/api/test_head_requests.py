"""HEAD on a GET route answers as the GET would, without the body; other methods keep their 405."""

from __future__ import annotations

import httpx
import pytest


@pytest.mark.parametrize("path", [
    "/livez",
    "/v1/sources",
    "/v1/players?q=Larry%20Bird&limit=2",
    "/v1/players/nba:jordami01",
    "/v1/players/nba:nosuchplayer99",  # a 404 problem
    "/v1/leaders?league=nhl&stat=goals&limit=3",
    "/v1/leaders?league=nhl&stat=goals&size=3",  # an unknown parameter: a 422 problem
    "/v1/models",
    "/",
    "/openapi.json",
])
async def test_head_answers_with_the_get_status_and_headers_and_no_body(client: httpx.AsyncClient,
                                                                        path: str) -> None:
    got = await client.get(path)
    head = await client.head(path)
    assert head.status_code == got.status_code
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-length"] == str(len(got.content))
    assert head.content == b""


async def test_head_on_a_live_debate_stream_answers_its_headers_and_lets_go(client: httpx.AsyncClient) -> None:
    created = await client.post("/v1/debates", json={"question": "Magic Johnson or Larry Bird?", "writer": "openai"})
    assert created.status_code == 201
    for path in (f"/v1/debates/{created.json()['id']}/events", f"/v1/debates/{created.json()['id']}/events?after=0"):
        head = await client.head(path)
        assert head.status_code == 200
        assert head.headers["content-type"].startswith("text/event-stream")
        assert head.content == b""
    # The debate is still there and still served in full to a GET.
    assert (await client.get(f"/v1/debates/{created.json()['id']}")).status_code == 200


async def test_head_is_refused_where_get_is_and_named_where_get_is_allowed(client: httpx.AsyncClient) -> None:
    parse = await client.head("/v1/parse")
    assert (parse.status_code, parse.headers["allow"]) == (405, "POST, OPTIONS")
    livez = await client.post("/livez")
    assert livez.status_code == 405
    assert livez.headers["allow"] == "GET, HEAD, OPTIONS"
    assert livez.json()["code"] == "method-not-allowed"
