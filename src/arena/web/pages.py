"""The web page: ``/`` to ask, ``/debates/{id}`` to watch a debate live, replay it, share it and vote.

HTML pages rendered here from one layout (the writers, criteria and coverage they offer come from the server);
the rest is each page's entry script in ``static/`` talking to the public HTTP API. Third-party scripts ship in
``static/vendor/`` with their licences, so the page asks nothing of any other host. With accounts on, the
masthead's "Account" nav links ``/account`` (sign-up, log-in, plan, usage, upgrade, API keys) and ``/admin``
(the operator dashboard); with them off, neither route nor link exists.
"""

from __future__ import annotations

import html
import os
from functools import cache
from os import PathLike
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.responses import FileResponse, MalformedRangeHeader, RangeNotSatisfiable
from starlette.staticfiles import NotModifiedResponse
from starlette.types import Scope

from arena.api import DebateId, ServicesDep, hand_page_pass
from arena.bootstrap import Services
from arena.debate import CRITERIA
from arena.errors import echo
from arena.stats import DATA_SOURCES, League
from arena.web.layout import render_layout, template

STATIC = Path(__file__).with_name("static")
_UPLOT = "/static/vendor/uplot-1.6.32/uPlot"
EXAMPLES = (
    "Who's better, LeBron or Jordan?",
    "Mahomes vs Allen in 2023",
    "Gretzky or Ovechkin as a goal scorer",
    "Babe Ruth or Barry Bonds?",
)

router = APIRouter(include_in_schema=False)
account_router = APIRouter(include_in_schema=False)


def install_pages(app: FastAPI, *, accounts_enabled: bool = False) -> None:
    """Serve the page at ``/`` and ``/debates/{id}``, the account pages while accounts are on, and the assets
    under ``/static``. (A browser asking for a page address that fails gets an error page: the app wraps
    itself in :class:`arena.web.HtmlErrorPages`, outside every refusal it makes.)"""
    app.include_router(router)
    if accounts_enabled:
        app.include_router(account_router)
    app.mount("/static", _RevalidatedFiles(directory=STATIC), name="static")


class _RevalidatedFiles(StaticFiles):
    """Static files a browser checks (a 304 when unchanged) before each use: the page's modules import each
    other by plain URLs, so a browser must never run one from before an upgrade with one from after."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        if scope["method"] not in ("GET", "HEAD"):
            # Starlette's 405 names no methods, which RFC 9110 asks of it (and ``OPTIONS`` reads them from).
            raise HTTPException(405, headers={"Allow": "GET, HEAD"})
        return await super().get_response(path, scope)

    def file_response(self, full_path: str | PathLike[str], stat_result: os.stat_result, scope: Scope,
                      status_code: int = 200) -> Response:
        response: Response = _RangeProblems(full_path, status_code=status_code, stat_result=stat_result)
        if self.is_not_modified(response.headers, Headers(scope=scope)):
            response = NotModifiedResponse(response.headers)
        response.headers["Cache-Control"] = "no-cache"
        return response


class _RangeProblems(FileResponse):
    """A static file whose bad ``Range`` is a problem like every other error (Starlette answers plain text)."""

    @classmethod
    def _parse_range_header(cls, http_range: str, file_size: int) -> list[tuple[int, int]]:
        try:
            return super()._parse_range_header(http_range, file_size)
        except MalformedRangeHeader as exc:
            reason = exc.content or "unreadable"
            raise HTTPException(400, f"malformed Range header {echo(http_range)}: {reason}") from None
        except RangeNotSatisfiable:
            raise HTTPException(416, f"the Range asked starts past the file's {file_size} bytes",
                                headers={"Content-Range": f"bytes */{file_size}"}) from None


@router.get("/", response_class=HTMLResponse)
async def home(request: Request, services: ServicesDep) -> HTMLResponse:
    return _debate_page(request, services, title="Arena: sports debates settled with real numbers", debate_id="")


@router.get("/debates/{debate_id}", response_class=HTMLResponse)
async def debate_page(request: Request, debate_id: DebateId, services: ServicesDep) -> HTMLResponse:
    """The permalink: the page replays the debate from its first event, or joins it live."""
    return _debate_page(request, services, title="A debate on Arena", debate_id=debate_id)


@account_router.get("/account", response_class=HTMLResponse)
async def account_page(request: Request, services: ServicesDep) -> HTMLResponse:
    """Sign up or log in; then the plan, the month's usage, upgrades and API keys."""
    return _page(request, services, title="Your Arena account", entry="account.js",
                 main=template("account.html").template)


@account_router.get("/admin", response_class=HTMLResponse)
async def dashboard_page(request: Request, services: ServicesDep) -> HTMLResponse:
    """The operator dashboard: health and breakers, live streams, analytics (its data needs ``admin``)."""
    return _page(request, services, title="Arena operator dashboard", entry="dashboard.js", charts=True,
                 main=template("dashboard.html").template)


def _debate_page(request: Request, services: Services, *, title: str, debate_id: str) -> HTMLResponse:
    default = services.settings.writer
    options = "".join(
        f'<option value="{html.escape(name)}"{" selected" if name == default else ""}>'
        f'{html.escape(name)}{" (default)" if name == default else ""}</option>'
        for name in services.debates.writer_names)
    # No maxlength on the question box: a browser cuts a longer paste short without a word, and the question
    # sent became another one ("... or LeBr"); the server's question-too-long problem says the limit instead.
    main = template("debate.html").substitute(
        writer_options=options,
        criteria_fields=_criteria_fields(), examples=_examples(), coverage=html.escape(coverage()))
    return _page(request, services, title=title, entry="arena.js", charts=True, main=main, debate_id=debate_id,
                 skip="Skip to the debate")


def _page(request: Request, services: Services, *, title: str, entry: str, main: str, charts: bool = False,
          debate_id: str = "", skip: str = "Skip to the content") -> HTMLResponse:
    """``main`` in the layout, with the page's entry script, and uPlot where the page draws ``charts``; with
    accounts on, the page pass its own API requests carry."""
    assets = [f'<link rel="stylesheet" href="{_UPLOT}.min.css">'] if charts else []
    assets.append('<link rel="stylesheet" href="/static/arena.css">')
    if charts:
        assets.append(f'<script src="{_UPLOT}.iife.min.js" defer></script>')
    assets.append(f'<script src="/static/{entry}" type="module"></script>')
    body = render_layout(title=title, assets="\n".join(assets), main=main, skip=skip, debate_id=debate_id,
                         accounts=services.settings.accounts_enabled)
    response = HTMLResponse(body, headers={"Cache-Control": "no-cache"})
    hand_page_pass(request, response)
    return response


@cache
def _criteria_fields() -> str:
    return "".join(
        f'<label class="criterion"><span>{html.escape(label.capitalize())}</span>'
        f'<input type="number" name="criterion" data-criterion="{html.escape(key)}" min="0" max="10" step="0.5" '
        f'value="1" inputmode="decimal"></label>' for key, label in CRITERIA.items())


@cache
def _examples() -> str:
    return "".join(f'<li><button type="button" class="example" data-question="{html.escape(q)}">'
                   f'{html.escape(q)}</button></li>' for q in EXAMPLES)


@cache
def coverage() -> str:
    """What the stat store covers, by league, from the data sources ("NBA 1947-2025, ...")."""
    spans: dict[str, tuple[int, int]] = {}
    leagues = {league.value for league in League}
    for source in DATA_SOURCES:
        if source.league not in leagues:  # a table spanning leagues (curated champions) adds no season
            continue
        first, _, last = source.seasons.partition("-")
        low, high = int(first), int(last or first)
        known = spans.get(source.league, (low, high))
        spans[source.league] = (min(known[0], low), max(known[1], high))
    named = ", ".join(f"{league.upper()} {low}-{high}" for league, (low, high) in spans.items())
    return f"Arena covers players and teams of the {named} (NBA and NHL seasons by the year they end)."
