"""Errors of question understanding.

    NluError
    ├── QuestionRejected      the question could not be understood (empty, too long, no known name)
    ├── NeedsClarification    a name matched several players too closely to choose
    └── QuestionsUnreadable   a file of questions could not be read

:meth:`QuestionParser.parse` never raises these: it returns them as values in the
:class:`~arena.nlu.model.ParsedQuestion`. Callers that need an answerable question call
:func:`ensure_answerable`, which turns those values into these exceptions.
"""

from __future__ import annotations

from typing import Any

from arena.errors import ArenaError, RefusesTheRequest, WithSuggestions
from arena.nlu.model import Clarification, ParsedQuestion, ParseError


class NluError(ArenaError):
    """Base of question-understanding errors."""

    code = "nlu-error"


class QuestionRejected(RefusesTheRequest, WithSuggestions, NluError):
    """The question names nothing Arena can debate; ``error`` says why, with suggestions."""

    code = "question-rejected"

    def __init__(self, error: ParseError) -> None:
        self.error = error
        super().__init__(error.message, error.suggestions)


class NeedsClarification(RefusesTheRequest, NluError):
    """A mention is ambiguous; ``clarifications`` list the candidates to ask the fan about.

    Raised by :func:`ensure_answerable` and by the debate engine's planner alike.
    """

    code = "needs-clarification"

    def __init__(self, clarifications: list[Clarification]) -> None:
        self.clarifications = clarifications
        parts = []
        for item in clarifications:
            options = "; ".join(f"{c.name} ({c.league.upper()} {c.years})" for c in item.candidates)
            parts.append(f"'{item.mention}' could be {options or 'several players'}")
        super().__init__("which player? " + " | ".join(parts))

    @property
    def candidates(self) -> list[dict[str, Any]]:
        """The clarifications as JSON objects (``mention`` and its ``candidates``), as clients receive them."""
        return [item.model_dump() for item in self.clarifications]


class QuestionsUnreadable(NluError):
    """A file of questions is missing, unreadable or not UTF-8."""

    code = "questions-unreadable"


def ensure_answerable(parsed: ParsedQuestion) -> ParsedQuestion:
    """``parsed`` itself when it can be debated; raises QuestionRejected or NeedsClarification."""
    if parsed.error is not None:
        raise QuestionRejected(parsed.error)
    if parsed.needs_clarification:
        raise NeedsClarification(list(parsed.clarification or []))
    return parsed
