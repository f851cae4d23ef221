"""Writers by name from settings: every name is always there, each says why when it cannot write."""

from __future__ import annotations

import asyncio
import json

import pytest
from chat_servers import never_answer, serve, server_error
from round_briefs import career_case_brief

from arena.llm.errors import WriterUnavailable
from arena.llm.registry import WRITER_NAMES, build_writers
from arena.settings import Settings


def test_every_writer_is_built_under_its_own_name() -> None:
    writers = build_writers(Settings(llm_base_url=None))
    assert set(writers) == set(WRITER_NAMES) == {"template", "openai", "llamacpp"}
    assert all(writer.name == name for name, writer in writers.items())


async def test_the_template_writer_needs_nothing_configured() -> None:
    writers = build_writers(Settings(llm_base_url=None))
    text = "".join([piece async for piece in writers["template"].stream_round(career_case_brief())])
    assert "30.1" in text


async def test_an_unconfigured_openai_writer_says_what_to_set() -> None:
    writers = build_writers(Settings(llm_base_url=None))
    with pytest.raises(WriterUnavailable, match="ARENA_LLM_BASE_URL"):
        [piece async for piece in writers["openai"].stream_round(career_case_brief())]


async def test_the_openai_writer_follows_the_configured_deadline() -> None:
    async with serve(never_answer) as server:
        writers = build_writers(Settings(llm_base_url=server.base_url, llm_first_token_timeout_seconds=0.2))
        with pytest.raises(WriterUnavailable, match=r"within 0\.2s"):
            async with asyncio.timeout(60):
                [piece async for piece in writers["openai"].stream_round(career_case_brief())]


async def test_the_openai_writer_sends_the_configured_model_and_key() -> None:
    async with serve(server_error) as server:
        writers = build_writers(Settings(llm_base_url=server.base_url, llm_model="smollm2-test",
                                         llm_api_key="sk-from-settings"))
        with pytest.raises(WriterUnavailable, match="HTTP 500"):
            [piece async for piece in writers["openai"].stream_round(career_case_brief())]
    assert server.requests[0]["authorization"] == "Bearer sk-from-settings"
    sent = json.loads(server.bodies[0])
    assert sent["model"] == "smollm2-test" and sent["stream"] is True
    assert sent["stop"] == ["\n\n"], "a round is one paragraph"
