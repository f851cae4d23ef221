"""Debates over Server-Sent Events against a real server: ids, resume, spectators, heartbeats, cancellation."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from httpx_sse import ServerSentEvent, aconnect_sse

from api_servers import GRACE_SECONDS, HEARTBEAT_SECONDS
from arena.api.deps import ApiState
from arena.debate.model import DebateRequest, DebateResult

QUESTION = "Who's better, LeBron or Jordan?"


async def _start(client: httpx.AsyncClient, **body: Any) -> str:
    response = await client.post("/v1/debates", json={"question": QUESTION, **body})
    assert response.status_code == 201, response.text
    debate_id: str = response.json()["id"]
    return debate_id


async def _read(client: httpx.AsyncClient, url: str, *, headers: dict[str, str] | None = None,
                method: str = "GET", body: dict[str, Any] | None = None,
                stop_after: int | None = None) -> list[ServerSentEvent]:
    """Every SSE event until the stream ends (or ``stop_after`` debate events, then hang up)."""
    events: list[ServerSentEvent] = []
    async with aconnect_sse(client, method, url, headers=headers or {}, json=body) as source:
        assert source.response.status_code == 200
        async for sse in source.aiter_sse():
            events.append(sse)
            if stop_after is not None and len(_debate_events(events)) == stop_after:
                break
    return events


def _debate_events(events: list[ServerSentEvent]) -> list[ServerSentEvent]:
    # httpx-sse hands out an empty "message" for each heartbeat comment once an id has been seen (the
    # WHATWG parser dispatches nothing for a block without data); those are not events.
    return [e for e in events if e.event != "viewers" and e.data]


def _ids(events: list[ServerSentEvent]) -> list[int]:
    return [int(e.id) for e in _debate_events(events)]


async def test_a_debate_streams_every_event_once_with_ids_and_ends_completed(client: httpx.AsyncClient) -> None:
    debate_id = await _start(client)
    async with aconnect_sse(client, "GET", f"/v1/debates/{debate_id}/events") as source:
        assert source.response.headers["x-accel-buffering"] == "no"
        assert source.response.headers["cache-control"] == "no-cache"
        events = [sse async for sse in source.aiter_sse()]
    assert events[0].event == "viewers" and json.loads(events[0].data) == {"type": "viewers", "count": 1}
    debate = _debate_events(events)
    assert _ids(events) == list(range(1, len(debate) + 1))
    assert debate[0].event == "debate.started" and debate[-1].event == "debate.completed"
    for sse in debate:
        payload = json.loads(sse.data)
        assert (payload["seq"], payload["type"], payload["debate_id"]) == (int(sse.id), sse.event, debate_id)


@pytest.mark.parametrize("how", ["header", "query"])
async def test_resuming_after_a_drop_gets_exactly_the_missed_events(client: httpx.AsyncClient, how: str) -> None:
    debate_id = await _start(client, writer="openai")
    url = f"/v1/debates/{debate_id}/events"
    first = await _read(client, url, stop_after=7)
    last_seen = _ids(first)[-1]
    if how == "header":
        rest = await _read(client, url, headers={"Last-Event-ID": str(last_seen)})
    else:
        rest = await _read(client, f"{url}?after={last_seen}")
    whole = await _read(client, url)
    assert _ids(first) + _ids(rest) == _ids(whole)
    assert [e.data for e in _debate_events(first) + _debate_events(rest)] == [e.data for e in _debate_events(whole)]


async def test_the_header_wins_over_the_query_parameter(client: httpx.AsyncClient) -> None:
    debate_id = await _start(client)
    events = await _read(client, f"/v1/debates/{debate_id}/events?after=2", headers={"Last-Event-ID": "5"})
    assert _ids(events)[0] == 6


async def test_create_and_stream_in_one_request(client: httpx.AsyncClient) -> None:
    async with aconnect_sse(client, "POST", "/v1/debates/stream", json={"question": QUESTION}) as source:
        location = source.response.headers["location"]
        events = [sse async for sse in source.aiter_sse()]
    debate = _debate_events(events)
    assert debate[-1].event == "debate.completed"
    assert location.endswith(f"/v1/debates/{json.loads(debate[0].data)['debate_id']}")
    assert (await client.get(location)).json()["status"] == "completed"


async def test_asked_for_the_result_the_stream_ends_with_the_finished_debate(client: httpx.AsyncClient) -> None:
    plain = await _read(client, "/v1/debates/stream", method="POST", body={"question": QUESTION, "seed": 7})
    assert "result" not in {e.event for e in plain}
    events = await _read(client, "/v1/debates/stream?result=true", method="POST",
                         body={"question": QUESTION, "seed": 7})
    debate = _debate_events(events)
    assert [e.event for e in debate[-2:]] == ["debate.completed", "result"]
    result = DebateResult.model_validate_json(debate[-1].data)
    assert result.id == json.loads(debate[0].data)["debate_id"] and result.facts and result.rounds
    # The result is the debate the stream showed: its text is the one the permalink reads back.
    assert result.text == (await client.get(f"/v1/debates/{result.id}")).json()["text"]


async def test_reading_a_debate_back_gives_the_engine_s_text_and_verdict(
    client: httpx.AsyncClient, api_state: ApiState
) -> None:
    debate_id = await _start(client, seed=7)
    await _read(client, f"/v1/debates/{debate_id}/events")
    debate = (await client.get(f"/v1/debates/{debate_id}")).json()
    assert debate["status"] == "completed" and debate["error"] is None
    assert (debate["question"], debate["writer"], debate["seed"]) == (QUESTION, "template", 7)
    # The same request run straight through the engine says the same thing.
    result = await api_state.services.debates.run(DebateRequest(question=QUESTION, seed=7))
    assert debate["text"] == result.text
    assert debate["verdict"]["winner"] == result.verdict.winner
    assert debate["stat_cards"] and debate["stat_cards"][0]["title"]
    assert debate["links"]["events"].endswith(f"/v1/debates/{debate_id}/events")


async def test_spectators_see_the_live_viewer_count(client: httpx.AsyncClient) -> None:
    debate_id = await _start(client, writer="openai")
    url = f"/v1/debates/{debate_id}/events"
    counts: list[list[int]] = [[], [], []]

    async def watch(index: int) -> None:
        async with aconnect_sse(client, "GET", url) as source:
            async for sse in source.aiter_sse():
                if sse.event == "viewers":
                    counts[index].append(json.loads(sse.data)["count"])

    watchers = []
    for index in range(3):
        watchers.append(asyncio.create_task(watch(index)))
        await asyncio.sleep(0.2)
    await asyncio.wait_for(asyncio.gather(*watchers), 60)
    assert all(3 in seen for seen in counts), counts
    assert counts[0][0] == 1


async def test_an_idle_stream_carries_heartbeat_comments(client: httpx.AsyncClient) -> None:
    debate_id = await _start(client, writer="openai")
    heartbeats = 0
    async with client.stream("GET", f"/v1/debates/{debate_id}/events") as response:
        async for line in response.aiter_lines():
            heartbeats += line == ": heartbeat"
            if heartbeats == 2:
                break
    assert heartbeats == 2, f"no heartbeat every {HEARTBEAT_SECONDS} s during the writer's pauses"


async def test_when_the_last_client_leaves_the_debate_is_cancelled_after_the_grace_period(
    client: httpx.AsyncClient, api_state: ApiState
) -> None:
    debate_id = await _start(client, writer="openai")
    before = await _read(client, f"/v1/debates/{debate_id}/events", stop_after=3)
    assert _ids(before) == [1, 2, 3]
    debate: dict[str, Any] = {}
    for _ in range(int(GRACE_SECONDS * 40)):
        await asyncio.sleep(0.1)
        debate = (await client.get(f"/v1/debates/{debate_id}")).json()
        if debate["status"] != "running":
            break
    assert debate["status"] == "cancelled"
    assert debate["error"]["code"] == "debate-abandoned"
    assert debate["viewers"] == 0
    # The producer is gone, and its stream ends with the error for anyone who comes back.
    assert await _drained(api_state)
    rest = await _read(client, f"/v1/debates/{debate_id}/events", headers={"Last-Event-ID": "3"})
    assert _debate_events(rest)[-1].event == "error"


async def _drained(state: ApiState) -> bool:
    for _ in range(50):
        if state.debates.running == 0:
            return True
        await asyncio.sleep(0.05)
    return False


@pytest.mark.parametrize(("headers", "path", "status", "code"), [
    ({}, "/v1/debates/no-such-debate/events", 404, "debate-not-found"),
    ({"Last-Event-ID": "seven"}, "/v1/debates/x/events", 400, "invalid-event-id"),
    ({}, "/v1/debates/x/events?after=-1", 422, "invalid-request"),
    ({}, "/v1/debates/not%20an%20id/events", 422, "invalid-request"),
    ({}, "/v1/debates/no-such-debate", 404, "debate-not-found"),
])
async def test_stream_errors_are_problems(client: httpx.AsyncClient, headers: dict[str, str], path: str,
                                          status: int, code: str) -> None:
    response = await client.get(path, headers=headers)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert (problem["status"], problem["code"], problem["type"]) == (status, code, f"urn:arena:problem:{code}")
    assert problem["detail"]



async def test_plain_requests_and_routed_ones_get_the_same_stream(client: httpx.AsyncClient) -> None:
    # A plain request is served before FastAPI's middleware (arena.api.direct_events); one with a query the
    # direct path does not take (a trailing separator) goes through FastAPI's route. Clients see no difference.
    debate_id = await _start(client)
    url = f"/v1/debates/{debate_id}/events"
    responses = {}
    for how, query in (("direct", ""), ("routed", "?after=0&")):
        async with aconnect_sse(client, "GET", url + query, headers={"X-Request-ID": f"req-{how}"}) as source:
            events = [sse async for sse in source.aiter_sse()]
            responses[how] = (source.response.headers, events)
    direct, routed = responses["direct"], responses["routed"]
    assert [(e.id, e.event, e.data) for e in _debate_events(direct[1])] == [
        (e.id, e.event, e.data) for e in _debate_events(routed[1])]
    for headers, how in ((direct[0], "direct"), (routed[0], "routed")):
        assert headers["content-type"].startswith("text/event-stream")
        assert (headers["cache-control"], headers["x-accel-buffering"]) == ("no-cache", "no")
        assert headers["x-request-id"] == f"req-{how}"
    metrics = (await client.get("/metrics")).text
    served = [line for line in metrics.splitlines() if line.startswith("arena_http_request_duration_seconds_count")
              and 'route="/v1/debates/{debate_id}/events"' in line and 'status="200"' in line]
    assert served and float(served[0].rsplit(" ", 1)[1]) >= 2


async def test_plain_creates_and_routed_ones_get_the_same_answer(client: httpx.AsyncClient) -> None:
    # A plain create (JSON body, no query, accounts off) is served before FastAPI's middleware
    # (arena.api.direct_create); one whose content type carries a charset goes through FastAPI's route.
    answers = {}
    for how, content_type in (("direct", "application/json"), ("routed", "application/json; charset=utf-8")):
        response = await client.post("/v1/debates", content=json.dumps({"question": QUESTION, "seed": 3}),
                                     headers={"Content-Type": content_type, "X-Request-ID": f"create-{how}"})
        assert response.status_code == 201, response.text
        answers[how] = response
    shapes = set()
    for how, response in answers.items():
        created = response.json()
        debate_id, token = created["id"], created["control_token"]
        assert response.headers["x-request-id"] == f"create-{how}"
        assert (response.headers["location"], response.headers["arena-control-token"]) == (
            created["links"]["self"], token)
        body = response.text.replace(debate_id, "ID").replace(token, "TOKEN")
        shapes.add((body, tuple(name for name, _ in response.headers.multi_items() if name != "date"),
                    response.headers["content-type"], response.headers["cache-control"]))
        assert [e.event for e in _debate_events(await _read(client, f"/v1/debates/{debate_id}/events"))][-1] == (
            "debate.completed")
    assert len(shapes) == 1
    metrics = (await client.get("/metrics")).text
    served = [line for line in metrics.splitlines() if line.startswith("arena_http_request_duration_seconds_count")
              and 'route="/v1/debates"' in line and 'status="201"' in line]
    assert served and float(served[0].rsplit(" ", 1)[1]) >= 2


@pytest.mark.parametrize(("body", "headers", "status", "code"), [
    (b'{"question": ""}', {}, 422, "invalid-request"),
    (b'{"question": "Jordan or LeBron?", "colour": "red"}', {}, 422, "invalid-request"),
    (b'{"question": ', {}, 422, "invalid-request"),
    (b'{"question": "Jordan or LeBron?"}', {"Idempotency-Key": ""}, 422, "invalid-request"),
    (json.dumps({"question": "x" * 100_000}).encode(), {}, 413, "content-too-large"),
])
async def test_creates_the_direct_path_does_not_take_still_get_the_route_s_problem(
        client: httpx.AsyncClient, body: bytes, headers: dict[str, str], status: int, code: str) -> None:
    response = await client.post("/v1/debates", content=body, headers={"Content-Type": "application/json", **headers})
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert (problem["status"], problem["code"], problem["instance"]) == (status, code, "/v1/debates")


@pytest.mark.parametrize("question", ["Who is the best of all time?", "x" * 600])
async def test_a_refused_question_is_the_same_problem_direct_or_routed(client: httpx.AsyncClient,
                                                                         question: str) -> None:
    problems = []
    for content_type in ("application/json", "application/json; charset=utf-8"):
        response = await client.post("/v1/debates", content=json.dumps({"question": question}),
                                     headers={"Content-Type": content_type})
        assert response.headers["content-type"] == "application/problem+json"
        problems.append((response.status_code, response.json()))
    assert problems[0] == problems[1] and problems[0][0] >= 400
