"""``POST /v1/debates`` served straight from the app's entry, for the plain requests that make up nearly all of
them while accounts are off.

Why: through FastAPI, starting a debate costs as much CPU again in the middleware chain, the router, the
dependency machinery and its exit stacks as the route itself (profiled under ``bench/debate_paths.py``). A
request with no query, a JSON body of a declared length within ``ARENA_API_MAX_BODY_BYTES`` that validates as a
:class:`DebateCreate`, and no ``Idempotency-Key`` (which only the gateway reads, and which is validated
even with accounts off), needs none of it: it goes through the request telemetry (request id, latency) to
:func:`arena.api.routers.debates.create_debate`, the same function the FastAPI route runs, and its answer is
serialized as FastAPI would. Anything else (accounts on, a body that does not validate, a query, chunked
framing) takes the FastAPI route with the body read so far handed on, which validates and answers it with the
documented problem; that route is also what the OpenAPI document describes.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from functools import partial

from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from arena.api.deps import ApiState
from arena.api.gateway import Admission
from arena.api.problems import error_response, problem_response, unexpected_problem
from arena.api.routers.debates import create_debate
from arena.api.schemas.debates import DebateCreate
from arena.api.telemetry import RequestTelemetry
from arena.errors import ArenaError

CREATE_PATH = "/v1/debates"
_STATUS = 201  # the route's own (routers/debates.py)


def _declared_length(scope: Scope, max_bytes: int) -> int | None:
    """The body length of a request the direct path may serve, else None."""
    if scope["method"] != "POST" or scope["path"] != CREATE_PATH or scope["query_string"]:
        return None
    length: int | None = None
    json_body = False
    for name, value in scope["headers"]:
        if name == b"content-length":
            if not value.isdigit() or length is not None:
                return None
            length = int(value)
        elif name == b"content-type":
            json_body = value == b"application/json"
        elif name in (b"transfer-encoding", b"idempotency-key"):
            return None
    return length if json_body and length is not None and length <= max_bytes else None


class DirectCreate:
    """Serves plain debate-creating requests with ``state()`` (None until the app has started), passes everything
    else on to ``app``."""

    def __init__(self, app: ASGIApp, state: Callable[[], ApiState | None]) -> None:
        self._app = app
        self._state = state

    def __call__(self, scope: Scope, receive: Receive, send: Send) -> Awaitable[None]:
        if scope["type"] == "http" and scope["path"] == CREATE_PATH:
            state = self._state()
            if state is not None and state.services.accounts is None:
                length = _declared_length(scope, state.services.settings.api_max_body_bytes)
                if length is not None:
                    return self._create(state, length, scope, receive, send)
        return self._app(scope, receive, send)

    async def _create(self, state: ApiState, length: int, scope: Scope, receive: Receive, send: Send) -> None:
        read: list[Message] = []
        body = b""
        while len(body) <= length:
            message = await receive()
            read.append(message)
            if message["type"] != "http.request":
                break
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        asked = _valid_body(body) if len(body) == length and read[-1]["type"] == "http.request" else None
        if asked is None:
            await self._app(scope, _replay(read, receive), send)
            return
        # What routing would have set: the latency metric names the request by them.
        scope["route"], scope["path_params"] = self, {}
        serve = RequestTelemetry(partial(_respond, state, asked))
        await serve(scope, _replay(read, receive), send)


def _valid_body(body: bytes) -> DebateCreate | None:
    """The body as the route would have it, or None for the route to refuse with its problem."""
    try:
        return DebateCreate.model_validate(json.loads(body))
    except (ValueError, ValidationError):  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
        return None


async def _respond(state: ApiState, asked: DebateCreate, scope: Scope, receive: Receive, send: Send) -> None:
    request = Request(scope, receive)
    headers = Response()  # the route's own response, for its headers and any status of its own, as FastAPI's
    del headers.headers["content-length"]
    headers.status_code = 0  # none set: the route's declared status
    try:
        created = await create_debate(asked, state.debates, state.services.settings, request, headers,
                                      Admission(None, None, None, scope["path"]))
    except ArenaError as exc:
        await error_response(exc, scope["path"])(scope, receive, send)
        return
    except Exception as exc:
        await problem_response(unexpected_problem(exc, scope["path"]))(scope, receive, send)
        raise
    # As FastAPI answers a route returning a model: its JSON (by alias), the route's status and headers.
    response = Response(created.model_dump_json(by_alias=True), status_code=headers.status_code or _STATUS,
                        media_type="application/json")
    response.headers.raw.extend(headers.headers.raw)
    await response(scope, receive, send)


def _replay(read: list[Message], receive: Receive) -> Receive:
    """``receive``, giving the messages already read first."""
    pending = list(read)

    async def replayed() -> Message:
        return pending.pop(0) if pending else await receive()

    return replayed
