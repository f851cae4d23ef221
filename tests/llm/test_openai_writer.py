"""The openai writer against real local servers: llama.cpp's OpenAI-compatible server, and small servers
that hang, fail or die mid-stream, each turned into the writer error the engine's fallbacks rely on."""

from __future__ import annotations

import asyncio

import pytest
from chat_servers import (
    cut_off_after,
    dies_after,
    headers_then_silence,
    never_answer,
    serve,
    server_error,
    text_then_silence,
)
from pydantic import SecretStr
from round_briefs import GUARD_SECONDS, career_case_brief, read_round

from arena.llm.adapters.openai_writer import OpenAIWriter
from arena.llm.errors import WriterFailed, WriterUnavailable
from arena.llm.ports import RoundBrief, Writer
from arena.llm.usage import CountsTokens


async def collect(writer: Writer, brief: RoundBrief) -> list[str]:
    async with asyncio.timeout(GUARD_SECONDS):
        return [piece async for piece in writer.stream_round(brief)]


# The real server writes on the machine's CPU: with the tests sharing two cores, one round took over the
# writer's default 30 s. Its deadlines are not what these tests check (the fake servers below do), so they
# are set far out, below the guard on a hung test.
REAL_SERVER_TIMEOUTS = {"first_token_timeout": 60.0, "request_timeout": GUARD_SECONDS / 2}


@pytest.mark.llm_server
async def test_streams_a_round_from_a_real_llama_cpp_server(llama_server_url: str) -> None:
    writer = OpenAIWriter(base_url=llama_server_url, model="smollm2", **REAL_SERVER_TIMEOUTS)
    brief = career_case_brief()

    written = await read_round(writer, brief)

    assert len(written.pieces) > 1, "the reply should arrive as a stream of tokens, not one block"
    assert any(ch.isalpha() for ch in written.text)
    assert isinstance(writer, CountsTokens)
    assert writer.tokens_for(brief.debate_id) >= len(written.pieces)
    assert writer.tokens_for("another-debate") == 0


@pytest.mark.llm_server
async def test_token_counts_add_up_per_debate(llama_server_url: str) -> None:
    writer = OpenAIWriter(base_url=llama_server_url, model="smollm2", **REAL_SERVER_TIMEOUTS)
    brief = career_case_brief(max_words=20)

    await read_round(writer, brief)
    after_one = writer.tokens_for(brief.debate_id)
    await read_round(writer, brief.model_copy(update={"round": "rebuttal"}))

    assert 0 < after_one < writer.tokens_for(brief.debate_id)


async def test_a_server_that_never_answers_hits_the_first_token_deadline() -> None:
    async with serve(never_answer) as server:
        writer = OpenAIWriter(base_url=server.base_url, model="m", first_token_timeout=0.3,
                              request_timeout=GUARD_SECONDS)
        with pytest.raises(WriterUnavailable, match=r"sent no text within 0\.3s"):
            await collect(writer, career_case_brief())


async def test_a_stream_that_starts_but_sends_no_text_hits_the_first_token_deadline() -> None:
    async with serve(headers_then_silence) as server:
        writer = OpenAIWriter(base_url=server.base_url, model="m", first_token_timeout=0.3,
                              request_timeout=GUARD_SECONDS)
        with pytest.raises(WriterUnavailable, match="sent no text"):
            await collect(writer, career_case_brief())


async def test_a_closed_port_is_unavailable(closed_port: int) -> None:
    writer = OpenAIWriter(base_url=f"http://127.0.0.1:{closed_port}/v1", model="m")
    with pytest.raises(WriterUnavailable, match="is unavailable"):
        await collect(writer, career_case_brief())


async def test_an_http_error_before_the_first_token_is_unavailable_and_not_retried() -> None:
    async with serve(server_error) as server:
        writer = OpenAIWriter(base_url=server.base_url, model="m")
        with pytest.raises(WriterUnavailable, match="HTTP 500"):
            await collect(writer, career_case_brief())
        assert len(server.requests) == 1, "the SDK must not retry"


async def test_a_server_dying_mid_stream_fails_after_the_text_it_sent() -> None:
    received: list[str] = []
    brief = career_case_brief()
    async with serve(dies_after(["Jordan ", "scored ", "30.1"])) as server:
        writer = OpenAIWriter(base_url=server.base_url, model="m", request_timeout=GUARD_SECONDS)
        with pytest.raises(WriterFailed, match="broke off mid-round"):
            async with asyncio.timeout(GUARD_SECONDS):
                async for piece in writer.stream_round(brief):
                    received.append(piece)

    assert received == ["Jordan ", "scored ", "30.1"]
    assert writer.tokens_for(brief.debate_id) == 3


async def test_a_stream_that_stalls_after_starting_fails_at_the_request_deadline() -> None:
    received: list[str] = []
    async with serve(text_then_silence) as server:
        writer = OpenAIWriter(base_url=server.base_url, model="m", first_token_timeout=GUARD_SECONDS,
                              request_timeout=0.5)
        with pytest.raises(WriterFailed, match=r"did not finish the round within 0\.5s"):
            async with asyncio.timeout(GUARD_SECONDS):
                async for piece in writer.stream_round(career_case_brief()):
                    received.append(piece)

    assert received == ["Jordan"]


async def test_a_reply_cut_off_by_the_token_budget_fails_after_its_text() -> None:
    received: list[str] = []
    async with serve(cut_off_after(["Jordan ", "scored"])) as server:
        writer = OpenAIWriter(base_url=server.base_url, model="m")
        with pytest.raises(WriterFailed, match="budget and was cut off mid-round"):
            async with asyncio.timeout(GUARD_SECONDS):
                async for piece in writer.stream_round(career_case_brief()):
                    received.append(piece)
    assert received == ["Jordan ", "scored"]


async def test_the_api_key_is_sent_as_a_bearer_token_and_never_shown() -> None:
    key = "sk-arena-test-secret"
    async with serve(server_error) as server:
        writer = OpenAIWriter(base_url=server.base_url, model="m", api_key=SecretStr(key))
        with pytest.raises(WriterUnavailable) as raised:
            await collect(writer, career_case_brief())

    assert server.requests[0]["authorization"] == f"Bearer {key}"
    assert key not in str(raised.value)
    assert key not in repr(writer)


async def test_without_a_base_url_the_writer_says_what_to_set() -> None:
    writer = OpenAIWriter(base_url=None, model="m")
    with pytest.raises(WriterUnavailable, match="ARENA_LLM_BASE_URL"):
        await collect(writer, career_case_brief())
