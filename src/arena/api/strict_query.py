"""Unknown query parameters are an error, on every route: a misspelt one (``?from=`` for ``?from_season=``) would
otherwise be ignored and the answer be for a question the client did not ask. So is a one-valued parameter given
twice (``?league=nba&league=nfl``): the last would be taken silently, and whatever read the first (a proxy, a
log, the client's own code) would have another question in mind.

Mounted once, as a dependency of every router (:mod:`arena.api.app`); dependencies of a route run before
its own parameters are read and before its body runs, so nothing else happens for such a request.
"""

from __future__ import annotations

from collections import Counter
from types import UnionType
from typing import Any, Union, get_args, get_origin

from fastapi import Depends
from fastapi.dependencies.models import Dependant
from fastapi.exceptions import RequestValidationError, WebSocketRequestValidationError
from fastapi.routing import APIRoute, APIWebSocketRoute
from starlette.requests import HTTPConnection


def _query_names(dependant: Dependant) -> dict[str, bool]:
    """The query parameters a route (or one of its dependencies) declares, each with whether it takes several
    values: a walk of a handful of nodes."""
    names = {param.alias: _takes_several(param.field_info.annotation) for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def _takes_several(annotation: Any) -> bool:
    origin = get_origin(annotation)
    if origin in (Union, UnionType):
        return any(_takes_several(arg) for arg in get_args(annotation))
    return (origin or annotation) in (list, tuple, set, frozenset)


async def _refuse_unknown_query(connection: HTTPConnection) -> None:
    route = connection.scope.get("route")
    if not isinstance(route, APIRoute | APIWebSocketRoute):
        return
    declared = _query_names(route.dependant)
    given = Counter(name for name, _ in connection.query_params.multi_items())
    unknown = [name for name in given if name not in declared]
    repeated = [name for name, times in given.items() if times > 1 and declared.get(name) is False]
    if not unknown and not repeated:
        return
    takes = ", ".join(sorted(declared)) or "none"
    errors = [{"loc": ("query", name), "msg": f"unknown query parameter (this route takes: {takes})",
               "type": "extra_forbidden"} for name in unknown]
    errors += [{"loc": ("query", name), "msg": f"given {given[name]} times; it takes one value",
                "type": "repeated_parameter"} for name in repeated]
    raise (WebSocketRequestValidationError if connection.scope["type"] == "websocket"
           else RequestValidationError)(errors)


KNOWN_QUERY_ONLY = Depends(_refuse_unknown_query)
"""A router dependency: a request naming a query parameter its route does not declare, or giving a one-valued
parameter more than once, gets a 422 problem naming each one."""
