"""The commercial gateway at the edge: who calls (``Authorization: Bearer <API key or access token>``, or
nobody), how fast (the plan's API calls per hour) and how much (a debate from the month's allowance).

Everything here is a FastAPI dependency that does nothing while ``ARENA_ACCOUNTS_ENABLED`` is off. Metered
responses carry ``RateLimit-Limit``/``-Remaining``/``-Reset``, added by :class:`RateLimitHeaders` from the
state the dependency leaves on the request.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from arena.accounts import AccountService, Charge, NotAuthenticated, Principal, RateLimited, RateLimitState
from arena.accounts.model import Account
from arena.accounts.model import Scope as AccessScope
from arena.api.client_address import client_address, trusted_networks
from arena.api.deps import ApiState
from arena.errors import ArenaError

_STATE_KEY = "rate_limit"


class RateLimitHeaders:
    """Adds the ``RateLimit-*`` headers (IETF draft, as ``limits`` and most gateways send them) to every
    response whose request was metered, refused ones included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            state: RateLimitState | None = scope.get("state", {}).get(_STATE_KEY)
            if message["type"] == "http.response.start" and state is not None:
                headers = MutableHeaders(scope=message)
                headers["RateLimit-Limit"] = str(state.limit)
                headers["RateLimit-Remaining"] = str(max(0, state.remaining))
                headers["RateLimit-Reset"] = str(state.reset_seconds)
            await send(message)

        await self.app(scope, receive, with_headers)


async def _accounts(connection: HTTPConnection) -> AccountService | None:
    state: ApiState = connection.app.state.arena
    return state.services.accounts


AccountsDep = Annotated[AccountService | None, Depends(_accounts)]


def request_address(connection: HTTPConnection) -> str:
    """The client's address through ``ARENA_TRUSTED_PROXIES`` (parsed once per app)."""
    app_state = connection.app.state
    trusted = getattr(app_state, "trusted_proxies", None)
    if trusted is None:
        state: ApiState = app_state.arena
        trusted = app_state.trusted_proxies = trusted_networks(state.services.settings.trusted_proxies)
    peer = connection.client.host if connection.client else None
    return client_address(peer, connection.headers.get("x-forwarded-for"), trusted)


def _authenticate(request: Request, accounts: AccountService) -> Principal:
    return accounts.authenticate(request.headers.get("authorization"), address=request_address(request))


async def caller(request: Request, accounts: AccountsDep) -> Principal | None:
    """Who the request acts for; None while accounts are off. A bad credential is a 401, never anonymous."""
    if accounts is None:
        return None
    return await run_in_threadpool(_authenticate, request, accounts)


CallerDep = Annotated[Principal | None, Depends(caller)]


@dataclass(frozen=True, slots=True)
class SignedIn:
    """An account's own request: the service, the caller and its account."""

    accounts: AccountService
    principal: Principal
    account: Account


async def signed_in(principal: CallerDep, accounts: AccountsDep) -> SignedIn:
    """The calling account, for the account's own routes (mounted only while accounts are on)."""
    assert accounts is not None and principal is not None
    if principal.account is None:
        raise NotAuthenticated("this needs an API key or an access token: Authorization: Bearer <credential>")
    return SignedIn(accounts, principal, principal.account)


SignedInDep = Annotated[SignedIn, Depends(signed_in)]


async def operator(signed: SignedInDep) -> SignedIn:
    """The calling account, holding the ``admin`` scope (else a 403), for the operator's routes."""
    AccountService.require(signed.principal, "admin")
    return signed


OperatorDep = Annotated[SignedIn, Depends(operator)]


def _meter(request: Request, accounts: AccountService, scope: AccessScope) -> Principal:
    """Authenticate, check the scope and count the call: one trip to the thread pool for all three."""
    principal = _authenticate(request, accounts)
    AccountService.require(principal, scope)
    try:
        request.state.rate_limit = accounts.meter(principal)
    except RateLimited as exc:
        request.state.rate_limit = RateLimitState(allowed=False, limit=exc.limit, remaining=0,
                                                  reset_seconds=max(1, round(exc.retry_after)))
        raise
    return principal


def _admit(request: Request, accounts: AccountService, scope: AccessScope, idempotency_key: str | None) -> Charge:
    principal = _meter(request, accounts, scope)
    return accounts.charge_debate(principal, idempotency_key=idempotency_key)


def metered(scope: AccessScope) -> Callable[..., object]:
    """A dependency for a metered route: the caller must hold ``scope``; one call counts against its plan."""

    async def meter(request: Request, accounts: AccountsDep) -> None:
        if accounts is not None:
            await run_in_threadpool(_meter, request, accounts, scope)

    return meter


def admits_debate(scope: AccessScope) -> Callable[..., AsyncIterator[None]]:
    """A dependency for a route that starts a debate: scope, one metered call, and one debate from the
    month's allowance, taken atomically before the debate starts and given back if it never does. An
    ``Idempotency-Key`` the caller sent before takes nothing again."""

    async def admit(request: Request, accounts: AccountsDep,
                    idempotency_key: Annotated[str | None, Header(max_length=255)] = None) -> AsyncIterator[None]:
        if accounts is None:
            yield
            return
        charge = await run_in_threadpool(_admit, request, accounts, scope, idempotency_key)
        try:
            yield
        except ArenaError:
            await run_in_threadpool(accounts.refund, charge)
            raise

    return admit
