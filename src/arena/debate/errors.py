"""Errors of the debate engine.

    DebateError
    ├── UnknownWriter          (the request names a writer this build does not have)
    ├── InvalidCriteria        (``criteria=`` names an unknown criterion or a bad weight)
    ├── QuestionNotUnderstood  (the parser found nothing to debate; carries suggestions)
    └── NeedsClarification     (a name matched several players; carries the candidates; exit code 3)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from arena.errors import ArenaError


class DebateError(ArenaError):
    code = "debate-error"


class UnknownWriter(DebateError):
    code = "unknown-writer"


class InvalidCriteria(DebateError):
    code = "invalid-criteria"


class QuestionNotUnderstood(DebateError):
    """The question could not be turned into a debate; ``suggestions`` lists close names, if any."""

    code = "question-not-understood"

    def __init__(self, message: str, suggestions: Sequence[str] = ()) -> None:
        self.suggestions = list(suggestions)
        if self.suggestions:
            message = f"{message} (did you mean: {', '.join(self.suggestions)}?)"
        super().__init__(message)


class NeedsClarification(DebateError):
    """A mention matched several players too closely; ``candidates`` maps each mention to its options."""

    code = "needs-clarification"
    exit_code = 3

    def __init__(self, message: str, candidates: Sequence[dict[str, Any]]) -> None:
        super().__init__(message)
        self.candidates = list(candidates)
