"""``OPTIONS`` on any route: ``204 No Content`` with ``Allow``, the methods its path answers (RFC 9110, 9.3.7);
and every 405's ``Allow`` names all of them.

FastAPI's routes accept only the methods they declare, so a client asking what a path allows got a 405, and a
405 named only the first route matching its path (``PUT /v1/debates/{id}`` said ``GET``, not ``DELETE``). The
methods are those for which some route matches the path fully, as the router itself matches, with ``HEAD``
beside ``GET`` (:mod:`arena.api.head_requests` answers it) and ``OPTIONS`` itself; a path no route has stays
a 404.

Arena sets no CORS headers: the page and the API share one origin, and other servers' clients need none. A
browser's cross-origin preflight gets the same ``Allow`` and no ``Access-Control-Allow-Origin``, so the browser
keeps another site's page from calling the API with its visitors' credentials.
"""

from __future__ import annotations

from collections.abc import Sequence

from starlette.datastructures import MutableHeaders
from starlette.responses import Response
from starlette.routing import BaseRoute, Match, Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_ORDER = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")
_PROBED = ("GET", "POST", "PUT", "PATCH", "DELETE")
# A mount (the static files) matches whatever the method: it serves reads.
_MOUNT_METHODS = frozenset({"GET", "HEAD"})


def allowed_methods(routes: Sequence[BaseRoute], scope: Scope) -> list[str]:
    """The methods some route answers at ``scope``'s path, in a fixed order; empty when no route has the path."""
    methods: set[str] = set()
    for route in routes:
        if isinstance(route, Mount):
            if route.matches(scope)[0] is not Match.NONE:
                methods |= _MOUNT_METHODS
            continue
        methods |= {method for method in _PROBED if route.matches({**scope, "method": method})[0] is Match.FULL}
    if not methods:
        return []
    if "GET" in methods:
        methods.add("HEAD")
    methods.add("OPTIONS")
    return sorted(methods, key=_ORDER.index)


class AnswerOptions:
    """Inside the request telemetry, so that what it counts and logs is the answer the client got."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await self._answer(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _answer(self, scope: Scope, receive: Receive, send: Send) -> None:
        routes: Sequence[BaseRoute] = scope["app"].router.routes
        asked = dict(scope)  # as it came: routing moves a mount's prefix into the scope's ``root_path``
        if scope["method"] == "OPTIONS" and (allowed := allowed_methods(routes, asked)):
            await Response(status_code=204, headers={"Allow": ", ".join(allowed)})(scope, receive, send)
            return

        async def send_allowed(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 405:
                allowed = allowed_methods(routes, asked)
                if allowed:
                    MutableHeaders(scope=message)["allow"] = ", ".join(allowed)
            await send(message)

        await self.app(scope, receive, send_allowed)
