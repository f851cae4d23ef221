"""An OpenAI-compatible chat endpoint: the last user message is the question, the debate is the reply."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import AsyncGenerator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Response
from fastapi.responses import JSONResponse

from arena.api.deps import DebatesDep
from arena.api.errors import ModelNotFound, NoQuestion
from arena.api.event_stream import EventStreamResponse
from arena.api.gateway import Admission, admits_debate
from arena.api.problems import (
    Problem,
    make_problem,
    openai_error,
    openai_error_responses,
    problem_from_error,
    problem_response,
    status_for_code,
)
from arena.api.schemas.chat import (
    MODEL_ID,
    AssistantMessage,
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionCreate,
    Choice,
    ChunkChoice,
    Delta,
    FinishReason,
    ModelCard,
    ModelList,
    Usage,
)
from arena.api.schemas.sse import EVENT_STREAM_CONTENT
from arena.api.schemas.text import Name
from arena.debate import (
    DebateCompleted,
    DebateEvent,
    DebateFailed,
    DebateService,
    Transcript,
    count_tokens,
    cut_to_tokens,
    parse_event,
)
from arena.errors import ArenaError
from arena.streaming import HEADERS, LogEntry

router = APIRouter(tags=["openai"])

# When Arena's model "was created", for /v1/models: the first release.
_MODEL_CARD = ModelCard(id=MODEL_ID, created=1_764_288_000, owned_by="arena")
CHAT_PATH = "/v1/chat/completions"


@router.get("/models", responses=openai_error_responses(422))
def list_models() -> ModelList:
    """The one model this server serves."""
    return ModelList(data=[_MODEL_CARD])


@router.get("/models/{model}", responses=openai_error_responses(404, 422))
def retrieve_model(model: Annotated[Name, Path(max_length=256)]) -> ModelCard:
    """The model by id: ``arena-debate``, the only one."""
    if model != MODEL_ID:
        raise ModelNotFound(model, MODEL_ID)
    return _MODEL_CARD


@router.post(
    "/chat/completions",
    response_model=ChatCompletion,
    responses={
        200: {"description": "A `chat.completion`, or with `stream: true` a stream of `chat.completion.chunk`s "
              "ending with `data: [DONE]`.",
              "content": EVENT_STREAM_CONTENT},
        **openai_error_responses(400, 404, 413, 422, 502, 503),
    },
)
async def create_chat_completion(body: ChatCompletionCreate, debates: DebatesDep,
                                 admission: Annotated[Admission, Depends(admits_debate("chat"))]) -> Response:
    """Debate the last user message; the reply is the debate's text, cut at ``max_tokens`` (or
    ``max_completion_tokens``) tokens with ``finish_reason`` ``length``. With accounts on it takes one debate
    of the month; an ``Idempotency-Key`` sent before replies with the debate it started, nothing taken."""
    if body.model != MODEL_ID:
        raise ModelNotFound(body.model, MODEL_ID)
    question = next((m.text.strip() for m in reversed(body.messages) if m.role == "user"), "")
    if not question:
        raise NoQuestion("the messages hold no user message with text to debate")
    started = debates.request(question, seed=body.seed or 0)
    async with admission.charge(started.debate_id, body) as replayed:
        if replayed is not None:
            started = started.model_copy(update={"debate_id": replayed})
        else:
            await debates.start(started, owner=admission.owner)
    limits = [limit for limit in (body.max_tokens, body.max_completion_tokens) if limit is not None]
    reply = _Reply(f"chatcmpl-{started.debate_id}", prompt_tokens=count_tokens(question),
                   max_tokens=min(limits, default=None))
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
    """The reply as it is sent: the debate's text up to ``max_tokens`` tokens (None: all of it).

    Tokens are :func:`arena.debate.transcript.count_tokens`'s words and punctuation marks, an estimate (the
    writers' tokenizers differ, and the template has none), counted over the text sent, so ``usage`` always
    matches the reply the client got."""

    def __init__(self, completion_id: str, *, prompt_tokens: int, max_tokens: int | None) -> None:
        self.id = completion_id
        self.created = int(time.time())
        self.prompt_tokens = prompt_tokens
        self.max_tokens = max_tokens
        self.transcript = Transcript()
        self.sent = ""

    def _take(self, event: DebateEvent) -> tuple[str, bool]:
        """The part of ``event``'s text to send, and whether the reply has reached ``max_tokens``."""
        piece = self.transcript.add(event)
        if self.max_tokens is None or count_tokens(self.sent + piece) <= self.max_tokens:
            self.sent += piece
            return piece, False
        kept = cut_to_tokens(self.sent + piece, self.max_tokens)[len(self.sent):]
        self.sent += kept
        return kept, True

    def _usage(self) -> Usage:
        completion = count_tokens(self.sent)
        return Usage(prompt_tokens=self.prompt_tokens, completion_tokens=completion,
                     total_tokens=self.prompt_tokens + completion)

    async def complete(self, events: AsyncGenerator[DebateEvent, None]) -> Response:
        async with contextlib.aclosing(events) as live:
            return await self._complete(live)

    def _completion(self, finish_reason: FinishReason) -> JSONResponse:
        completion = ChatCompletion(
            id=self.id, created=self.created, model=MODEL_ID, usage=self._usage(),
            choices=[Choice(index=0, message=AssistantMessage(content=self.sent), finish_reason=finish_reason)],
        )
        return JSONResponse(completion.model_dump(mode="json"))

    async def _complete(self, events: AsyncGenerator[DebateEvent, None]) -> Response:
        async for event in events:
            _, full = self._take(event)
            if full:
                return self._completion("length")
            if isinstance(event, DebateFailed):
                return problem_response(make_problem(status_for_code(event.code), event.code, event.message,
                                                     instance=CHAT_PATH))
            if isinstance(event, DebateCompleted):
                return self._completion("stop")
        raise AssertionError("a debate's events always end with debate.completed or error")

    def _chunk(self, delta: Delta, *, finish: FinishReason | None = None, usage: Usage | None = None,
               choices: bool = True) -> bytes:
        chunk = ChatCompletionChunk(
            id=self.id, created=self.created, model=MODEL_ID, usage=usage,
            choices=[ChunkChoice(index=0, delta=delta, finish_reason=finish)] if choices else [],
        )
        return _data(chunk.model_dump(mode="json", exclude_none=False))

    async def chunks(self, events: AsyncGenerator[DebateEvent, None], *, include_usage: bool
                     ) -> AsyncGenerator[bytes, None]:
        yield self._chunk(Delta(role="assistant", content=""))
        try:
            async with contextlib.aclosing(events) as live:
                async for event in live:
                    piece, full = self._take(event)
                    if piece:
                        yield self._chunk(Delta(content=piece))
                    if isinstance(event, DebateFailed):
                        yield _error(make_problem(status_for_code(event.code), event.code, event.message))
                        return
                    if full or isinstance(event, DebateCompleted):
                        yield self._chunk(Delta(), finish="length" if full else "stop")
                        if include_usage:
                            yield self._chunk(Delta(), usage=self._usage(), choices=False)
                        break
        except ArenaError as exc:
            yield _error(problem_from_error(exc))
            return
        yield b"data: [DONE]\n\n"


def _data(payload: dict[str, Any]) -> bytes:
    return f"data: {json.dumps(payload, separators=(',', ':'))}\n\n".encode()


def _error(problem: Problem) -> bytes:
    """A mid-stream failure the way OpenAI clients expect one: they raise it as an API error."""
    return _data(openai_error(problem))
