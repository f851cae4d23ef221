"""An OpenAI-compatible chat endpoint: the last user message is the question, the debate is the reply."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import AsyncGenerator
from typing import Any

from fastapi import APIRouter, Depends, Response
from fastapi.responses import JSONResponse

from arena.api.deps import DebatesDep
from arena.api.errors import ModelNotFound, NoQuestion
from arena.api.event_stream import EventStreamResponse
from arena.api.gateway import admits_debate
from arena.api.problems import make_problem, problem_from_error, problem_response, problem_responses, status_for_code
from arena.api.schemas.chat import (
    MODEL_ID,
    AssistantMessage,
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionCreate,
    Choice,
    ChunkChoice,
    Delta,
    ModelCard,
    ModelList,
    Usage,
)
from arena.api.schemas.sse import EVENT_STREAM_CONTENT
from arena.debate import DebateService
from arena.debate.events import DebateCompleted, DebateEvent, DebateFailed, parse_event
from arena.debate.transcript import Transcript, count_tokens
from arena.errors import ArenaError
from arena.streaming import LogEntry
from arena.streaming.sse import HEADERS

router = APIRouter(tags=["openai"])

# When Arena's model "was created", for /v1/models: the first release.
_MODEL_CREATED = 1_764_288_000


@router.get("/models")
def list_models() -> ModelList:
    """The one model this server serves."""
    return ModelList(data=[ModelCard(id=MODEL_ID, created=_MODEL_CREATED, owned_by="arena")])


@router.post(
    "/chat/completions",
    dependencies=[Depends(admits_debate("chat"))],  # with accounts on: scope, one API call, one debate
    response_model=ChatCompletion,
    responses={
        200: {"description": "A `chat.completion`, or with `stream: true` a stream of `chat.completion.chunk`s "
              "ending with `data: [DONE]`.",
              "content": EVENT_STREAM_CONTENT},
        **problem_responses(400, 404, 413, 422, 502, 503),
    },
)
async def create_chat_completion(body: ChatCompletionCreate, debates: DebatesDep) -> Response:
    """Debate the last user message; the reply is the debate's text."""
    if body.model != MODEL_ID:
        raise ModelNotFound(body.model, MODEL_ID)
    question = next((m.text.strip() for m in reversed(body.messages) if m.role == "user"), "")
    if not question:
        raise NoQuestion("the messages hold no user message with text to debate")
    started = debates.request(question, seed=body.seed or 0)
    await debates.start(started)
    reply = _Reply(f"chatcmpl-{started.debate_id}", prompt_tokens=count_tokens(question))
    events = _events(debates, started.debate_id)
    if body.stream:
        include_usage = body.stream_options is not None and body.stream_options.include_usage
        return EventStreamResponse(reply.chunks(events, include_usage=include_usage), headers=HEADERS)
    return await reply.complete(events)


async def _events(debates: DebateService, debate_id: str) -> AsyncGenerator[DebateEvent, None]:
    """The debate's events, read as a viewer (which keeps it running while this client listens)."""
    async with contextlib.aclosing(await debates.watch(debate_id, after=0, transport="chat")) as items:
        async for batch in items:
            for item in batch:
                if isinstance(item, LogEntry):
                    yield parse_event(item.data)


class _Reply:
    def __init__(self, completion_id: str, *, prompt_tokens: int) -> None:
        self.id = completion_id
        self.created = int(time.time())
        self.prompt_tokens = prompt_tokens
        self.transcript = Transcript()

    def _usage(self, done: DebateCompleted) -> Usage:
        completion = done.tokens or count_tokens(self.transcript.text)
        return Usage(prompt_tokens=self.prompt_tokens, completion_tokens=completion,
                     total_tokens=self.prompt_tokens + completion)

    async def complete(self, events: AsyncGenerator[DebateEvent, None]) -> Response:
        async with contextlib.aclosing(events) as live:
            return await self._complete(live)

    async def _complete(self, events: AsyncGenerator[DebateEvent, None]) -> Response:
        async for event in events:
            self.transcript.add(event)
            if isinstance(event, DebateFailed):
                return problem_response(make_problem(status_for_code(event.code), event.code, event.message))
            if isinstance(event, DebateCompleted):
                completion = ChatCompletion(
                    id=self.id, created=self.created, model=MODEL_ID, usage=self._usage(event),
                    choices=[Choice(index=0, message=AssistantMessage(content=self.transcript.text),
                                    finish_reason="stop")],
                )
                return JSONResponse(completion.model_dump(mode="json"))
        raise AssertionError("a debate's events always end with debate.completed or error")

    def _chunk(self, delta: Delta, *, finish: bool = False, usage: Usage | None = None,
               choices: bool = True) -> bytes:
        chunk = ChatCompletionChunk(
            id=self.id, created=self.created, model=MODEL_ID, usage=usage,
            choices=[ChunkChoice(index=0, delta=delta, finish_reason="stop" if finish else None)] if choices else [],
        )
        return _data(chunk.model_dump(mode="json", exclude_none=False))

    async def chunks(self, events: AsyncGenerator[DebateEvent, None], *, include_usage: bool
                     ) -> AsyncGenerator[bytes, None]:
        yield self._chunk(Delta(role="assistant", content=""))
        try:
            async with contextlib.aclosing(events) as live:
                async for event in live:
                    piece = self.transcript.add(event)
                    if piece:
                        yield self._chunk(Delta(content=piece))
                    if isinstance(event, DebateFailed):
                        yield _error(event.code, event.message)
                        return
                    if isinstance(event, DebateCompleted):
                        yield self._chunk(Delta(), finish=True)
                        if include_usage:
                            yield self._chunk(Delta(), usage=self._usage(event), choices=False)
        except ArenaError as exc:
            problem = problem_from_error(exc)
            yield _error(problem.code, problem.detail)
            return
        yield b"data: [DONE]\n\n"


def _data(payload: dict[str, Any]) -> bytes:
    return f"data: {json.dumps(payload, separators=(',', ':'))}\n\n".encode()


def _error(code: str, message: str) -> bytes:
    """A mid-stream failure the way OpenAI clients expect one: they raise it as an API error."""
    return _data({"error": {"message": message, "type": code, "code": code}})
