"""The commercial gateway at the edge: who calls (``Authorization: Bearer <API key or access token>``, or
nobody), how fast (the plan's API calls per hour) and how much (a debate from the month's allowance).

Everything here is a FastAPI dependency that does nothing while ``ARENA_ACCOUNTS_ENABLED`` is off; a route
that starts a debate takes it with the :class:`Admission` its dependency hands it, once the body is valid.
Metered responses carry ``RateLimit-Limit``/``-Remaining``/``-Reset``, added by :class:`RateLimitHeaders` from
the state the dependency leaves on the request. The web page's own requests carry its page pass, a cookie
handed out with the page (:func:`hand_page_pass`), and count against the per-address browser limit instead.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request, Response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from arena.accounts import Account, AccountService, NotAuthenticated, Principal, RateLimited, RateLimitState
from arena.accounts import Scope as AccessScope
from arena.api.client_address import client_address, trusted_networks
from arena.api.deps import ApiState
from arena.debate import account_controller
from arena.errors import ArenaError

_STATE_KEY = "rate_limit"
PAGE_PASS_COOKIE = "arena_page"


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


def _authenticate(request: Request, accounts: AccountService, address: str | None = None) -> Principal:
    return accounts.authenticate(request.headers.get("authorization"), address=address or request_address(request))


def hand_page_pass(request: Request, response: Response) -> None:
    """Give the page rendered for ``request`` its page pass while accounts are on: a cookie that only the
    page's own API requests carry (``HttpOnly``, ``SameSite=Strict``, on ``/v1`` alone)."""
    state: ApiState = request.app.state.arena
    accounts = state.services.accounts
    if accounts is None:
        return
    response.set_cookie(PAGE_PASS_COOKIE, accounts.issue_page_pass(request_address(request)), path="/v1",
                        max_age=int(accounts.page_pass_lifetime.total_seconds()), httponly=True,
                        samesite="strict", secure=request.url.scheme == "https")


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
    address = request_address(request)
    principal = _authenticate(request, accounts, address)
    AccountService.require(principal, scope)
    try:
        request.state.rate_limit = accounts.meter(principal, address=address,
                                                  page_pass=request.cookies.get(PAGE_PASS_COOKIE))
    except RateLimited as exc:
        request.state.rate_limit = RateLimitState(allowed=False, limit=exc.limit, remaining=0,
                                                  reset_seconds=max(1, round(exc.retry_after)))
        raise
    return principal


def metered(scope: AccessScope) -> Callable[..., object]:
    """A dependency for a metered route: the caller must hold ``scope``; one call counts against its plan."""

    async def meter(request: Request, accounts: AccountsDep) -> None:
        if accounts is not None:
            await run_in_threadpool(_meter, request, accounts, scope)

    return meter


@dataclass(frozen=True, slots=True)
class Admission:
    """A request let through to start a debate: who it acts for (None while accounts are off) and the
    ``Idempotency-Key`` it sent, on ``path``."""

    accounts: AccountService | None
    principal: Principal | None
    idempotency_key: str | None
    path: str

    @property
    def owner(self) -> str | None:
        """The controller of the calling account, which owns the debates it starts (None: anonymous, or off)."""
        account = self.principal.account if self.principal is not None else None
        return account_controller(account.id) if account is not None else None

    @asynccontextmanager
    async def charge(self, debate_id: str, asked: BaseModel) -> AsyncIterator[str | None]:
        """Take one debate of the month's allowance for ``debate_id``, asked with the body ``asked``.

        Yields None: start the debate (a failure to, an ``ArenaError`` inside, gives the charge back); or the
        id of the debate this ``Idempotency-Key`` started before, nothing taken: answer with that one. The
        key sent again with another body (or path) raises ``IdempotencyKeyReused``; past the allowance,
        ``QuotaExceeded``."""
        if self.accounts is None or self.principal is None:
            yield None
            return
        digest = request_digest(self.path, asked)
        charge = await run_in_threadpool(self.accounts.charge_debate, self.principal,
                                         idempotency_key=self.idempotency_key, debate_id=debate_id,
                                         request_digest=digest)
        if charge.replayed:
            yield charge.debate_id
            return
        try:
            yield None
        except ArenaError:
            await run_in_threadpool(self.accounts.refund, charge)
            raise


def request_digest(path: str, asked: BaseModel) -> str:
    """SHA-256 of the route and the validated body, so the same request written differently (key order,
    spacing) is the same request, as Stripe compares an idempotent request's parameters."""
    canonical = json.dumps([path, asked.model_dump(mode="json")], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def admits_debate(scope: AccessScope) -> Callable[..., Awaitable[Admission]]:
    """A dependency for a route that starts a debate: the caller must hold ``scope``, and one call counts
    against its plan. The route then takes the debate with :meth:`Admission.charge`, once its body is valid."""

    async def admit(request: Request, accounts: AccountsDep,
                    idempotency_key: Annotated[str | None, Header(min_length=1, max_length=255)] = None) -> Admission:
        if accounts is None:
            return Admission(None, None, None, request.url.path)
        principal = await run_in_threadpool(_meter, request, accounts, scope)
        return Admission(accounts, principal, idempotency_key, request.url.path)

    return admit
