"""A JSON body naming one key twice in an object is refused: ``{"question": "Jordan vs LeBron", "question": "x"}``
was read as its last value, so whatever read the first (a proxy, a log, the client's own code) had another
request in mind, as with a query parameter given twice (:mod:`arena.api.strict_query`).

Served outermost, before the routes that read bodies themselves (:mod:`arena.api.direct_create`): a JSON body
up to the body limit is read whole, checked, and handed on byte for byte; a larger one, or one that is no JSON
at all, goes on as it came, for the body limit or the route's own validation to refuse.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from arena.api.problems import problem_response, validation_problem
from arena.errors import echo

_WITH_BODIES = frozenset({"POST", "PUT", "PATCH"})


class DuplicateKey(ValueError):
    def __init__(self, path: list[str | int], key: str) -> None:
        super().__init__(key)
        self.path = path
        self.key = key


def _is_json(content_type: str) -> bool:
    essence = content_type.split(";", 1)[0].strip().lower()
    return essence == "application/json" or (essence.startswith("application/") and essence.endswith("+json"))


def find_duplicate_key(body: bytes) -> DuplicateKey | None:
    """The first object key given twice in ``body`` (with the path to its object), or None: also None when
    ``body`` is no JSON, which the route's validation then names."""
    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for key, value in items:
            if key in seen:
                raise DuplicateKey([], key)
            seen[key] = value
        return seen

    try:
        json.loads(body, object_pairs_hook=pairs)
    except DuplicateKey as duplicate:
        duplicate.path = _path_to(body, duplicate.key)
        return duplicate
    except ValueError:  # not JSON (or not UTF-8): the route's own validation says so
        return None
    return None


def _path_to(body: bytes, key: str) -> list[str | int]:
    """Where the object holding the repeated ``key`` sits, found again by walking the decoded document."""
    def walk(node: Any, path: list[str | int]) -> list[str | int] | None:
        if isinstance(node, list):
            for index, item in enumerate(node):
                if (found := walk(item, [*path, index])) is not None:
                    return found
        elif isinstance(node, tuple):  # an object, as its pairs
            keys = [k for k, _ in node]
            if keys.count(key) > 1:
                return path
            for k, value in node:
                if (found := walk(value, [*path, k])) is not None:
                    return found
        return None

    document = json.loads(body, object_pairs_hook=tuple)
    return walk(document, []) or []


class RefuseDuplicateKeys:
    def __init__(self, app: ASGIApp, max_bytes: Callable[[], int]) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] not in _WITH_BODIES
                or not _is_json(Headers(scope=scope).get("content-type", ""))):
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes()
        messages: list[Message] = []
        body = bytearray()
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            body.extend(message.get("body", b""))
            if not message.get("more_body", False) or len(body) > limit:
                break
        complete = bool(messages) and messages[-1]["type"] == "http.request" and not messages[-1].get("more_body")
        if complete and len(body) <= limit and (duplicate := find_duplicate_key(bytes(body))) is not None:
            where = ".".join(str(part) for part in duplicate.path)
            error = {"loc": ("body", *duplicate.path, duplicate.key), "type": "duplicate_key",
                     "msg": f"the key {echo(duplicate.key)} is given twice in "
                            f"{where or 'the body'}; give it once"}
            await problem_response(validation_problem([error], scope["path"]))(scope, receive, send)
            return

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)
