"""Errors of the debate engine.

    DebateError
    ├── UnknownWriter          (the request names a writer this build does not have)
    ├── InvalidCriteria        (``criteria=`` names an unknown criterion or a bad weight)
    ├── QuestionNotUnderstood  (the parser found nothing to debate; carries suggestions)
    ├── QuestionTooLong        (longer than ``ARENA_API_MAX_QUESTION_CHARS``)
    ├── DebateNotFound         (no debate with that id, or its events have expired)
    │   └── DebateEvicted      (it was kept, then evicted by the cap on retained debates)
    ├── ControlForbidden       (cancelling or deleting a debate without its controller's credential)
    └── DebateRefused          (the engine refused the debate before it began; carries the engine's code)

A name matching several players is :class:`arena.nlu.NeedsClarification`, raised as the parser found it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from arena.errors import AboutOne, ArenaError, RefusesTheRequest, WithSuggestions


class DebateError(ArenaError, code="debate-error"): ...


class UnknownWriter(RefusesTheRequest, DebateError, code="unknown-writer"): ...


class InvalidCriteria(RefusesTheRequest, DebateError, code="invalid-criteria"): ...


class QuestionNotUnderstood(RefusesTheRequest, WithSuggestions, DebateError, code="question-not-understood"):
    """The question could not be turned into a debate; ``suggestions`` lists close names, if any."""


class QuestionTooLong(RefusesTheRequest, DebateError, code="question-too-long"):
    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"the question is {length} characters long; the limit is {limit}")

    @classmethod
    def check(cls, question: str, limit: int) -> None:
        if len(question) > limit:
            raise cls(len(question), limit)


class DebateNotFound(AboutOne, DebateError, code="debate-not-found"):
    template = "no debate {id} (never created, or its events have expired)"


class ControlForbidden(AboutOne, DebateError, code="debate-control-forbidden"):
    template = ("debate {id} can be cancelled or deleted only with the control token its creation "
                "returned")


class DebateEvicted(DebateNotFound, code="debate-evicted"):
    """The debate was kept, then evicted to keep the server within its cap on retained debates."""

    template = ("debate {id} is gone: the server keeps only its most recent debates "
                "(ARENA_STREAM_MAX_DEBATES, ARENA_STREAM_MAX_BYTES)")


class DebateRefused(DebateError, code="debate-refused"):
    """The debate ended with an error before saying anything (an unclear question, an unknown writer...).

    ``code`` is the engine's own error code, so the problem reads as if that error had been raised here.
    """

    def __init__(self, code: str, message: str, details: Mapping[str, Any]) -> None:
        super().__init__(message)
        self.code = code
        self.suggestions: list[str] | None = details.get("suggestions")
        self.candidates: list[dict[str, Any]] | None = details.get("candidates")
