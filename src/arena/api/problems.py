"""RFC 9457 problem details: every error the API returns, mapped once from Arena's error tree.

``STATUS`` maps error classes to HTTP statuses and is looked up along the exception's MRO, so a domain's base
class covers its whole subtree. The problem ``type`` is built from the error's stable ``code``.

The OpenAI-compatible routes (``OPENAI_PATHS``) answer the same problems in OpenAI's error envelope
(:func:`openai_error`), the only shape OpenAI's clients read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from arena import accounts, billing, debate, llm, nlu, resilience, stats, streaming, votes
from arena.api.errors import ApiError, InvalidClientMessage, ModelNotFound, NoQuestion, TooManyMessages
from arena.errors import ArenaError, ConfigurationError
from arena.telemetry import get_logger

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:arena:problem:"

STATUS: dict[type[ArenaError], int] = {
    ArenaError: 500,
    ConfigurationError: 500,
    stats.StatsError: 500,
    stats.PlayerNotFound: 404,
    stats.UnknownLeague: 422,
    stats.UnknownStat: 422,
    stats.UnknownSeason: 422,
    stats.SourceError: 500,
    stats.StoreUnavailable: 503,
    stats.StoreRefusedValue: 422,
    debate.DebateError: 422,
    nlu.NluError: 422,
    llm.WriterError: 502,
    llm.WriterFailed: 502,
    llm.WriterUnavailable: 503,
    streaming.StreamError: 500,
    streaming.StreamNotFound: 404,
    streaming.StreamEvicted: 410,
    streaming.StreamExists: 409,
    streaming.EventsExpired: 410,
    streaming.InvalidEventId: 400,
    streaming.LogUnavailable: 503,
    resilience.ResilienceError: 503,
    resilience.CircuitOpen: 503,
    ApiError: 400,
    debate.DebateNotFound: 404,
    debate.ControlForbidden: 403,
    debate.DebateEvicted: 410,
    debate.DebateRefused: 422,
    debate.QuestionTooLong: 422,
    ModelNotFound: 404,
    NoQuestion: 422,
    InvalidClientMessage: 400,
    votes.VotesError: 500,
    votes.AlreadyVoted: 409,
    votes.NotACandidate: 422,
    votes.AddressVotesSpent: 409,
    votes.VotesUnavailable: 503,
    TooManyMessages: 429,
    accounts.AccountsError: 400,
    accounts.EmailTaken: 409,
    accounts.IdempotencyKeyReused: 422,
    accounts.WeakPassword: 422,
    accounts.InvalidEmail: 422,
    accounts.UnknownScope: 422,
    accounts.NotAuthenticated: 401,
    accounts.MissingScope: 403,
    accounts.AccountNotFound: 404,
    accounts.ApiKeyNotFound: 404,
    accounts.UnknownPlan: 404,
    accounts.LimitExceeded: 429,
    accounts.AccountsRefusedValue: 422,
    accounts.AccountsUnavailable: 503,
    billing.BillingError: 400,
    billing.PlanNotForSale: 422,
    billing.NotACustomer: 409,
    billing.InvalidWebhook: 400,
    billing.InvalidDateRange: 422,
    billing.BillingUnavailable: 503,
    billing.BillingRefused: 502,
}

# RFC 9110 renamed these; Python 3.11's HTTPStatus still has the old phrases.
_RFC9110_PHRASES = {413: "Content Too Large", 416: "Range Not Satisfiable", 422: "Unprocessable Content"}

# Attributes an error may carry that clients can act on, sent as problem extension members.
_EXTENSIONS = ("suggestions", "candidates", "retry_after", "upgrade_url")

# The routes OpenAI's clients call, by path (a body too large is refused before any route is matched).
OPENAI_PATHS = ("/v1/chat/completions", "/v1/models")

# A dependency that is down (503) without a wait of its own (an open breaker has one): come back shortly.
UNAVAILABLE_RETRY_AFTER_SECONDS = 5.0

_log = get_logger(__name__)


class FieldError(BaseModel):
    """One invalid part of a request: where (``loc``), what is wrong (``msg``) and the kind (``type``)."""

    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    """An RFC 9457 problem. ``type`` is stable per kind of problem; ``code`` is its short form."""

    type: str = Field(examples=[f"{TYPE_PREFIX}player-not-found"])
    title: str
    status: int = Field(ge=400, le=599)
    detail: str
    code: str
    instance: str | None = None
    errors: list[FieldError] | None = None
    suggestions: list[str] | None = None
    candidates: list[dict[str, Any]] | None = None
    retry_after: float | None = None
    upgrade_url: str | None = None  # quota-exceeded: where to buy a bigger plan


class OpenAIErrorDetail(BaseModel):
    """OpenAI's error object; ``code`` is the problem's, and the problem's extension members may follow."""

    model_config = ConfigDict(extra="allow")

    message: str
    type: str = Field(examples=["invalid_request_error"])
    param: str | None
    code: str


class OpenAIError(BaseModel):
    """OpenAI's error envelope, which the OpenAI-compatible routes answer errors in."""

    error: OpenAIErrorDetail


def status_for(error: type[ArenaError]) -> int:
    for cls in error.__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 500


def _subclasses(cls: type[ArenaError]) -> Iterable[type[ArenaError]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def _class_for_code(code: str) -> type[ArenaError] | None:
    classes: list[type[ArenaError]] = [ArenaError, *_subclasses(ArenaError)]
    return next((cls for cls in classes if cls.code == code), None)


def status_for_code(code: str) -> int:
    """The status of the error class with this ``code`` (for errors that arrive as events), else 500."""
    cls = _class_for_code(code)
    return status_for(cls) if cls is not None else 500


def status_for_error(exc: ArenaError) -> int:
    """The status of ``exc``; an error relaying another's ``code`` (``DebateRefused``) gets that one's."""
    if exc.code != type(exc).code and (relayed := _class_for_code(exc.code)) is not None:
        return status_for(relayed)
    return status_for(type(exc))


def _title(code: str) -> str:
    return code.replace("-", " ").capitalize()


def make_problem(status: int, code: str, detail: str, *, instance: str | None = None, **extensions: Any) -> Problem:
    return Problem(type=TYPE_PREFIX + code, title=_title(code), status=status, detail=detail, code=code,
                   instance=instance, **extensions)


def problem_from_error(exc: ArenaError, *, instance: str | None = None) -> Problem:
    extensions = {name: getattr(exc, name) for name in _EXTENSIONS if getattr(exc, name, None) is not None}
    status = status_for_error(exc)
    if status == 503:
        extensions.setdefault("retry_after", UNAVAILABLE_RETRY_AFTER_SECONDS)
    return make_problem(status, exc.code, exc.public, instance=instance, **extensions)


def is_openai_path(path: str) -> bool:
    return any(path == prefix or path.startswith(prefix + "/") for prefix in OPENAI_PATHS)


_FIELD_PART = re.compile(r"\w+")
_VALIDATOR_PREFIX = re.compile(r"^(?:Value|Assertion) error, ")


def _openai_type(status: int) -> str:
    if status == 429:
        return "rate_limit_error"
    return "server_error" if status >= 500 else "invalid_request_error"


def openai_error(problem: Problem) -> dict[str, Any]:
    """``problem`` in OpenAI's error envelope, ``{"error": {"message", "type", "param", "code"}}``: ``code`` is
    the problem's, ``param`` the first invalid field (None if none), and the problem's extension members
    (``errors``, ``suggestions``, ``candidates``, ``retry_after``) ride along inside ``error``."""
    param = None
    if problem.errors:  # the field's path, without where it was (``body``) or which union member failed
        parts = [str(part) for part in problem.errors[0].loc[1:] if _FIELD_PART.fullmatch(str(part))]
        param = ".".join(parts) or None
    extensions = problem.model_dump(mode="json", exclude_none=True,
                                    include={"errors", "suggestions", "candidates", "retry_after"})
    return {"error": {"message": problem.detail, "type": _openai_type(problem.status), "param": param,
                      "code": problem.code, **extensions}}


def problem_response(problem: Problem) -> JSONResponse:
    """``problem`` as problem+json, or in OpenAI's envelope for a request to one of ``OPENAI_PATHS``
    (its ``instance``)."""
    headers = {}
    if problem.status == 401:
        headers["WWW-Authenticate"] = "Bearer"  # RFC 9110 §15.5.2: a 401 names the scheme it wants
    if problem.retry_after is not None:
        headers["Retry-After"] = str(max(1, round(problem.retry_after)))
    if problem.instance is not None and is_openai_path(problem.instance):
        return JSONResponse(openai_error(problem), status_code=problem.status, headers=headers)
    return JSONResponse(problem.model_dump(mode="json", exclude_none=True), status_code=problem.status,
                        media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def _phrase(status: int) -> str:
    try:
        return _RFC9110_PHRASES.get(status) or HTTPStatus(status).phrase
    except ValueError:
        return "HTTP error"


def _http_code(status: int) -> str:
    return _phrase(status).lower().replace(" ", "-")


def error_response(exc: ArenaError, path: str) -> JSONResponse:
    """The problem response for an Arena error raised while serving ``path``."""
    problem = problem_from_error(exc, instance=path)
    if problem.status >= 500:
        # The whole message (hosts, causes) is for the operator's log; the client got ``exc.public``.
        _log.error("request failed", code=exc.code, detail=exc.message, path=path)
    return problem_response(problem)


async def _arena_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ArenaError)
    return error_response(exc, request.url.path)


def _is_json(media_type: str) -> bool:
    essence = media_type.split(";", 1)[0].strip().lower()
    return essence == "application/json" or (essence.startswith("application/") and essence.endswith("+json"))


def _field_message(error: dict[str, Any], media_type: str | None) -> str:
    # A body sent as a form or plain text reaches validation as bytes, and pydantic's own words ("a valid
    # dictionary or object to extract fields from") do not say that the media type is what to fix.
    if (list(error.get("loc", ())) == ["body"] and error.get("type") == "model_attributes_type"
            and media_type is not None and not _is_json(media_type)):
        return "the body must be a JSON object, sent with Content-Type: application/json (this one was not JSON)"
    # Pydantic prefixes the message of a validator's ValueError ("Value error, control character ..."): words
    # about pydantic, not about the request.
    return _VALIDATOR_PREFIX.sub("", str(error.get("msg", "")))


def validation_problem(errors: Sequence[Any], path: str, media_type: str | None = None) -> Problem:
    """The 422 ``invalid-request`` problem for a request's validation ``errors`` (pydantic's dicts)."""
    fields = [FieldError(loc=[part for part in e.get("loc", ()) if isinstance(part, str | int)],
                         msg=_field_message(e, media_type), type=str(e.get("type", ""))) for e in errors]
    detail = "; ".join(f"{'.'.join(map(str, e.loc))}: {e.msg}" for e in fields) or "invalid request"
    return make_problem(422, "invalid-request", detail, instance=path, errors=fields)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return problem_response(validation_problem(exc.errors(), request.url.path, request.headers.get("content-type")))


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else _phrase(exc.status_code)
    response = problem_response(make_problem(exc.status_code, _http_code(exc.status_code), detail,
                                             instance=request.url.path))
    response.headers.update(exc.headers or {})
    return response


def unexpected_problem(exc: Exception, path: str) -> Problem:
    """The 500 problem for an error nothing else handled; the caller re-raises, so the server logs the
    traceback too."""
    _log.error("unexpected error", path=path, error=type(exc).__name__)
    return make_problem(500, "internal-error", "the server failed to handle this request", instance=path)


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    # Starlette re-raises after this response is sent.
    return problem_response(unexpected_problem(exc, request.url.path))


def install_problem_handlers(app: FastAPI) -> None:
    """Render every error as problem+json: Arena's own, request validation, HTTP errors, and the unexpected."""
    app.add_exception_handler(ArenaError, _arena_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for these error statuses, each a :class:`Problem`."""
    return {status: {"model": Problem, "description": _phrase(status)} for status in statuses}


def openai_error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for these error statuses of an OpenAI-compatible route."""
    return {status: {"model": OpenAIError, "description": _phrase(status)} for status in statuses}


def as_problem_media_type(openapi: dict[str, Any]) -> dict[str, Any]:
    """Make every documented error response ``application/problem+json`` (OpenAI's envelope as
    ``application/json`` on ``OPENAI_PATHS``), as the handlers send them.

    FastAPI files a route's error models under the route's own media type (``text/event-stream`` for the
    streaming routes), and the app's own (500) as problems, so each error's content is replaced whatever it
    was filed under.
    """
    openai_content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{OpenAIError.__name__}"}}}
    for path, operations in openapi.get("paths", {}).items():
        for operation in operations.values():
            for status, response in operation.get("responses", {}).items():
                content = response.get("content", {})
                if str(status)[0] in "45" and content:
                    response["content"] = (openai_content if is_openai_path(path)
                                           else {PROBLEM_MEDIA_TYPE: next(iter(content.values()))})
    return openapi


def error_frame(problem: Problem) -> dict[str, Any]:
    """An error as a stream frame (SSE ``error`` event, WebSocket message): shaped like the debate's own
    ``error`` events (``type``, ``code``, ``message``), with the full problem beside them."""
    return {"type": "error", "code": problem.code, "message": problem.detail,
            "problem": problem.model_dump(mode="json", exclude_none=True)}

