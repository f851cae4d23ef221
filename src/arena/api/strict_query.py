"""Unknown query parameters are an error, on every route: a misspelt one (``?from=`` for ``?from_season=``) would
otherwise be ignored and the answer be for a question the client did not ask.

Mounted once, as a dependency of every router (:mod:`arena.api.app`); dependencies of a route run before
its own parameters are read and before its body runs, so nothing else happens for such a request.
"""

from __future__ import annotations

from fastapi import Depends
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError, WebSocketRequestValidationError
from fastapi.routing import APIRoute, APIWebSocketRoute
from starlette.requests import HTTPConnection


def _query_names(dependant: Dependant) -> set[str]:
    """The query parameters a route (or one of its dependencies) declares: a walk of a handful of nodes."""
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


async def _refuse_unknown_query(connection: HTTPConnection) -> None:
    route = connection.scope.get("route")
    if not isinstance(route, APIRoute | APIWebSocketRoute):
        return
    declared = _query_names(route.dependant)
    unknown = [name for name in dict.fromkeys(connection.query_params) if name not in declared]
    if not unknown:
        return
    takes = ", ".join(sorted(declared)) or "none"
    errors = [{"loc": ("query", name), "msg": f"unknown query parameter (this route takes: {takes})",
               "type": "extra_forbidden"} for name in unknown]
    raise (WebSocketRequestValidationError if connection.scope["type"] == "websocket"
           else RequestValidationError)(errors)


KNOWN_QUERY_ONLY = Depends(_refuse_unknown_query)
"""A router dependency: a request naming a query parameter its route does not declare gets a 422 problem
naming each one."""
