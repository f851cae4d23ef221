"""Errors only the HTTP and WebSocket edge raises.

    ApiError
    ├── DebateNotFound        (no debate with that id, or its events have expired)
    ├── DebateRefused         (the engine refused the debate before it began; carries the engine's code)
    ├── QuestionTooLong       (longer than ``ARENA_API_MAX_QUESTION_CHARS``)
    ├── ModelNotFound         (an OpenAI-compatible request for a model Arena does not serve)
    ├── NoQuestion            (a chat request without a user message to debate)
    └── InvalidClientMessage  (a WebSocket frame that is not a command Arena knows)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from arena.errors import ArenaError


class ApiError(ArenaError):
    code = "api-error"


class DebateNotFound(ApiError):
    code = "debate-not-found"

    def __init__(self, debate_id: str) -> None:
        self.debate_id = debate_id
        super().__init__(f"no debate {debate_id!r} (never created, or its events have expired)")


class DebateRefused(ApiError):
    """The debate ended with an error before saying anything (an unclear question, an unknown writer...).

    ``code`` is the engine's own error code, so the problem reads as if that error had been raised here.
    """

    code = "debate-refused"

    def __init__(self, code: str, message: str, details: Mapping[str, Any]) -> None:
        super().__init__(message)
        self.code = code
        self.suggestions: list[str] | None = details.get("suggestions")
        self.candidates: list[dict[str, Any]] | None = details.get("candidates")


class QuestionTooLong(ApiError):
    code = "question-too-long"

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"the question is {length} characters long; the limit is {limit}")

    @classmethod
    def check(cls, question: str, limit: int) -> None:
        if len(question) > limit:
            raise cls(len(question), limit)


class ModelNotFound(ApiError):
    code = "model-not-found"

    def __init__(self, model: str, served: str) -> None:
        super().__init__(f"no model {model!r}; this server serves {served!r}")


class NoQuestion(ApiError):
    code = "no-question"


class InvalidClientMessage(ApiError):
    code = "invalid-client-message"
