"""Error pages for browsers: a page address (``/debates/{bad id}``, ``/nowhere``) asked for as HTML answers a page
that says, in words, what went wrong and where to go, instead of the problem+json an API client reads.

Only the page addresses: ``/v1``, the API's documents, health and metrics answer problems to everyone. Only a
request whose ``Accept`` names ``text/html`` (a browser's navigation does; ``fetch``, curl and the API's clients
send ``*/*`` or JSON) gets HTML, with the problem's status and headers (``Allow``, ``Retry-After``); the rest get
the problem as before.
"""

from __future__ import annotations

import html
import json
from typing import Any

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from arena.web.layout import render_layout

# Paths that belong to the API, answered as problems whatever the client accepts.
_API_PATHS = ("/v1/", "/openapi.json", "/docs", "/redoc", "/healthz", "/livez", "/readyz", "/metrics")
_PROBLEM = "application/problem+json"
_DETAIL_CHARS = 300


def is_page_path(path: str) -> bool:
    return not any(path == prefix.rstrip("/") or path.startswith(prefix) for prefix in _API_PATHS)


def wants_html(headers: Headers) -> bool:
    """Whether the client names ``text/html`` among what it accepts (with a q above 0)."""
    for part in headers.get("accept", "").split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        if media.lower() in ("text/html", "application/xhtml+xml"):
            quality = next((p.partition("=")[2] for p in params if p.lower().startswith("q=")), "1")
            try:
                if float(quality) > 0:
                    return True
            except ValueError:
                continue
    return False


def _in_words(problem: dict[str, Any]) -> tuple[str, str]:
    """A heading and a sentence for the problem: what happened, in a reader's terms."""
    status = int(problem.get("status", 500))
    locations = [error.get("loc", []) for error in problem.get("errors") or []]
    if ["path", "debate_id"] in locations:
        return ("That is not a debate link",
                "A debate's address is /debates/ followed by its id, made of letters, digits, '-' and '_'. "
                "Check the link you followed, or ask a new question.")
    if problem.get("code") == "invalid-encoding":
        return "That address could not be read", "Part of the address is not valid text. Check the link you followed."
    if status == 404:
        return "No page here", "There is no page at this address. Check the link, or ask Arena a question."
    if status == 405:
        return "Not available that way", "This page can only be opened as a link."
    if status == 429:
        wait = problem.get("retry_after")
        later = f"in {max(1, round(float(wait)))} seconds" if wait is not None else "in a little while"
        return "Too many requests", f"Too many requests came from your address. Try again {later}."
    if status >= 500:
        return "Something went wrong", "Arena could not show this page just now. Try again shortly."
    return "That address did not work", "Arena could not open this page as asked. Check the link you followed."


def error_page(problem: dict[str, Any]) -> str:
    """The HTML page for ``problem`` (a problem+json body), in the site's layout, without the page scripts."""
    heading, sentence = _in_words(problem)
    detail = str(problem.get("detail", ""))
    if len(detail) > _DETAIL_CHARS:
        detail = detail[:_DETAIL_CHARS] + "…"
    status = int(problem.get("status", 500))
    main = (f'<section class="error-page" aria-labelledby="error-heading">\n'
            f'<h1 id="error-heading">{html.escape(heading)}</h1>\n<p>{html.escape(sentence)}</p>\n'
            f'<p><a href="/">Ask Arena a question</a></p>\n'
            f'<details><summary>Details for the technically minded</summary>'
            f'<p>{status} {html.escape(str(problem.get("code", "")))}: {html.escape(detail)}</p></details>\n'
            f'</section>\n')
    return render_layout(title=f"{heading} · Arena", assets='<link rel="stylesheet" href="/static/arena.css">',
                         main=main, skip="Skip to the message")


class HtmlErrorPages:
    """ASGI middleware, inside ``HEAD`` handling (it renders the ``GET`` a ``HEAD`` stands for) and outside every
    other layer that may refuse a request, so that each refusal of a page address reaches a browser as a page."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_page_path(scope["path"]) or not wants_html(Headers(scope=scope)):
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        body = bytearray()

        async def send_page(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                if Headers(raw=message.get("headers", [])).get("content-type", "").startswith(_PROBLEM):
                    start = message
                    return
            elif message["type"] == "http.response.body" and start is not None:
                body.extend(message.get("body", b""))
                if message.get("more_body", False):
                    return
                try:
                    problem = json.loads(bytes(body))
                except ValueError:  # not the problem it said it was: send it as it came
                    await send(start)
                    await send({"type": "http.response.body", "body": bytes(body), "more_body": False})
                    return
                page = error_page(problem).encode("utf-8")
                headers = MutableHeaders(scope=start)
                headers["content-type"] = "text/html; charset=utf-8"
                headers["content-length"] = str(len(page))
                headers["cache-control"] = "no-store"
                await send(start)
                await send({"type": "http.response.body", "body": page, "more_body": False})
                return
            await send(message)

        await self.app(scope, receive, send_page)
