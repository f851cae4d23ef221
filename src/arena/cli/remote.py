"""``arena debate --server URL``: the debate run by a remote Arena server, read from the Server-Sent Events of
``POST /v1/debates/stream?result=true`` (each debate event as it is written, then the finished debate).

The server's refusals become one line and the CLI's exit codes:

    ServerError           (any other problem: a bad writer, a question too long...)    exit 2
    ├── ServerRefused     (401, 403: the key is wrong, revoked or lacks the scope)     exit 4
    ├── ServerLimited     (429: the month's debates or the hour's calls are used up)   exit 5
    └── ServerUnavailable (unreachable, or a 5xx)                                       exit 1

A name needing clarification is the same ``NeedsClarification`` a local debate raises (exit 3).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urljoin

import httpx

from arena.debate import DebateEvent, DebateFailed, DebateResult, parse_event
from arena.errors import ArenaError
from arena.nlu import Clarification, NeedsClarification

STREAM_PATH = "/v1/debates/stream"
# Connecting is quick or never; between events the server sends a heartbeat every 15 s by default.
_TIMEOUT = httpx.Timeout(30.0, read=120.0)


class ServerError(ArenaError, code="server-error"): ...


class ServerRefused(ServerError, code="server-refused"): ...


class ServerLimited(ServerError, code="server-limited"): ...


class ServerUnavailable(ServerError, code="server-unavailable"): ...


class RemoteArena:
    """An Arena server at ``base_url``, called with ``credential`` (an API key or access token) when given.

    >>> RemoteArena("https://arena.example.com", "arena_live_...").run({"question": "Jordan or LeBron?"}, print)
    """

    def __init__(self, base_url: str, credential: str | None) -> None:
        self.base_url = base_url.rstrip("/")
        self._headers = {"Accept": "text/event-stream"}
        if credential:
            self._headers["Authorization"] = f"Bearer {credential}"

    def run(self, body: dict[str, Any], on_event: Callable[[DebateEvent], None]) -> DebateResult:
        """Start the debate ``body`` asks for (``DebateCreate``'s fields) and follow it to its end, handing
        each event to ``on_event``; the finished debate. Raises a :class:`ServerError` or
        ``NeedsClarification`` when the server refuses or the debate fails."""
        result: DebateResult | None = None
        try:
            with httpx.Client(timeout=_TIMEOUT) as client, client.stream(
                    "POST", self.base_url + STREAM_PATH, params={"result": "true"}, json=body,
                    headers=self._headers) as response:
                if response.status_code != httpx.codes.OK:
                    response.read()
                    raise self._refusal(response)
                for event, data in _server_sent_events(response.iter_lines()):
                    if event == "result":
                        result = DebateResult.model_validate_json(data)
                    elif event != "viewers":
                        self._follow(data, on_event)
        except httpx.HTTPError as exc:
            raise ServerUnavailable(f"cannot reach the Arena server at {self.base_url}: {exc}") from exc
        if result is None:
            raise ServerError(f"the Arena server at {self.base_url} ended the debate without its result")
        return result

    def _follow(self, data: str, on_event: Callable[[DebateEvent], None]) -> None:
        frame = json.loads(data)
        if "debate_id" not in frame:  # the stream itself failed (an ``error`` frame holding a problem)
            raise ServerError(f"the Arena server at {self.base_url} stopped the stream: {frame.get('code')}: "
                              f"{frame.get('message')}")
        event = parse_event(data)
        on_event(event)
        if isinstance(event, DebateFailed):
            raise ServerError(f"the debate failed on {self.base_url}: {event.code}: {event.message}")

    def _refusal(self, response: httpx.Response) -> ArenaError:
        try:
            problem: dict[str, Any] = response.json()
        except ValueError:
            problem = {}
        code = problem.get("code") or "http-error"
        if code == NeedsClarification.code:
            return NeedsClarification([Clarification.model_validate(c) for c in problem.get("candidates", [])])
        detail = str(problem.get("detail") or response.reason_phrase)
        upgrade = problem.get("upgrade_url")
        if upgrade:  # the server names it relative to itself
            detail = detail.replace(upgrade, urljoin(self.base_url + "/", upgrade))
        message = f"{self.base_url} answered {response.status_code} {code}: {detail}"
        status = response.status_code
        if status in (httpx.codes.UNAUTHORIZED, httpx.codes.FORBIDDEN):
            return ServerRefused(message)
        if status == httpx.codes.TOO_MANY_REQUESTS:
            return ServerLimited(message)
        return ServerUnavailable(message) if status >= httpx.codes.INTERNAL_SERVER_ERROR else ServerError(message)


def _server_sent_events(lines: Iterator[str]) -> Iterator[tuple[str, str]]:
    """(event type, data) of each event in an SSE body (the WHATWG rules Arena's streams need: ``event``,
    multi-line ``data``, comments and ``id``/``retry`` skipped)."""
    event, data = "message", list[str]()
    for line in lines:
        if not line:
            if data:
                yield event, "\n".join(data)
            event, data = "message", []
            continue
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "event":
            event = value
        elif field == "data":
            data.append(value)
    if data:
        yield event, "\n".join(data)
