"""Errors of the debate engine.

    DebateError
    ├── UnknownWriter          (the request names a writer this build does not have)
    ├── InvalidCriteria        (``criteria=`` names an unknown criterion or a bad weight)
    └── QuestionNotUnderstood  (the parser found nothing to debate; carries suggestions)

A name matching several players is :class:`arena.nlu.NeedsClarification`, raised as the parser found it.
"""

from __future__ import annotations

from arena.errors import ArenaError, WithSuggestions


class DebateError(ArenaError):
    code = "debate-error"


class UnknownWriter(DebateError):
    code = "unknown-writer"


class InvalidCriteria(DebateError):
    code = "invalid-criteria"


class QuestionNotUnderstood(WithSuggestions, DebateError):
    """The question could not be turned into a debate; ``suggestions`` lists close names, if any."""

    code = "question-not-understood"

