"""Debates over WebSocket with the websockets library: frames, resume and cancel commands, errors."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from api_servers import ServerThread

QUESTION = "Who's better, LeBron or Jordan?"


async def _start(client: httpx.AsyncClient, **body: Any) -> dict[str, Any]:
    response = await client.post("/v1/debates", json={"question": QUESTION, **body})
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def _frames(ws: ClientConnection, *, until: int | None = None) -> list[dict[str, Any]]:
    """Frames until the server closes (or until ``until`` debate events have come)."""
    frames: list[dict[str, Any]] = []
    async for message in ws:
        frames.append(json.loads(message))
        if until is not None and len(_events(frames)) >= until:
            break
    return frames


def _events(frames: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in frames if "seq" in f]


async def test_frames_carry_the_viewer_count_then_every_event_and_the_socket_closes_normally(
    client: httpx.AsyncClient
) -> None:
    created = await _start(client)
    async with connect(created["links"]["websocket"]) as ws:
        frames = await _frames(ws)
    assert ws.close_code == 1000
    assert frames[0] == {"type": "viewers", "count": 1}
    events = _events(frames)
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    assert events[0]["type"] == "debate.started" and events[-1]["type"] == "debate.completed"
    assert all(e["debate_id"] == created["id"] for e in events)


async def test_resume_sends_everything_after_the_given_id_again(client: httpx.AsyncClient) -> None:
    created = await _start(client, writer="openai")
    async with connect(created["links"]["websocket"]) as ws:
        first = _events(await _frames(ws, until=6))
        await ws.send(json.dumps({"type": "resume", "after": 2}))
        frames = await _frames(ws)
    marker = frames.index({"type": "resumed", "after": 2})
    in_flight, rest = _events(frames[:marker]), _events(frames[marker:])
    assert [e["seq"] for e in first + in_flight] == list(range(1, 7 + len(in_flight)))
    assert rest[0]["seq"] == 3
    assert [e["seq"] for e in rest] == list(range(3, rest[-1]["seq"] + 1))
    assert rest[-1]["type"] == "debate.completed"


async def test_the_after_query_parameter_starts_mid_stream(client: httpx.AsyncClient) -> None:
    created = await _start(client)
    async with connect(created["links"]["websocket"] + "?after=10") as ws:
        events = _events(await _frames(ws))
    assert events[0]["seq"] == 11


async def test_cancel_with_the_control_token_stops_the_debate_for_every_viewer(client: httpx.AsyncClient) -> None:
    created = await _start(client, writer="openai")
    url = created["links"]["websocket"]
    owner = {"Authorization": f"Bearer {created['control_token']}"}
    async with connect(url, additional_headers=owner) as canceller, connect(url) as spectator:
        await _frames(canceller, until=2)
        await canceller.send(json.dumps({"type": "cancel"}))
        for ws in (canceller, spectator):
            last = _events(await _frames(ws))[-1]
            assert (last["type"], last["code"]) == ("error", "debate-cancelled")
    debate = (await client.get(f"/v1/debates/{created['id']}")).json()
    assert debate["status"] == "cancelled"


@pytest.mark.parametrize("message", ['{"type": "pause"}', "not json", '{"type": "resume", "after": -3}',
                                     '{"type": "cancel", "extra": 1}'])
async def test_an_invalid_command_gets_an_error_frame_and_the_stream_goes_on(
    client: httpx.AsyncClient, message: str
) -> None:
    created = await _start(client, writer="openai")
    async with connect(created["links"]["websocket"]) as ws:
        await _frames(ws, until=1)
        await ws.send(message)
        frames = await _frames(ws)
    errors = [f for f in frames if f["type"] == "error" and "problem" in f]
    assert len(errors) == 1
    assert errors[0]["code"] == "invalid-client-message"
    assert errors[0]["problem"]["status"] == 400
    assert _events(frames)[-1]["type"] == "debate.completed"


async def test_an_unknown_debate_gets_an_error_frame_and_close_code_4404(api_server: ServerThread) -> None:
    url = api_server.base_url.replace("http://", "ws://") + "/v1/debates/no-such-debate/ws"
    async with connect(url) as ws:
        frame = json.loads(await ws.recv())
        with pytest.raises(ConnectionClosed):
            await ws.recv()
    assert ws.close_code == 4404
    assert frame["code"] == "debate-not-found"
    assert frame["problem"]["type"] == "urn:arena:problem:debate-not-found"
