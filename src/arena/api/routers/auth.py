"""Logins: tokens for an email and password (JSON or the OAuth2 password form), refresh, and logout."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

from fastapi import APIRouter, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from arena.accounts import TokenPair
from arena.api.errors import ApiError
from arena.api.gateway import AccountsDep, request_address
from arena.api.problems import problem_responses
from arena.api.schemas.accounts import LoginCreate, RefreshCreate, TokenRead

router = APIRouter(tags=["auth"])

_FORM = "application/x-www-form-urlencoded"
_LOGIN_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": LoginCreate.model_json_schema()},
            _FORM: {"schema": {"type": "object", "required": ["username", "password"], "properties": {
                "grant_type": {"type": "string", "enum": ["password"]},
                "username": {"type": "string", "description": "The account's email."},
                "password": {"type": "string"}}}},
        },
    },
}


class InvalidLoginRequest(ApiError, code="invalid-login-request"): ...


def _token_read(pair: TokenPair) -> TokenRead:
    return TokenRead(access_token=pair.access_token, expires_in=pair.expires_in, refresh_token=pair.refresh_token)


async def _login_body(request: Request) -> LoginCreate:
    # Parsed here rather than with FastAPI's Form, which needs python-multipart for a form of two fields.
    raw = await request.body()
    try:
        if request.headers.get("content-type", "").split(";")[0].strip() == _FORM:
            form = {name: values[0] for name, values in parse_qs(raw.decode(), keep_blank_values=True).items()}
            if form.get("grant_type", "password") != "password":
                raise InvalidLoginRequest("grant_type must be 'password'")
            fields: object = {"email": form.get("username", ""), "password": form.get("password", "")}
        else:
            fields = json.loads(raw or b"null")
    except ValueError as exc:
        raise InvalidLoginRequest("send {email, password} as JSON, or the OAuth2 password form") from exc
    try:
        return LoginCreate.model_validate(fields)
    except ValidationError as exc:
        # A field the body names wrongly (a control character, an unknown field) is refused as on every route:
        # a 422 naming it, before the login is tried or counted.
        raise RequestValidationError([{**error, "loc": ("body", *error["loc"])} for error in exc.errors()]) from exc


@router.post("/auth/token", openapi_extra=_LOGIN_BODY, responses=problem_responses(400, 401, 422, 429, 503))
async def create_token(request: Request, response: Response, accounts: AccountsDep) -> TokenRead:
    """Log in: an access token (a JWT for ``Authorization: Bearer``) and a refresh token. Repeated failures
    for an account or from an address are refused for a while (429 with ``Retry-After``)."""
    assert accounts is not None
    body = await _login_body(request)
    pair = await run_in_threadpool(accounts.login, body.email, body.password, address=request_address(request))
    response.headers["Cache-Control"] = "no-store"
    return _token_read(pair)


@router.post("/auth/refresh", responses=problem_responses(401, 422, 503))
async def refresh_token(body: RefreshCreate, response: Response, accounts: AccountsDep) -> TokenRead:
    """New tokens for a refresh token, which is then used up; using one twice logs that login out."""
    assert accounts is not None
    pair = await run_in_threadpool(accounts.refresh, body.refresh_token)
    response.headers["Cache-Control"] = "no-store"
    return _token_read(pair)


@router.post("/auth/logout", status_code=204, responses=problem_responses(422, 503))
async def logout(body: RefreshCreate, accounts: AccountsDep) -> Response:
    """Revoke the refresh token and every one rotated from the same login (access tokens lapse in minutes)."""
    assert accounts is not None
    await run_in_threadpool(accounts.logout, body.refresh_token)
    return Response(status_code=204)
