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

Every class carries a stable ``code`` slug; entrypoints map classes to HTTP statuses and exit codes. A class
declares it, and its ``public_message`` where it has one, as class keywords:
``class WriterBusy(WriterUnavailable, code="writer-busy", public_message="every writer slot stayed busy")``.
An error about a dependency (a server down, a model that broke off) also carries ``public_message``: what a
client may be told, since its ``message`` names hosts, URLs and the library's own error for logs and the CLI.
An error that can offer "did you mean" alternatives also derives from :class:`WithSuggestions`; one about a
single thing named by its id or name (a stream, a debate, an account, a plan) from :class:`AboutOne`; one
that refuses a request as asked, the client's to fix, from :class:`RefusesTheRequest`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar


class ArenaError(Exception):
    """Base of all errors Arena raises on purpose; ``code`` is a stable slug for clients."""

    code = "arena-error"
    # None: ``message`` speaks only of the request, so clients may read it as it is.
    public_message: ClassVar[str | None] = None

    def __init_subclass__(cls, *, code: str | None = None, public_message: str | None = None,
                          **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if code is not None:
            cls.code = code
        if public_message is not None:
            cls.public_message = public_message

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    @property
    def public(self) -> str:
        """What clients are told: ``public_message`` where the class has one, else the message."""
        return self.public_message or self.message


class WithSuggestions(Exception):
    """Mixed into errors that offer alternatives: ``suggestions`` (possibly empty), also named in the message.

    It comes first among the bases, so that its ``__init__`` runs and passes the message on:

    >>> class UnknownStat(WithSuggestions, StatsError): ...
    >>> str(UnknownStat("no stat 'pointz'", ["points"]))
    "no stat 'pointz' (did you mean: points?)"
    """

    def __init__(self, message: str, suggestions: Sequence[str] = ()) -> None:
        self.suggestions = list(suggestions)
        if self.suggestions:
            message = f"{message} (did you mean: {', '.join(self.suggestions)}?)"
        super().__init__(message)


class RefusesTheRequest(Exception):
    """Mixed into errors that refuse a request as asked (a question Arena cannot read or must ask back about, a
    writer, stat or season that does not exist): the client's mistake, which observers count apart from a
    failure, so it never reads as a dependency's."""


class AboutOne(Exception):
    """Mixed into errors about one thing named by its id or name (a stream, a debate, a plan): ``subject_id``
    keeps it, and the message is the class's ``template`` with it for ``{id}``.

    It comes first among the bases, so that its ``__init__`` runs and passes the message on:

    >>> class StreamExists(AboutOne, StreamError):
    ...     template = "stream {id} already exists"
    >>> str(StreamExists("d1"))
    "stream 'd1' already exists"

    ``{id}`` is the id quoted by :func:`echo`: a client's 100 KB id is not sent back whole.
    """

    template: ClassVar[str]

    def __init__(self, subject_id: str) -> None:
        self.subject_id = subject_id
        super().__init__(self.template.format(id=echo(subject_id)))


ECHO_CHARS = 80
"""How much of a client's input an error message quotes back."""


def echo(value: object, limit: int = ECHO_CHARS) -> str:
    """``value`` quoted as an error message names what it was given (its ``repr``), cut to ``limit`` characters
    with how many there were: a 100 KB name sent back whole fills a terminal or a log for nothing.

    >>> echo("pointz")
    "'pointz'"
    >>> echo("x" * 1000, limit=5)
    "'xxxxx'… (1,000 characters)"
    """
    text = value if isinstance(value, str) else str(value)
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit]!r}… ({len(text):,} characters)"


class ConfigurationError(ArenaError, code="configuration-error",
                         public_message="the server is not configured for this"):
    """A setting is missing or malformed."""
