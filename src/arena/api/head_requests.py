"""``HEAD`` on any ``GET`` route: the ``GET`` answer's status and headers, without its body (RFC 9110, 9.3.2).

FastAPI's routes accept only the methods they declare, so a monitor's or a crawler's ``HEAD`` was a 405. Served
here, outermost, as the ``GET`` it stands for: every route, the direct events path and the web pages alike, with
the same validation, problems and headers (``Content-Length`` included). A live stream (``/events``) stops once
its headers are out, told that the client left, as a real departure would; the latency metric counts the request
as the ``GET`` it was served as. A 405 names ``HEAD`` wherever it names ``GET``.
"""

from __future__ import annotations

import asyncio

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_NO_BODY: Message = {"type": "http.request", "body": b"", "more_body": False}
_LEFT: Message = {"type": "http.disconnect"}


class HeadAsGet:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
        elif scope["method"] == "HEAD":
            # A copy: the server keeps its own scope's HEAD, by which it frames a response without a body.
            await self._headers_only({**scope, "method": "GET"}, send)
        else:
            await self.app(scope, receive, _allowing_head(send))

    async def _headers_only(self, scope: Scope, send: Send) -> None:
        answered = asyncio.Event()
        asked = False

        async def receive() -> Message:
            # A HEAD request has no body; once the headers are out, the client has all it asked for.
            nonlocal asked
            if not asked:
                asked = True
                return _NO_BODY
            await answered.wait()
            return _LEFT

        async def send_headers(message: Message) -> None:
            if answered.is_set():
                return
            if message["type"] == "http.response.start":
                await send(message)
            elif message["type"] == "http.response.body":
                answered.set()
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await self.app(scope, receive, send_headers)


def _allowing_head(send: Send) -> Send:
    async def send_allow(message: Message) -> None:
        if message["type"] == "http.response.start" and message["status"] == 405:
            headers = MutableHeaders(scope=message)
            allowed = [method.strip() for method in headers.get("allow", "").split(",") if method.strip()]
            if "GET" in allowed and "HEAD" not in allowed:
                headers["allow"] = ", ".join([*allowed, "HEAD"])
        await send(message)

    return send_allow
