"""The web page: ``/`` to ask, ``/debates/{id}`` to watch a debate live, replay it, share it and vote.

One HTML page rendered here (the writers, criteria and coverage it offers come from the server); the rest is
``static/arena.js`` talking to the public HTTP API. Third-party scripts ship in ``static/vendor/`` with their
licences, so the page asks nothing of any other host. Account pages (sign-up, log-in, API keys, plan and
upgrade, the operator dashboard) belong beside these routes, linked from the masthead's empty "Account" nav.
"""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path
from string import Template
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from arena.api.deps import ServicesDep
from arena.api.routers.debates import DebateId
from arena.bootstrap import Services
from arena.debate import CRITERIA
from arena.stats import League
from arena.stats.sources import DATA_SOURCES

STATIC = Path(__file__).with_name("static")
TEMPLATE = Path(__file__).with_name("templates") / "page.html"
EXAMPLES = (
    "Who's better, LeBron or Jordan?",
    "Mahomes vs Allen in 2023",
    "Gretzky or Ovechkin as a goal scorer",
    "Babe Ruth or Barry Bonds?",
)

router = APIRouter(include_in_schema=False)


def install_pages(app: FastAPI) -> None:
    """Serve the page at ``/`` and ``/debates/{id}``, and its assets under ``/static``."""
    app.include_router(router)
    app.mount("/static", _RevalidatedFiles(directory=STATIC), name="static")


class _RevalidatedFiles(StaticFiles):
    """Static files a browser checks (a 304 when unchanged) before each use: the page's modules import each
    other by plain URLs, so a browser must never run one from before an upgrade with one from after."""

    def file_response(self, *args: Any, **kwargs: Any) -> Response:
        response = super().file_response(*args, **kwargs)
        response.headers["Cache-Control"] = "no-cache"
        return response


@router.get("/", response_class=HTMLResponse)
async def home(services: ServicesDep) -> HTMLResponse:
    return _page(services, title="Arena: sports debates settled with real numbers", debate_id="")


@router.get("/debates/{debate_id}", response_class=HTMLResponse)
async def debate_page(debate_id: DebateId, services: ServicesDep) -> HTMLResponse:
    """The permalink: the page replays the debate from its first event, or joins it live."""
    return _page(services, title="A debate on Arena", debate_id=debate_id)


def _page(services: Services, *, title: str, debate_id: str) -> HTMLResponse:
    default = services.settings.writer
    options = "".join(
        f'<option value="{html.escape(name)}"{" selected" if name == default else ""}>'
        f'{html.escape(name)}{" (default)" if name == default else ""}</option>'
        for name in services.debates.writer_names)
    body = _template().substitute(
        title=html.escape(title), debate_id=html.escape(debate_id),
        max_question=services.settings.api_max_question_chars, writer_options=options,
        criteria_fields=_criteria_fields(), examples=_examples(), coverage=html.escape(coverage()))
    return HTMLResponse(body, headers={"Cache-Control": "no-cache"})


@cache
def _template() -> Template:
    return Template(TEMPLATE.read_text(encoding="utf-8"))


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
