"""Errors only the HTTP and WebSocket edge raises (a debate's own, such as ``DebateNotFound``, are the debate
domain's: :mod:`arena.debate.errors`).

    ApiError
    ├── ModelNotFound         (an OpenAI-compatible request for a model Arena does not serve)
    ├── NoQuestion            (a chat request without a user message to debate)
    ├── InvalidClientMessage  (a WebSocket frame that is not a command Arena knows)
    ├── InvalidEncoding       (a path or query string that is not UTF-8 once percent-decoded)
    └── TooManyMessages       (WebSocket frames faster than ``ARENA_SERVER_WEBSOCKET_MESSAGES_PER_SECOND``)
"""

from __future__ import annotations

from arena.errors import ArenaError, RefusesTheRequest, echo


class ApiError(ArenaError, code="api-error"): ...


class ModelNotFound(ApiError, code="model-not-found"):
    def __init__(self, model: str, served: str) -> None:
        super().__init__(f"no model {echo(model)}; this server serves {served!r}")


class NoQuestion(ApiError, code="no-question"): ...


class InvalidClientMessage(ApiError, code="invalid-client-message"): ...


class InvalidEncoding(RefusesTheRequest, ApiError, code="invalid-encoding"):
    def __init__(self, part: str, byte: int, offset: int) -> None:
        super().__init__(f"the {part} is not UTF-8 once percent-decoded (byte 0x{byte:02X} at offset {offset}); "
                         "percent-encode the UTF-8 bytes of the text")


class TooManyMessages(ApiError, code="too-many-messages"):
    def __init__(self, per_second: float) -> None:
        super().__init__(f"more than {per_second:g} messages a second; the connection is closed")
