"""The ``openai`` writer: any OpenAI-compatible chat server, streamed token by token through the SDK.

The SDK is imported on the first round written, not with this module: it takes most of a second to import,
and a debate with the template writer (the default) should not wait for a client it never uses.
The SDK retries nothing (``max_retries=0``): a slow or dead server must fall back to the template writer
within the first-token deadline, not after a retry storm. Library exceptions stop at this boundary:
before the first token they become ``WriterUnavailable``, after it ``WriterFailed``.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import httpx
from pydantic import SecretStr

from arena.llm.errors import WriterFailed, WriterNotConfigured, WriterUnavailable
from arena.llm.ports import RoundBrief
from arena.llm.prompting import STOP_SEQUENCES, build_prompt, max_tokens_for
from arena.llm.streams import next_by
from arena.llm.usage import TokenTally

if TYPE_CHECKING:
    from openai import AsyncOpenAI


@cache
def _library_errors() -> tuple[type[Exception], ...]:
    """What the SDK and the HTTP library under it raise while a stream is open: API errors, transport errors
    the SDK does not wrap once the body is being read, and malformed server-sent events."""
    import openai  # noqa: PLC0415 (see the module's docstring)

    return openai.OpenAIError, httpx.HTTPError, json.JSONDecodeError

# Servers that need no key (llama.cpp, vLLM, Ollama) still get one: the SDK refuses an empty key and would
# otherwise fall back to OPENAI_API_KEY, a secret Arena was not given.
_KEYLESS = "no-key"


@dataclass
class _Reply:
    chunks: int = 0
    reported: int | None = None  # the server's own token count, when it sends usage
    finish_reason: str | None = None

    @property
    def tokens(self) -> int:
        return self.reported if self.reported is not None else self.chunks


class OpenAIWriter:
    """Writes rounds with a chat model behind an OpenAI-compatible ``/v1/chat/completions`` endpoint.

    ``first_token_timeout`` (seconds) bounds the wait from the request to the first text token;
    ``request_timeout`` the whole request, from sending it to the last token. Raises ``WriterUnavailable``
    when the server cannot be reached, answers with an error, or sends no text in time, and
    ``WriterFailed`` when, after text has been yielded, the stream breaks off, runs out of time or is cut
    off by the round's token budget.

        writer = OpenAIWriter(base_url="http://127.0.0.1:8080/v1", model="smollm2")
        async for text in writer.stream_round(brief): ...
    """

    name = "openai"

    def __init__(
        self,
        *,
        base_url: str | None,
        model: str,
        api_key: SecretStr | None = None,
        first_token_timeout: float = 3.0,
        request_timeout: float = 30.0,
        temperature: float = 0.7,
    ) -> None:
        self._base_url = base_url
        self._model = model
        self._api_key = api_key or SecretStr("")
        self._first_token_timeout = first_token_timeout
        self._request_timeout = request_timeout
        self._temperature = temperature
        self._tally = TokenTally()

    def __repr__(self) -> str:
        return f"OpenAIWriter(base_url={self._base_url!r}, model={self._model!r})"

    def tokens_for(self, debate_id: str) -> int:
        """Tokens this writer produced for ``debate_id``: the server's usage figures, else chunks received."""
        return self._tally.tokens_for(debate_id)

    async def ping(self) -> None:
        """Raises ``WriterUnavailable`` unless the server lists its models. Any answer short of a server error
        means the server is there; writing a round handles the rest."""
        if not self._base_url:
            raise WriterNotConfigured("the openai writer has no server: ARENA_LLM_BASE_URL is not set")
        try:
            async with httpx.AsyncClient(timeout=self._request_timeout) as http:
                response = await http.get(self._base_url.rstrip("/") + "/models")
        except httpx.HTTPError as exc:
            raise WriterUnavailable(f"the LLM server at {self._base_url} cannot be reached: "
                                    f"{_describe(exc)}") from exc
        if response.status_code >= 500:
            raise WriterUnavailable(f"the LLM server at {self._base_url} answered HTTP {response.status_code}")

    async def stream_round(self, brief: RoundBrief) -> AsyncGenerator[str, None]:
        """Yield the round's text as the server streams it."""
        if not self._base_url:
            raise WriterNotConfigured("the openai writer needs a server: set ARENA_LLM_BASE_URL "
                                    "(e.g. http://127.0.0.1:8080/v1)")
        from openai import AsyncOpenAI  # noqa: PLC0415 (see the module's docstring)

        reply = _Reply()
        deadline = asyncio.get_running_loop().time() + self._request_timeout
        # A client per round: its connection pool then lives and dies on the caller's event loop, which
        # matters to a writer shared by CLI runs, tests and the server, each on its own loop.
        async with AsyncOpenAI(base_url=self._base_url, api_key=self._api_key.get_secret_value() or _KEYLESS,
                               max_retries=0, timeout=self._request_timeout) as client:
            pieces = self._pieces(client, brief, reply)
            try:
                yield await self._first_piece(pieces)
                while (piece := await self._next_piece(pieces, deadline)) is not None:
                    yield piece
            finally:
                await pieces.aclose()
                self._tally.add(brief.debate_id, reply.tokens)
        # A reply cut off by the token budget ends mid-sentence, perhaps mid-number: not a finished round.
        if reply.finish_reason == "length":
            raise WriterFailed(f"the model at {self._base_url} used its whole {max_tokens_for(brief)}-token "
                               "budget and was cut off mid-round")

    async def _first_piece(self, pieces: AsyncIterator[str]) -> str:
        where = f"the LLM server at {self._base_url}"
        try:
            async with asyncio.timeout(min(self._first_token_timeout, self._request_timeout)):
                return await anext(pieces)
        except TimeoutError as exc:
            raise WriterUnavailable(f"{where} sent no text within {self._first_token_timeout:g}s") from exc
        except StopAsyncIteration as exc:
            raise WriterUnavailable(f"{where} ended its answer without any text") from exc
        except _library_errors() as exc:
            raise WriterUnavailable(f"{where} is unavailable: {_describe(exc)}") from exc

    async def _next_piece(self, pieces: AsyncIterator[str], deadline: float) -> str | None:
        """The next piece, or ``None`` at the end; the whole request must end by ``deadline`` (loop time)."""
        where = f"the LLM server at {self._base_url}"
        try:
            return await next_by(pieces, deadline)
        except TimeoutError as exc:
            raise WriterFailed(f"{where} did not finish the round within {self._request_timeout:g}s") from exc
        except _library_errors() as exc:
            raise WriterFailed(f"{where} broke off mid-round: {_describe(exc)}") from exc

    async def _pieces(self, client: AsyncOpenAI, brief: RoundBrief,
                      reply: _Reply) -> AsyncGenerator[str, None]:
        from openai.types.chat import (  # noqa: PLC0415 (see the module's docstring)
            ChatCompletionSystemMessageParam,
            ChatCompletionUserMessageParam,
        )

        prompt = build_prompt(brief)
        stream = await client.chat.completions.create(
            model=self._model,
            messages=[ChatCompletionSystemMessageParam(role="system", content=prompt.system),
                      ChatCompletionUserMessageParam(role="user", content=prompt.user)],
            stream=True,
            stream_options={"include_usage": True},
            max_tokens=max_tokens_for(brief),
            stop=STOP_SEQUENCES,
            temperature=self._temperature,
            seed=brief.seed,
        )
        async with stream:
            async for chunk in stream:
                if chunk.usage is not None:
                    reply.reported = chunk.usage.completion_tokens
                if not chunk.choices:
                    continue
                reply.finish_reason = chunk.choices[0].finish_reason or reply.finish_reason
                if text := chunk.choices[0].delta.content:
                    reply.chunks += 1
                    yield text


def _describe(exc: BaseException) -> str:
    import openai  # noqa: PLC0415 (see the module's docstring)

    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}: {exc.message}"
    return str(exc) or type(exc).__name__
