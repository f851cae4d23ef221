"""The OpenAI-compatible endpoint, driven by the official openai SDK."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import openai
import pytest
from openai import AsyncOpenAI

from api_servers import ServerThread

QUESTION = "Who's better, LeBron or Jordan?"


@pytest.fixture
async def sdk(api_server: ServerThread) -> AsyncIterator[AsyncOpenAI]:
    async with AsyncOpenAI(base_url=f"{api_server.base_url}/v1", api_key="unused", max_retries=0) as client:
        yield client


async def test_the_model_list_names_arena_debate(sdk: AsyncOpenAI) -> None:
    models = await sdk.models.list()
    assert [m.id for m in models.data] == ["arena-debate"]


async def test_a_completion_is_the_debate_text(sdk: AsyncOpenAI, client: httpx.AsyncClient) -> None:
    completion = await sdk.chat.completions.create(
        model="arena-debate", seed=3,
        messages=[{"role": "system", "content": "Be fair."}, {"role": "user", "content": "Hi"},
                  {"role": "assistant", "content": "Ask me a sports question."},
                  {"role": "user", "content": QUESTION}],
    )
    choice = completion.choices[0]
    assert (completion.object, completion.model, choice.finish_reason) == ("chat.completion", "arena-debate", "stop")
    assert choice.message.role == "assistant"
    debate_id = completion.id.removeprefix("chatcmpl-")
    debate = (await client.get(f"/v1/debates/{debate_id}")).json()
    assert (debate["question"], debate["seed"], debate["status"]) == (QUESTION, 3, "completed")
    assert choice.message.content == debate["text"]
    assert completion.usage is not None
    assert completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens
    assert completion.usage.completion_tokens > 0 and completion.usage.prompt_tokens > 0


async def test_a_streamed_completion_sends_the_same_text_in_chunks_then_usage(sdk: AsyncOpenAI) -> None:
    whole = await sdk.chat.completions.create(model="arena-debate", seed=5,
                                              messages=[{"role": "user", "content": QUESTION}])
    stream = await sdk.chat.completions.create(
        model="arena-debate", seed=5, stream=True, stream_options={"include_usage": True},
        messages=[{"role": "user", "content": [{"type": "text", "text": QUESTION}]}],
    )
    pieces: list[str] = []
    finish: list[str | None] = []
    usage = None
    chunks = 0
    async for chunk in stream:
        chunks += 1
        assert chunk.object == "chat.completion.chunk"
        if chunk.usage is not None:
            usage = chunk.usage
            assert chunk.choices == []
            continue
        pieces.append(chunk.choices[0].delta.content or "")
        finish.append(chunk.choices[0].finish_reason)
    assert chunks > 10
    assert "".join(pieces) == whole.choices[0].message.content
    assert finish[-1] == "stop" and set(finish[:-1]) == {None}
    assert usage is not None and whole.usage is not None
    assert usage.completion_tokens == whole.usage.completion_tokens


async def test_usage_is_left_out_of_a_stream_unless_asked(sdk: AsyncOpenAI) -> None:
    stream = await sdk.chat.completions.create(model="arena-debate", stream=True,
                                               messages=[{"role": "user", "content": QUESTION}])
    assert all([chunk.usage is None async for chunk in stream])


async def test_an_unknown_model_is_not_found(sdk: AsyncOpenAI) -> None:
    with pytest.raises(openai.NotFoundError) as raised:
        await sdk.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": QUESTION}])
    assert raised.value.code == "model-not-found"


async def test_an_ambiguous_question_asks_which_player(sdk: AsyncOpenAI) -> None:
    with pytest.raises(openai.UnprocessableEntityError) as raised:
        await sdk.chat.completions.create(model="arena-debate",
                                          messages=[{"role": "user", "content": "Who's better, Smith or Jones?"}])
    assert raised.value.code == "needs-clarification"
    assert isinstance(raised.value.body, dict) and raised.value.body["candidates"]


async def test_a_conversation_without_a_user_question_is_refused(sdk: AsyncOpenAI) -> None:
    with pytest.raises(openai.UnprocessableEntityError) as raised:
        await sdk.chat.completions.create(model="arena-debate",
                                          messages=[{"role": "system", "content": "You judge debates."}])
    assert raised.value.code == "no-question"


async def test_unknown_request_fields_are_refused(sdk: AsyncOpenAI) -> None:
    with pytest.raises(openai.UnprocessableEntityError) as raised:
        await sdk.chat.completions.create(model="arena-debate", messages=[{"role": "user", "content": QUESTION}],
                                          extra_body={"temperature_schedule": "warm"})
    assert raised.value.code == "invalid-request"
