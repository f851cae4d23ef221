"""``GET /v1/debates/{id}/events`` served straight from the app's entry, for the plain requests that make up
nearly all of them.

Why: an SSE stream lives as long as its viewer watches, and every frame between the server and the stream
lives with it. Through FastAPI that is the whole middleware chain, the router, the dependency machinery and
three exit stacks: about 10 KiB per idle stream, and as much CPU again as the stream itself to set up. A
request with a valid debate id, no body and no query but ``after=N`` skips all that: it goes through the
request telemetry (request id, latency) to :func:`open_event_stream`, the same function the FastAPI route
runs. Anything else (a malformed id or query, a body) takes the FastAPI route, which validates and answers
it with the documented problem; that route is also what the OpenAPI document describes.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from functools import partial

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from arena.api.event_stream import EventStreamResponse, event_stream
from arena.api.problems import problem_from_error, problem_response, unexpected_problem
from arena.api.telemetry import RequestTelemetry
from arena.debate import DebateService
from arena.errors import ArenaError
from arena.streaming import parse_last_event_id

# The FastAPI route's own constraints (``DebateId`` and ``after`` in routers/debates.py).
_EVENTS_PATH = re.compile(r"/v1/debates/(?P<debate_id>[A-Za-z0-9_-]{1,64})/events")
_AFTER_QUERY = re.compile(rb"after=(?P<after>[0-9]{1,16})")
MAX_AFTER = 10**15


async def open_event_stream(debates: DebateService, debate_id: str, *, last_event_id: str | None,
                            after: int | None) -> EventStreamResponse:
    """Every event of the debate from the start or the resume point (the header wins over ``after``), live."""
    resume = parse_last_event_id(last_event_id)
    items = await debates.watch(debate_id, after=resume if resume is not None else after or 0)
    return event_stream(items)


def _plain_request(scope: Scope) -> tuple[str, int | None] | None:
    """The debate id and ``after`` of a request the direct path may serve, else None."""
    if scope["method"] != "GET" or (match := _EVENTS_PATH.fullmatch(scope["path"])) is None:
        return None
    query: bytes = scope["query_string"]
    after: int | None = None
    if query:
        if (found := _AFTER_QUERY.fullmatch(query)) is None or int(found["after"]) > MAX_AFTER:
            return None
        after = int(found["after"])
    if any(name == b"transfer-encoding" or (name == b"content-length" and value != b"0")
           for name, value in scope["headers"]):
        return None
    return match["debate_id"], after


class DirectEvents:
    """Serves plain events requests with ``debates()`` (None until the app has started), passes everything else
    on to ``app``."""

    def __init__(self, app: ASGIApp, debates: Callable[[], DebateService | None]) -> None:
        self._app = app
        self._debates = debates

    def __call__(self, scope: Scope, receive: Receive, send: Send) -> Awaitable[None]:
        if scope["type"] == "http" and (plain := _plain_request(scope)) is not None:
            debates = self._debates()
            if debates is not None:
                debate_id, after = plain
                # What routing would have set: the latency metric names the request by them.
                scope["route"], scope["path_params"] = self, {"debate_id": debate_id}
                serve = RequestTelemetry(partial(self._stream, debates, debate_id, after))
                return serve(scope, receive, send)
        return self._app(scope, receive, send)

    @staticmethod
    async def _stream(debates: DebateService, debate_id: str, after: int | None, scope: Scope, receive: Receive,
                      send: Send) -> None:
        try:
            response = await open_event_stream(debates, debate_id, after=after,
                                               last_event_id=Headers(scope=scope).get("last-event-id"))
        except ArenaError as exc:
            await problem_response(problem_from_error(exc, instance=scope["path"]))(scope, receive, send)
            return
        except Exception as exc:
            await problem_response(unexpected_problem(exc, scope["path"]))(scope, receive, send)
            raise
        await response(scope, receive, send)
