"""The LLM writer behind its bulkhead and breaker, against a real local OpenAI-compatible server: no more
rounds at once than the bulkhead allows, a hanging server opens the breaker after the minimum calls and
later debates fall back at once without calling it, and /metrics counts debates, tokens, fact-check
rejections and fallbacks."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from httpx_sse import aconnect_sse
from prometheus_client.parser import text_string_to_metric_families

from api_servers import ServerThread, SlowChatServer, api_settings
from arena.api.app import create_app

QUESTION = "Who's better, LeBron or Jordan?"
SLOTS = 2


class CountingChatServer(SlowChatServer):
    """The slow server, counting the replies it is writing at once."""

    def __init__(self, delay: float) -> None:
        super().__init__(delay)
        self.writing = 0
        self.most_writing = 0

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.writing += 1
        self.most_writing = max(self.most_writing, self.writing)
        try:
            await super()._handle(reader, writer)
        finally:
            self.writing -= 1


@pytest.fixture(scope="module")
def llm() -> Iterator[CountingChatServer]:
    server = CountingChatServer(delay=0.05).start()
    yield server
    server.gate.set()
    server.stop()


@pytest.fixture(scope="module")
def server(llm: CountingChatServer, loaded_sqlite_url: str,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    # The first-token deadline is 5x what a reply's first word takes on a loaded machine: shorter, a slow
    # machine's late first token counts as the server hanging and opens the breaker for the module's other tests.
    settings = api_settings(loaded_sqlite_url, tmp_path_factory.mktemp("llm-guard-data"), llm.base_url,
                            llm_first_token_timeout_seconds=5.0, llm_max_concurrent=SLOTS, breaker_minimum_calls=2,
                            breaker_failure_rate=100.0, breaker_window_size=2, breaker_wait_seconds=300.0,
                            # two slow reads (building the name index at start-up, on loaded cores) opened the
                            # database's breaker; slowness is not what this module is about
                            breaker_slow_call_seconds=60.0)
    thread = ServerThread(create_app(settings=settings)).start()
    yield thread
    thread.stop()


@pytest.fixture
async def client(server: ServerThread) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server.base_url, timeout=120) as http:
        yield http


async def _debate(client: httpx.AsyncClient) -> list[tuple[str, dict[str, Any]]]:
    async with aconnect_sse(client, "POST", "/v1/debates/stream",
                            json={"question": QUESTION, "writer": "openai"}) as source:
        return [(sse.event, json.loads(sse.data)) async for sse in source.aiter_sse()
                if sse.data and sse.event != "viewers"]


async def _metric(client: httpx.AsyncClient, name: str, **labels: str) -> float:
    text = (await client.get("/metrics")).text
    return sum(s.value for family in text_string_to_metric_families(text) for s in family.samples
               if s.name == name and all(s.labels.get(k) == v for k, v in labels.items()))


async def test_the_bulkhead_caps_concurrent_llm_calls_and_debates_are_counted(
        client: httpx.AsyncClient, llm: CountingChatServer) -> None:
    completed = await _metric(client, "arena_debates_total", writer="openai", outcome="completed")
    debates = await asyncio.gather(*(_debate(client) for _ in range(2 * SLOTS)))
    assert all(events[-1][0] == "debate.completed" for events in debates)
    assert llm.most_writing == SLOTS  # the limit was reached and never passed
    busy = [data for events in debates for event, data in events
            if event == "writer.fallback" and data["code"] == "writer-busy"]
    assert all(data["rest_of_debate"] for data in busy)
    assert await _metric(client, "arena_debates_total", writer="openai", outcome="completed") == completed + 2 * SLOTS
    assert await _metric(client, "arena_llm_tokens_total", writer="openai") > 0
    assert await _metric(client, "arena_fallbacks_total", dependency="llm", fallback="writer-busy") == len(busy)


async def test_a_round_with_made_up_numbers_is_counted_as_rejected(client: httpx.AsyncClient,
                                                                   llm: CountingChatServer) -> None:
    before = await _metric(client, "arena_fact_check_rejections_total", writer="openai")
    llm.WORDS = ("Jordan ", "scored ", "98,765 ", "points. ")
    try:
        events = await _debate(client)
    finally:
        del llm.WORDS
    rejected = [data for event, data in events if event == "fact_check" and not data["passed"]]
    assert rejected
    assert await _metric(client, "arena_fact_check_rejections_total", writer="openai") == before + len(rejected)
    assert await _metric(client, "arena_fallbacks_total", dependency="llm", fallback="fact-check") >= len(rejected)


async def test_a_hanging_server_opens_the_breaker_and_later_debates_fall_back_at_once(
        client: httpx.AsyncClient, llm: CountingChatServer) -> None:
    llm.gate.clear()  # replies are held: the server hangs after the headers
    try:
        for _ in range(2):  # the breaker's minimum calls, each timing out at the first-token deadline
            events = await _debate(client)
            [fallback] = [data for event, data in events if event == "writer.fallback"]
            assert fallback["code"] == "writer-unavailable" and fallback["rest_of_debate"]
        asked = llm.requests
        events = await _debate(client)
        assert events[-1][0] == "debate.completed"
        [fallback] = [data for event, data in events if event == "writer.fallback"]
        assert fallback["code"] == "circuit-open" and fallback["rest_of_debate"]
        assert llm.requests == asked  # not called at all
    finally:
        llm.gate.set()
    assert await _metric(client, "arena_breaker_transitions_total", breaker="llm", from_state="closed",
                         to_state="open") == 1
    assert await _metric(client, "arena_fallbacks_total", dependency="llm", fallback="circuit-open") == 1
    assert await _metric(client, "arena_dependency_calls_total", breaker="llm", outcome="rejected") >= 1
    assert (await client.get("/healthz")).json()["dependencies"]["llm"]["breaker"] == "open"
