"""The OpenAI-compatible endpoint as OpenAI's own Python client meets it: every error in OpenAI's envelope,
``max_tokens`` honoured, ``usage`` matching the reply sent; and ``Location`` never taken from Host."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import openai
import pytest
from openai import AsyncOpenAI

from api_servers import MAX_BODY_BYTES, ServerThread, api_settings
from arena.api.app import create_app
from arena.api.problems import make_problem, problem_response
from arena.debate.transcript import count_tokens

QUESTION = "Who's better, LeBron or Jordan?"
ENVELOPE_KEYS = {"message", "type", "param", "code"}


@pytest.fixture
async def sdk(api_server: ServerThread) -> AsyncIterator[AsyncOpenAI]:
    async with AsyncOpenAI(base_url=f"{api_server.base_url}/v1", api_key="unused", max_retries=0) as client:
        yield client


def _envelope(response: httpx.Response) -> dict[str, object]:
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) >= ENVELOPE_KEYS
    error: dict[str, object] = body["error"]
    return error


async def test_a_validation_error_is_in_openais_envelope(sdk: AsyncOpenAI) -> None:
    with pytest.raises(openai.UnprocessableEntityError) as raised:
        await sdk.chat.completions.create(model="arena-debate", messages=[{"role": "user", "content": QUESTION}],
                                          max_tokens=0)
    error = raised.value
    assert (error.code, error.type, error.param) == ("invalid-request", "invalid_request_error", "max_tokens")
    _envelope(error.response)


async def test_not_found_and_unknown_parameters_are_in_openais_envelope(sdk: AsyncOpenAI,
                                                                       client: httpx.AsyncClient) -> None:
    with pytest.raises(openai.NotFoundError) as raised:
        await sdk.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": QUESTION}])
    assert raised.value.code == "model-not-found" and raised.value.type == "invalid_request_error"
    assert (await sdk.models.retrieve("arena-debate")).id == "arena-debate"
    with pytest.raises(openai.NotFoundError):
        await sdk.models.retrieve("gpt-4o")
    unknown_query = await client.get("/v1/models", params={"limit": "3"})
    assert unknown_query.status_code == 422 and _envelope(unknown_query)["code"] == "invalid-request"
    wrong_method = await client.delete("/v1/chat/completions")
    assert wrong_method.status_code == 405 and _envelope(wrong_method)["code"] == "method-not-allowed"
    too_large = await client.post("/v1/chat/completions", content=b"{" + b" " * MAX_BODY_BYTES + b"}",
                                  headers={"content-type": "application/json"})
    assert too_large.status_code == 413 and _envelope(too_large)["code"] == "content-too-large"
    surrogate = await client.post("/v1/chat/completions", content=b'{"model": "arena-debate", "messages": '
                                  b'[{"role": "user", "content": "\\ud800"}]}',
                                  headers={"content-type": "application/json"})
    assert surrogate.status_code == 422 and _envelope(surrogate)["param"] == "messages.0.content"
    # Problems elsewhere stay RFC 9457.
    assert (await client.get("/v1/players/nba:nobody00")).headers["content-type"] == "application/problem+json"


def test_a_503_on_the_chat_route_is_in_openais_envelope_with_retry_after() -> None:
    problem = make_problem(503, "store-unavailable", "the stat store is unavailable",
                           instance="/v1/chat/completions", retry_after=5.0)
    response = problem_response(problem)
    assert response.status_code == 503 and response.headers["Retry-After"] == "5"
    assert response.body == (b'{"error":{"message":"the stat store is unavailable","type":"server_error",'
                             b'"param":null,"code":"store-unavailable","retry_after":5.0}}')


async def test_max_tokens_cuts_the_reply_and_usage_counts_what_was_sent(sdk: AsyncOpenAI) -> None:
    cut = await sdk.chat.completions.create(model="arena-debate", seed=4, max_tokens=12,
                                            messages=[{"role": "user", "content": QUESTION}])
    [choice] = cut.choices
    assert choice.finish_reason == "length" and choice.message.content
    assert count_tokens(choice.message.content) == 12
    assert cut.usage is not None and cut.usage.completion_tokens == 12
    whole = await sdk.chat.completions.create(model="arena-debate", seed=4,
                                              messages=[{"role": "user", "content": QUESTION}])
    assert whole.choices[0].finish_reason == "stop" and whole.choices[0].message.content
    assert whole.choices[0].message.content.startswith(choice.message.content)
    assert whole.usage is not None
    assert whole.usage.completion_tokens == count_tokens(whole.choices[0].message.content)
    assert whole.usage.prompt_tokens == count_tokens(QUESTION)


async def test_a_streamed_reply_stops_at_max_tokens(sdk: AsyncOpenAI) -> None:
    stream = await sdk.chat.completions.create(
        model="arena-debate", seed=4, max_completion_tokens=9, stream=True,
        stream_options={"include_usage": True}, messages=[{"role": "user", "content": QUESTION}])
    pieces: list[str] = []
    finish: list[str | None] = []
    usage = None
    async for chunk in stream:
        if chunk.usage is not None:
            usage = chunk.usage
            continue
        pieces.append(chunk.choices[0].delta.content or "")
        finish.append(chunk.choices[0].finish_reason)
    assert finish[-1] == "length" and set(finish[:-1]) == {None}
    assert count_tokens("".join(pieces)) == 9
    assert usage is not None and usage.completion_tokens == 9


def test_location_ignores_the_host_header(api_server: ServerThread) -> None:
    created = httpx.post(f"{api_server.base_url}/v1/debates", json={"question": QUESTION},
                         headers={"Host": "evil.example"}, timeout=30)
    assert created.status_code == 201
    assert created.headers["Location"] == f"{api_server.base_url}/v1/debates/{created.json()['id']}"
    assert "evil.example" not in created.text


@pytest.fixture(scope="module")
def public_server(nba_postgres_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    data_dir: Path = tmp_path_factory.mktemp("public")
    settings = api_settings(nba_postgres_url, data_dir, "http://127.0.0.1:9/v1",
                            public_base_url="https://arena.example.com/base")
    server = ServerThread(create_app(settings=settings)).start()
    yield server
    server.stop()


def test_location_and_links_come_from_the_public_base_url(public_server: ServerThread) -> None:
    created = httpx.post(f"{public_server.base_url}/v1/debates", json={"question": QUESTION},
                         headers={"Host": "evil.example", "X-Forwarded-Host": "evil.example"}, timeout=30)
    debate_id = created.json()["id"]
    assert created.headers["Location"] == f"https://arena.example.com/base/v1/debates/{debate_id}"
    assert created.json()["links"] == {
        "self": f"https://arena.example.com/base/v1/debates/{debate_id}",
        "events": f"https://arena.example.com/base/v1/debates/{debate_id}/events",
        "websocket": f"wss://arena.example.com/base/v1/debates/{debate_id}/ws",
    }
