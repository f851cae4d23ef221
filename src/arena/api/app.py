"""The HTTP API: ``create_app`` builds the FastAPI app; its lifespan opens and closes what it uses.

Routers are mounted here, once, under ``/v1``; errors become problem+json through :mod:`arena.api.problems`.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI
from starlette.types import ASGIApp

from arena import __version__
from arena.api.deps import ApiState
from arena.api.direct_create import DirectCreate
from arena.api.direct_events import DirectEvents
from arena.api.docs import install_docs
from arena.api.gateway import RateLimitHeaders, metered
from arena.api.head_requests import HeadAsGet
from arena.api.json_bodies import RefuseDuplicateKeys
from arena.api.limits import BodySizeLimit
from arena.api.options_requests import AnswerOptions
from arena.api.problems import as_problem_media_type, install_problem_handlers, problem_responses
from arena.api.request_target import RefuseUndecodableTarget
from arena.api.routers import (
    accounts,
    admin,
    api_keys,
    auth,
    billing,
    chat,
    debates,
    health,
    metrics,
    parse,
    players,
    sources,
    votes,
)
from arena.api.sockets import install_socket_refusals
from arena.api.strict_query import KNOWN_QUERY_ONLY
from arena.api.telemetry import RequestTelemetry
from arena.bootstrap import Services, build
from arena.debate import DebateService
from arena.settings import Settings
from arena.web import HtmlErrorPages, install_pages

# The collector's young generation, in tracked objects. At CPython's default (700) a debate in flight, a thousand
# or so objects, is collected young once or twice and moved to the old generation with all it holds; it dies
# there soon after, yet counts towards the full collections that walk the stat cache and every retained stream
# (a twelfth of the server's CPU per debate with four clients in bench/debate_paths.py). Ten thousand lets
# debates end before their objects are ever scanned; only their few reference cycles wait for a collection.
_COLLECTOR_THRESHOLDS = (10_000, 10, 10)


class ArenaApi(FastAPI):
    """FastAPI, with plain debate-events and debate-creating requests served before its middleware
    (:mod:`arena.api.direct_events`, :mod:`arena.api.direct_create`): Starlette has set ``scope["app"]`` by then,
    and nothing on those paths needs more. ``HEAD`` is answered as ``GET`` around them all
    (:mod:`arena.api.head_requests`); a request target that is not UTF-8 is refused before anything else
    (:mod:`arena.api.request_target`), as is a JSON body naming a key twice (:mod:`arena.api.json_bodies`); and
    a browser asking for a page address that fails gets an HTML page
    rather than the problem (:mod:`arena.web.error_pages`)."""

    def build_middleware_stack(self) -> ASGIApp:
        return HeadAsGet(HtmlErrorPages(RefuseUndecodableTarget(RefuseDuplicateKeys(DirectEvents(
            DirectCreate(super().build_middleware_stack(), self._api_state), self._debate_streams),
            self._body_limit))))

    def _body_limit(self) -> int:
        state = self._api_state()
        return state.services.settings.api_max_body_bytes if state is not None else Settings().api_max_body_bytes

    def _api_state(self) -> ApiState | None:
        state: ApiState | None = getattr(self.state, "arena", None)
        return state

    def _debate_streams(self) -> DebateService | None:
        state = self._api_state()
        return state.debates if state is not None else None


def create_app(services: Services | None = None, settings: Settings | None = None) -> FastAPI:
    """The API over ``services`` (which the caller then owns and closes), or over services built from
    ``settings`` when the app starts (closed when it stops)."""
    settings = settings or (services.settings if services is not None else Settings())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = services is None
        active = build(settings) if services is None else services
        # Build the debate service (its parser reads the store) before the first request, off the loop.
        debates = await asyncio.to_thread(lambda: active.debates)
        if own:
            # The parser's index is millions of objects that live as long as the process: moved out of the
            # collector's sight, so its passes do not stall every stream while it walks them again and again.
            gc.collect()
            gc.freeze()
            gc.set_threshold(*_COLLECTOR_THRESHOLDS)
        app.state.arena = ApiState(services=active, debates=debates)
        try:
            yield
        finally:
            await debates.aclose()
            if own:
                await active.event_log.close()
                await active.breakers.aclose()
                active.close()

    app = ArenaApi(
        title="Arena",
        version=__version__,
        summary="Grounded sports debates from a real NBA, NFL, MLB and NHL stat store.",
        lifespan=lifespan,
        responses=problem_responses(500),
        docs_url=None,  # served by install_docs, from packaged assets rather than a CDN
        redoc_url=None,
    )
    install_problem_handlers(app)
    install_socket_refusals(app)
    app.add_middleware(BodySizeLimit, max_bytes=settings.api_max_body_bytes)
    app.add_middleware(RateLimitHeaders)
    app.add_middleware(AnswerOptions)
    app.add_middleware(RequestTelemetry)  # outermost: it times and tags whatever the others answer
    for router in (debates.router, votes.router, sources.router, chat.router, billing.plans_router):
        app.include_router(router, prefix="/v1", dependencies=[KNOWN_QUERY_ONLY])
    # Metered reads: each counts against the caller's plan (nothing while accounts are off).
    for router in (players.router, parse.router):
        app.include_router(router, prefix="/v1", dependencies=[KNOWN_QUERY_ONLY, Depends(metered("debates:read"))])
    if settings.accounts_enabled:
        for router in (accounts.router, auth.router, api_keys.router, billing.router, admin.router):
            app.include_router(router, prefix="/v1", dependencies=[KNOWN_QUERY_ONLY])
    for router in (health.router, metrics.router):  # where orchestrators and scrapers expect them
        app.include_router(router, dependencies=[KNOWN_QUERY_ONLY])
    install_docs(app, title=app.title)
    install_pages(app, accounts_enabled=settings.accounts_enabled)
    _document_problems(app)
    return app


def _document_problems(app: FastAPI) -> None:
    build_schema = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = as_problem_media_type(build_schema())
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
