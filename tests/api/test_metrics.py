"""``/metrics`` counts what a real debate does: its outcome by writer, the events sent, the streams open."""

from __future__ import annotations

import httpx
from httpx_sse import aconnect_sse
from prometheus_client.parser import text_string_to_metric_families

QUESTION = "Who's better, LeBron or Jordan?"


async def _samples(client: httpx.AsyncClient) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    text = (await client.get("/metrics")).text
    return {(s.name, frozenset(s.labels.items())): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def _value(samples: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


async def test_a_streamed_debate_is_counted(client: httpx.AsyncClient) -> None:
    before = await _samples(client)
    async with aconnect_sse(client, "POST", "/v1/debates/stream", json={"question": QUESTION}) as source:
        events = [sse async for sse in source.aiter_sse() if sse.id]  # log entries carry ids
    after = await _samples(client)
    assert events[-1].event == "debate.completed"
    completed = ("arena_debates_total", {"writer": "template", "outcome": "completed"})
    assert _value(after, completed[0], **completed[1]) == _value(before, completed[0], **completed[1]) + 1
    sent = _value(after, "arena_events_sent_total", transport="sse") - _value(
        before, "arena_events_sent_total", transport="sse")
    assert sent >= len(events)
    assert _value(after, "arena_open_streams", transport="sse") == 0
    latency = _value(after, "arena_http_request_duration_seconds_count", method="POST", route="/v1/debates/stream",
                     status="200")
    assert latency >= 1
