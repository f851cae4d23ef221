"""The request target's text: a path or query string that is not UTF-8 once percent-decoded is refused.

The server and Starlette decode both with ``errors="replace"``, so ``?q=%FF`` reached a route as ``"\\ufffd"``:
a search for a character the client never sent, answered as if it had. Refused here, outermost, before any route,
middleware or dependency sees it: a 400 problem (``invalid-encoding``) naming the part and the byte, and on a
WebSocket the same problem as an error frame and close code 4400.
"""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocket

from arena.api.errors import InvalidEncoding
from arena.api.problems import problem_from_error, problem_response
from arena.api.sockets import refuse_socket_with


def undecodable(scope: Scope) -> InvalidEncoding | None:
    """The error for the first part of the request target (path, then query) whose percent-decoded bytes are not
    UTF-8, else None."""
    raw_path = scope.get("raw_path") or scope["path"].encode("utf-8", "surrogateescape")
    for part, raw in (("path", raw_path), ("query string", scope.get("query_string", b""))):
        decoded = unquote_to_bytes(raw)
        try:
            decoded.decode("utf-8")
        except UnicodeDecodeError as exc:
            return InvalidEncoding(part, decoded[exc.start], exc.start)
    return None


class RefuseUndecodableTarget:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        error = undecodable(scope) if scope["type"] in ("http", "websocket") else None
        if error is None:
            await self.app(scope, receive, send)
            return
        # The path as the client wrote it, never the replacement characters the server decoded it to.
        instance = (scope.get("raw_path") or b"").decode("ascii", "replace") or None
        problem = problem_from_error(error, instance=instance)
        if scope["type"] == "websocket":
            await refuse_socket_with(WebSocket(scope, receive, send), problem)
        else:
            await problem_response(problem)(scope, receive, send)
