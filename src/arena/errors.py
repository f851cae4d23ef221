"""The root of every Arena error.

Each domain has one base in its own ``errors.py`` that subclasses :class:`ArenaError`::

    ArenaError
    ├── ConfigurationError
    ├── StatsError            (arena.stats.errors)
    ├── NluError              (arena.nlu.errors)
    ├── DebateError           (arena.debate.errors)
    ├── WriterError           (arena.llm.errors)
    ├── StreamError           (arena.streaming.errors)
    ├── ResilienceError       (arena.resilience.errors)
    └── VotesError            (arena.votes.errors)

Every class carries a stable ``code`` slug; entrypoints map classes to HTTP statuses and exit codes.
"""

from __future__ import annotations


class ArenaError(Exception):
    """Base of all errors Arena raises on purpose; ``code`` is a stable slug for clients."""

    code = "arena-error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigurationError(ArenaError):
    """A setting is missing or malformed."""

    code = "configuration-error"
