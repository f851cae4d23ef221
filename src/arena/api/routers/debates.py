"""Debates: start one, read it back, and watch it live over Server-Sent Events or a WebSocket."""

from __future__ import annotations

import asyncio
import json
import weakref
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response, WebSocket
from starlette.datastructures import URL
from starlette.requests import HTTPConnection

from arena.api.control import CONTROL_TOKEN_HEADER, ControllersDep, controllers_of, socket_controllers
from arena.api.deps import DebatesDep, SettingsDep
from arena.api.direct_events import MAX_AFTER, open_event_stream
from arena.api.event_stream import EventStreamResponse, event_stream
from arena.api.gateway import AccountsDep, Admission, admits_debate
from arena.api.problems import problem_responses
from arena.api.schemas.debates import (
    DebateControl,
    DebateCreate,
    DebateCreated,
    DebateFailure,
    DebateLinks,
    DebateRead,
    VerdictRead,
)
from arena.api.schemas.sse import EVENT_STREAM_CONTENT
from arena.api.sockets import MessageRate, refuse_socket, serve_debate_socket
from arena.debate import (
    DebateRequest,
    DebateResult,
    DebateService,
    DebateSnapshot,
    new_control_token,
    token_controller,
)
from arena.errors import ArenaError
from arena.settings import Settings

router = APIRouter(tags=["debates"])

DebateId = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]

_EVENT_STREAM = {
    "description": "Server-Sent Events: one `id` per debate event (its `seq`), `event` its type and `data` its "
    "JSON; `viewers` events (no id) carry the live viewer count; comment lines are heartbeats; an `error` "
    "event ends the stream when it cannot go on.",
    "content": EVENT_STREAM_CONTENT,
}
_LOCATION = {"Location": {"description": "The debate's URL.", "schema": {"type": "string"}}}
_CREATED_HEADERS = {
    **_LOCATION,
    CONTROL_TOKEN_HEADER: {"description": "The capability to cancel or delete the debate (as "
                           "`Authorization: Bearer` with accounts off, else as this header).",
                           "schema": {"type": "string"}},
}
_REPLAYED_HEADER = "Idempotent-Replayed"
_REPLAYED = {
    "description": "An `Idempotency-Key` this caller sent before with the same body: the debate that request "
    "started, nothing charged again (`control_token` null: it is shown once).",
    "headers": {**_LOCATION, _REPLAYED_HEADER: {"description": "`true`.", "schema": {"type": "string"}}},
}
# The events and WebSocket routes' paths below a debate's (``_links`` builds their links from it).
_EVENTS = "/events"
_SOCKET = "/ws"
# With accounts on: the caller's scope and one API call; the route then takes one debate of the month.
DebateAdmission = Annotated[Admission, Depends(admits_debate("debates:write"))]


def _base_url(connection: HTTPConnection, settings: Settings) -> URL:
    """``ARENA_PUBLIC_BASE_URL``, else the address this server listens on (never the Host header)."""
    if settings.public_base_url is not None:
        return URL(str(settings.public_base_url).rstrip("/"))
    host, port = connection.scope["server"] or ("127.0.0.1", 80)
    host = f"[{host}]" if ":" in host else host  # an IPv6 address
    scheme = "https" if connection.url.scheme in ("https", "wss") else "http"
    return URL(f"{scheme}://{host}:{port}")


def _links(connection: HTTPConnection, settings: Settings, debate_id: str) -> DebateLinks:
    # Built once per app and base URL, with a mark where the id goes: building them walks every route and
    # parses URLs, a tenth of what HTTP adds to a debate's CPU (bench/debate_paths.py).
    by_base = _LINK_TEMPLATES.setdefault(connection.app, {})
    server = connection.scope.get("server")  # a list under some servers (Starlette's TestClient): not a key
    base = (settings.public_base_url, tuple(server) if server else None, connection.scope.get("scheme", "http"))
    templates = by_base.get(base)
    if templates is None:
        templates = by_base[base] = _link_templates(connection, settings)
    debate, events, socket_url = (template.replace(_ID_MARK, debate_id) for template in templates)
    return DebateLinks(self=debate, events=events, websocket=socket_url)


# The debate links of each app by what its base URL comes from (``_base_url``), forgotten with the app.
_LINK_TEMPLATES: weakref.WeakKeyDictionary[Any, dict[tuple[object, ...], tuple[str, str, str]]] = (
    weakref.WeakKeyDictionary())
_ID_MARK = "\x00"  # in no debate id and no URL


def _link_templates(connection: HTTPConnection, settings: Settings) -> tuple[str, str, str]:
    """The debate's URL and its events and socket URLs, with ``_ID_MARK`` for its id."""
    base = _base_url(connection, settings)
    debate = base.replace(path=base.path.rstrip("/") + connection.app.url_path_for("get_debate",
                                                                                   debate_id=_ID_MARK))
    socket_url = debate.replace(scheme="wss" if debate.scheme == "https" else "ws", path=debate.path + _SOCKET)
    return str(debate), str(debate.replace(path=debate.path + _EVENTS)), str(socket_url)


@router.post("/debates", status_code=201,
             responses={201: {"headers": _CREATED_HEADERS}, 200: _REPLAYED,
                        **problem_responses(400, 401, 403, 413, 422, 429, 503)})
async def create_debate(body: DebateCreate, debates: DebatesDep, settings: SettingsDep, request: Request,
                        response: Response, admission: DebateAdmission) -> DebateCreated:
    """Start a debate; follow it at ``links.events`` (SSE) or ``links.websocket``; cancel or delete it with
    its ``control_token`` or, with accounts on, the credentials of the account that started it."""
    asked = _request(debates, body)
    async with admission.charge(asked.debate_id, body) as replayed:
        if replayed is not None:
            links = _links(request, settings, replayed)
            response.status_code = 200
            response.headers.update({"Location": links.self, _REPLAYED_HEADER: "true", "Cache-Control": "no-store"})
            return DebateCreated(id=replayed, status="running", question=asked.question, links=links,
                                 control_token=None)
        token = new_control_token()
        await debates.start(asked, controller=token_controller(token), owner=admission.owner)
    links = _links(request, settings, asked.debate_id)
    response.headers.update(_created_headers(links.self, token))
    return DebateCreated(id=asked.debate_id, status="running", question=asked.question, links=links,
                         control_token=token)


@router.post(
    "/debates/stream",
    response_class=EventStreamResponse,
    responses={200: {**_EVENT_STREAM, "headers": _CREATED_HEADERS}, **problem_responses(400, 401, 403, 413, 422,
                                                                                         429, 503)},
)
async def create_and_stream_debate(
    body: DebateCreate, debates: DebatesDep, settings: SettingsDep, request: Request, admission: DebateAdmission,
    result: Annotated[bool, Query(description="After the last event, a `result` event whose data is the finished "
                                  "debate, the `arena debate --json` object (what `arena debate --server` "
                                  "prints).")] = False,
) -> EventStreamResponse:
    """Start a debate and stream its events in the same response; resume elsewhere with its events URL. An
    ``Idempotency-Key`` sent before streams the debate it started, from its first event, with
    ``Idempotent-Replayed: true`` (and no ``result`` event: the result lives only while its debate runs)."""
    asked = _request(debates, body)
    finished: asyncio.Future[DebateResult] = asyncio.get_running_loop().create_future()
    async with admission.charge(asked.debate_id, body) as replayed:
        if replayed is not None:
            location = _links(request, settings, replayed).self
            return event_stream(await debates.watch(replayed, after=0),
                                {"Location": location, _REPLAYED_HEADER: "true", "Cache-Control": "no-store"})
        token = new_control_token()
        await debates.start(asked, controller=token_controller(token), owner=admission.owner,
                            on_result=finished.set_result if result else None)
    items = await debates.watch(asked.debate_id, after=0)
    headers = _created_headers(_links(request, settings, asked.debate_id).self, token)
    return event_stream(items, headers, result=finished if result else None)


def _request(debates: DebateService, body: DebateCreate) -> DebateRequest:
    return debates.request(body.question, criteria=body.criteria, writer=body.writer, seed=body.seed or 0)


def _created_headers(location: str, control_token: str) -> dict[str, str]:
    # no-store: a shared cache must never hand one client's control token to another.
    return {"Location": location, CONTROL_TOKEN_HEADER: control_token, "Cache-Control": "no-store"}


@router.get("/debates/{debate_id}", responses=problem_responses(404, 410, 422, 503))
async def get_debate(debate_id: DebateId, debates: DebatesDep, settings: SettingsDep, request: Request) -> DebateRead:
    """The debate as it stands: running with its text so far, or finished with its verdict or error."""
    return _read(await debates.snapshot(debate_id), _links(request, settings, debate_id))


def _read(snap: DebateSnapshot, links: DebateLinks) -> DebateRead:
    meta: dict[str, Any] = snap.meta
    verdict = snap.verdict
    return DebateRead(
        id=snap.id,
        status=snap.status,
        question=meta.get("question", ""),
        writer=meta.get("writer", ""),
        seed=int(meta.get("seed", 0)),
        criteria=json.loads(meta.get("criteria", "null")),
        created_at=meta.get("created_at", ""),
        events=snap.events,
        viewers=snap.viewers,
        text=snap.transcript.text,
        verdict=VerdictRead(winner=verdict.winner, confidence=verdict.confidence,
                            scorecard=[line.model_dump() for line in verdict.scorecard],
                            summary=verdict.summary) if verdict else None,
        stat_cards=[card.model_dump(mode="json") for card in snap.stat_cards],
        error=DebateFailure(code=snap.failure.code, message=snap.failure.message) if snap.failure else None,
        links=links,
    )


@router.post("/debates/{debate_id}/cancel", status_code=202, response_class=Response,
             responses={202: {"description": "Cancelling: the debate's last event says it was cancelled."},
                        **problem_responses(400, 401, 403, 404, 410, 413, 422, 503)})
async def cancel_debate(debate_id: DebateId, debates: DebatesDep, controllers: ControllersDep,
                        body: DebateControl | None = None) -> Response:
    """Stop the debate, wherever it runs; needs its control token (``Authorization: Bearer`` with accounts
    off, ``Arena-Control-Token``, or ``token``) or, with accounts on, the owner's credentials."""
    await debates.cancel(debate_id, controllers=controllers + controllers_of(body.token if body else None))
    return Response(status_code=202)


@router.delete("/debates/{debate_id}", status_code=204, response_class=Response,
               responses=problem_responses(401, 403, 404, 410, 422, 503))
async def delete_debate(debate_id: DebateId, debates: DebatesDep, controllers: ControllersDep) -> Response:
    """Stop the debate if it runs and delete it with its events; needs what cancelling needs (as a header)."""
    await debates.delete(debate_id, controllers=controllers)
    return Response(status_code=204)


@router.get(
    "/debates/{debate_id}" + _EVENTS,
    response_class=EventStreamResponse,
    responses={200: _EVENT_STREAM, **problem_responses(400, 404, 410, 422, 503)},
)
async def debate_events(
    debate_id: DebateId,
    debates: DebatesDep,
    last_event_id: Annotated[str | None, Header(description="Resume after this event id.")] = None,
    after: Annotated[int | None, Query(ge=0, le=MAX_AFTER, description="Resume after this event id, for "
                                       "clients that cannot set Last-Event-ID; the header wins.")] = None,
) -> EventStreamResponse:
    """Every event of the debate from the start (or after the resume point), live, until its last."""
    return await open_event_stream(debates, debate_id, last_event_id=last_event_id, after=after)


@router.websocket("/debates/{debate_id}" + _SOCKET, name="debate_socket")
async def debate_socket(
    websocket: WebSocket,
    debate_id: DebateId,
    debates: DebatesDep,
    settings: SettingsDep,
    accounts: AccountsDep,
    after: Annotated[int, Query(ge=0, le=MAX_AFTER)] = 0,
) -> None:
    """The same events as JSON text frames, with ``viewers`` and ``heartbeat`` frames. Send
    ``{"type": "cancel"}`` to stop the debate (with its control token on the upgrade, as cancelling over HTTP
    takes it, or as ``{"type": "cancel", "token": TOKEN}``; or, with accounts on, the owner's credential on
    the upgrade; spectators get a ``debate-control-forbidden`` error and watch on), or
    ``{"type": "resume", "after": ID}`` to be sent everything after ID again (it follows a
    ``{"type": "resumed", "after": ID}`` frame). A client sending faster than
    ``ARENA_SERVER_WEBSOCKET_MESSAGES_PER_SECOND`` gets a ``too-many-messages`` error and close code 1008; a
    bad credential (accounts on) a ``not-authenticated`` error and close code 4401."""
    rate = MessageRate(settings.server_websocket_messages_per_second)
    try:
        controllers = await socket_controllers(websocket, accounts)
    except ArenaError as exc:  # a bad credential (4401), the accounts database down (4503)
        await refuse_socket(websocket, exc)
        return
    await serve_debate_socket(websocket, debates, debate_id, after=after, controllers=controllers, rate=rate)
