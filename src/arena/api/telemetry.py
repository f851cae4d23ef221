"""Request telemetry at the edge: a request id in and out (``X-Request-ID``), bound into every log line of the
request (its debate and stream included), and request latency by route template and status."""

from __future__ import annotations

import re
import time
import uuid

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from arena.telemetry import Metrics, bind_request_id

REQUEST_ID_HEADER = "X-Request-ID"
# A client's id is kept only when it cannot smuggle anything into logs or headers.
_CLIENT_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
UNMATCHED_ROUTE = "unmatched"
# Label values come from closed sets: a client may send any method, and each value is a series kept for good.
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
OTHER_METHOD = "other"


def request_id_from(headers: Headers) -> str:
    offered = headers.get(REQUEST_ID_HEADER, "")
    return offered if _CLIENT_ID.fullmatch(offered) else uuid.uuid4().hex


class RequestTelemetry:
    """ASGI middleware (it leaves streaming bodies alone). The metrics are the app's services' own, found at
    request time because the services may only exist once the lifespan has started."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        rid = request_id_from(Headers(scope=scope))
        bind_request_id(rid)
        started = time.perf_counter()
        status = 500  # what the client sees if the app fails before it starts a response

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message).append(REQUEST_ID_HEADER, rid)
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            if scope["type"] == "http":
                self._observe(scope, status, time.perf_counter() - started)

    @staticmethod
    def _observe(scope: Scope, status: int, seconds: float) -> None:
        state = getattr(scope["app"].state, "arena", None)
        if state is None:
            return
        metrics: Metrics = state.services.metrics
        method = scope["method"] if scope["method"] in _METHODS else OTHER_METHOD
        metrics.request_latency.labels(method, route_template(scope), str(status)).observe(seconds)


def route_template(scope: Scope) -> str:
    """``/v1/players/{player_id}`` for ``/v1/players/nba:jordami01``: the path with each matched parameter put
    back (from the right, where parameters sit), so a label never holds what a client typed. A path no route
    matched is one label, for the same reason."""
    if scope.get("route") is None:
        return UNMATCHED_ROUTE
    path: str = scope["path"]
    for name, value in reversed(list(scope.get("path_params", {}).items())):
        head, sep, tail = path.rpartition(f"/{value}")
        if sep:
            path = f"{head}/{{{name}}}{tail}"
    return path
