"""Votes over HTTP on the real server: the first vote sets the browser's cookie, a browser votes once per
debate, only for a side, and a spectator waiting on the tally is answered when someone else votes."""

from __future__ import annotations

import asyncio

import httpx

from api_servers import ServerThread
from arena.api.deps import ApiState

QUESTION = "Who's better, LeBron or Jordan?"
JORDAN, LEBRON = "nba:jordami01", "nba:jamesle01"
POLLS = 100


async def _finished_debate(client: httpx.AsyncClient) -> str:
    response = await client.post("/v1/debates", json={"question": QUESTION})
    assert response.status_code == 201, response.text
    debate_id: str = response.json()["id"]
    async with client.stream("GET", f"/v1/debates/{debate_id}/events") as events:
        async for _ in events.aiter_lines():
            pass
    return debate_id


async def test_a_browser_votes_once_per_debate_and_is_told_its_first_choice(client: httpx.AsyncClient) -> None:
    debate_id = await _finished_debate(client)

    first = await client.post(f"/v1/debates/{debate_id}/votes", json={"choice": JORDAN})
    again = await client.post(f"/v1/debates/{debate_id}/votes", json={"choice": LEBRON})
    read = await client.get(f"/v1/debates/{debate_id}/votes")

    assert first.status_code == 201
    assert "httponly" in first.headers["set-cookie"].lower()
    assert first.json() == {"debate_id": debate_id, "counts": {JORDAN: 1}, "total": 1, "your_choice": JORDAN}
    assert again.status_code == 409
    assert again.json()["code"] == "already-voted"
    assert read.json()["your_choice"] == JORDAN
    assert read.json()["counts"] == {JORDAN: 1}


async def test_each_browser_has_its_own_vote(api_server: ServerThread, client: httpx.AsyncClient) -> None:
    debate_id = await _finished_debate(client)
    async with (httpx.AsyncClient(base_url=api_server.base_url) as other,
                httpx.AsyncClient(base_url=api_server.base_url) as spectator):
        await client.post(f"/v1/debates/{debate_id}/votes", json={"choice": JORDAN})
        response = await other.post(f"/v1/debates/{debate_id}/votes", json={"choice": LEBRON})
        unvoted = await spectator.get(f"/v1/debates/{debate_id}/votes")

    assert response.json()["counts"] == {JORDAN: 1, LEBRON: 1}
    assert response.json()["your_choice"] == LEBRON
    assert unvoted.json()["your_choice"] is None


async def test_a_vote_must_name_a_side_of_an_existing_debate(client: httpx.AsyncClient) -> None:
    debate_id = await _finished_debate(client)

    outsider = await client.post(f"/v1/debates/{debate_id}/votes", json={"choice": "nhl:gretzwa01"})
    missing = await client.post("/v1/debates/no-such-debate/votes", json={"choice": JORDAN})
    unknown_field = await client.post(f"/v1/debates/{debate_id}/votes", json={"choice": JORDAN, "weight": 9})

    assert (outsider.status_code, outsider.json()["code"]) == (422, "not-a-candidate")
    assert (missing.status_code, missing.json()["code"]) == (404, "debate-not-found")
    assert unknown_field.status_code == 422


async def test_a_waiting_spectator_is_answered_when_another_browser_votes(
    api_server: ServerThread, client: httpx.AsyncClient
) -> None:
    debate_id = await _finished_debate(client)
    waiting = asyncio.create_task(client.get(f"/v1/debates/{debate_id}/votes", params={"seen": 0, "wait": 25}))
    await asyncio.sleep(0.2)
    assert not waiting.done()

    async with httpx.AsyncClient(base_url=api_server.base_url) as voter:
        await voter.post(f"/v1/debates/{debate_id}/votes", json={"choice": LEBRON})
    answered = await asyncio.wait_for(waiting, timeout=5)

    assert answered.json()["counts"] == {LEBRON: 1}


async def test_a_spectator_who_leaves_stops_waiting(api_state: ApiState, client: httpx.AsyncClient) -> None:
    debate_id = await _finished_debate(client)
    board = api_state.services.votes
    waiting = asyncio.create_task(client.get(f"/v1/debates/{debate_id}/votes", params={"seen": 0, "wait": 25}))
    for _ in range(POLLS):
        if board.waiting:
            break
        await asyncio.sleep(0.05)
    assert board.waiting == 1

    waiting.cancel()  # the connection closes under the waiting request
    for _ in range(POLLS):
        if not board.waiting:
            break
        await asyncio.sleep(0.05)

    assert board.waiting == 0
