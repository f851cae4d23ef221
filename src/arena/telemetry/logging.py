"""Structured logs (structlog): JSON lines in production, a readable console form for people.

A request id is bound in a context variable at the edge (HTTP middleware, CLI) and carried into every log
line of that request, including the debate and its stream.

structlog (and Rich, which it imports) is imported with the first logger asked for, and configured then: a command
that logs nothing (``arena parse``) never loads them, a tenth of its start.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable, MutableMapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import structlog

_request_id: ContextVar[str | None] = ContextVar("arena_request_id", default=None)

# Keys whose values never reach a log line, whatever a caller passes.
_SECRET_KEYS = frozenset({"authorization", "api_key", "password", "token", "secret", "llm_api_key", "cookie"})
REDACTED = "[redacted]"
# The password of any URL written into a message or an exception's text (``scheme://user:password@host``).
_URL_PASSWORD = re.compile(r"(?P<head>[A-Za-z][A-Za-z0-9+.-]*://[^\s/@:]*):[^\s/@]*@")
# Secret values from settings (an API key, a URL's password), replaced wherever they appear in a line.
_secret_values: set[str] = set()
# The level and format ``configure_logging`` asked for, not yet given to structlog (not imported yet).
_pending: tuple[str, bool] | None = None


def request_id() -> str | None:
    return _request_id.get()


def bind_request_id(value: str | None) -> None:
    _request_id.set(value)


def _add_request_id(_logger: Any, _method: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    rid = _request_id.get()
    if rid is not None:
        event.setdefault("request_id", rid)
    return event


def redact_text(text: str) -> str:
    """``text`` without URL passwords or any registered secret value."""
    text = _URL_PASSWORD.sub(lambda match: f"{match['head']}:{REDACTED}@", text)
    for secret in _secret_values:
        text = text.replace(secret, REDACTED)
    return text


def _redact(_logger: Any, _method: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for key, value in list(event.items()):
        if key.lower() in _SECRET_KEYS:
            event[key] = REDACTED
        elif isinstance(value, str):
            event[key] = redact_text(value)
        elif isinstance(value, BaseException):
            event[key] = redact_text(f"{type(value).__name__}: {value}")
    return event


def _stderr_logger(*_names: Any) -> structlog.PrintLogger:
    """A logger writing to ``sys.stderr`` as it is now: a command run in-process (Typer's ``CliRunner``) has its
    own, and a logger cached with an earlier run's stream would write into a closed one."""
    import structlog  # noqa: PLC0415 (see the module's docstring)

    return structlog.PrintLogger(sys.stderr)


def configure_logging(*, level: str = "INFO", json: bool = True, secrets: Iterable[str] = ()) -> None:
    """Set up structlog (each command and ``arena serve`` call it); ``secrets`` (settings' secret values) are
    replaced by ``[redacted]`` wherever they would appear in a log line. Until structlog is loaded this only
    records the set-up, applied with the first logger (``get_logger``)."""
    global _pending  # noqa: PLW0603  # the process's logging set-up, as structlog's own is
    _secret_values.update(secret for secret in secrets if len(secret) >= 4)
    _pending = (level, json)
    if "structlog" in sys.modules:  # loggers may exist already: each reads the set-up when it writes a line
        _configure_structlog()


def _configure_structlog() -> None:
    global _pending  # noqa: PLW0603  # see configure_logging
    if _pending is None:
        return
    import structlog  # noqa: PLC0415 (see the module's docstring)

    level, json = _pending
    _pending = None
    renderer: Any = structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer()
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            _add_request_id,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            _redact,  # after format_exc_info, so a traceback's text is cleaned too
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=_stderr_logger,
        cache_logger_on_first_use=False,  # a cached logger keeps the stream of its first use (see above)
    )


def get_logger(name: str) -> Any:
    import structlog  # noqa: PLC0415 (see the module's docstring)

    _configure_structlog()
    return structlog.get_logger(name)
