"""Who is asking to control a debate: the controller named by the request's ``Authorization: Bearer`` token
(or by a ``token`` field, for clients that cannot set headers, such as a browser's WebSocket).

The one place a request becomes a controller (:mod:`arena.debate.control`): accounts (issue #15) replace
``request_controller`` with one that names the signed-in account, and no route changes.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, WebSocket
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.requests import HTTPConnection

from arena.debate import token_controller

# Also sent as a header, for ``POST /v1/debates/stream``, whose body is the event stream.
CONTROL_TOKEN_HEADER = "Arena-Control-Token"
_BEARER = "bearer "
# Declares the scheme in the OpenAPI document; a missing or other scheme is no controller, not an error.
_bearer_scheme = HTTPBearer(auto_error=False, description="The debate's `control_token`.")


def bearer_token(connection: HTTPConnection) -> str | None:
    authorization = connection.headers.get("authorization", "")
    if authorization[:len(_BEARER)].lower() != _BEARER:
        return None
    return authorization[len(_BEARER):].strip() or None


def controller_for(token: str | None) -> str | None:
    return token_controller(token) if token else None


async def request_controller(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer_scheme)],
) -> str | None:
    return controller_for(credentials.credentials if credentials else None)


async def socket_controller(websocket: WebSocket) -> str | None:
    # HTTPBearer reads a Request, which a WebSocket route does not have: the same header, read here.
    return controller_for(bearer_token(websocket))


ControllerDep = Annotated[str | None, Depends(request_controller)]
SocketControllerDep = Annotated[str | None, Depends(socket_controller)]
