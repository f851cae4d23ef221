"""Who is asking to control a debate: the controllers a request presents (:mod:`arena.debate.control`).

With accounts off, ``Authorization: Bearer`` carries the debate's control token. With accounts on it carries
the caller's credential, so a signed-in caller holding ``debates:write`` presents its account (the owner of
the debates it started); the control token then travels as the ``Arena-Control-Token`` header. Either way a
``token`` field (the cancel body, the WebSocket's cancel command) serves clients that cannot set headers.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, WebSocket
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.requests import HTTPConnection

from arena.accounts import AccountService, Principal
from arena.api.gateway import AccountsDep, CallerDep, request_address
from arena.debate import account_controller, token_controller

# Also sent as a header, for ``POST /v1/debates/stream``, whose body is the event stream.
CONTROL_TOKEN_HEADER = "Arena-Control-Token"
_BEARER = "bearer "
# Declare the schemes in the OpenAPI document; a missing one is no controller, not an error.
_bearer_scheme = HTTPBearer(auto_error=False, description="The debate's `control_token` (accounts off), or "
                            "an API key or access token of the account that started it (accounts on).")
_token_header = APIKeyHeader(name=CONTROL_TOKEN_HEADER, auto_error=False,
                             description="The debate's `control_token`, beside an account's `Authorization`.")


def bearer_token(connection: HTTPConnection) -> str | None:
    authorization = connection.headers.get("authorization", "")
    if authorization[:len(_BEARER)].lower() != _BEARER:
        return None
    return authorization[len(_BEARER):].strip() or None


def controller_for(token: str | None) -> str | None:
    return token_controller(token) if token else None


def controllers_of(*tokens: str | None, principal: Principal | None = None) -> tuple[str, ...]:
    """The controllers of the control ``tokens`` given, and of ``principal``'s account when it may write."""
    named = [token_controller(token) for token in tokens if token]
    if principal is not None and principal.account is not None and "debates:write" in principal.scopes:
        named.append(account_controller(principal.account.id))
    return tuple(named)


async def request_controllers(
    principal: CallerDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer_scheme)],
    header_token: Annotated[str | None, Depends(_token_header)],
) -> tuple[str, ...]:
    if principal is None:  # accounts off: the bearer is the control token
        return controllers_of(credentials.credentials if credentials else None, header_token)
    if principal.account is not None:
        # Controlling a debate writes: an account's read-only key is told so rather than refused as a stranger.
        AccountService.require(principal, "debates:write")
    return controllers_of(header_token, principal=principal)


async def socket_controllers(websocket: WebSocket, accounts: AccountsDep) -> tuple[str, ...]:
    """The upgrade request's controllers; raises ``NotAuthenticated`` for a bad credential (accounts on). A
    key without ``debates:write`` watches as a spectator."""
    # HTTPBearer and the gateway's caller read a Request, which a WebSocket route does not have.
    header_token = websocket.headers.get(CONTROL_TOKEN_HEADER)
    if accounts is None:
        return controllers_of(bearer_token(websocket), header_token)
    principal = await run_in_threadpool(accounts.authenticate, websocket.headers.get("authorization"),
                                        address=request_address(websocket))
    return controllers_of(header_token, principal=principal)


ControllersDep = Annotated[tuple[str, ...], Depends(request_controllers)]
