"""Spectator votes on a debate's sides: one per browser per debate, with a tally clients can wait on.

A browser is known by the ``arena_voter`` cookie this route sets on its first vote; the store keeps a hash
of it, never the token itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import re
import secrets
from collections.abc import Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Cookie, Query, Request, Response

from arena.api.deps import DebatesDep, ServicesDep
from arena.api.problems import problem_responses
from arena.api.routers.debates import DebateId
from arena.api.schemas.votes import TallyRead, VoteCreate
from arena.votes import Tally

router = APIRouter(tags=["votes"])

VOTER_COOKIE = "arena_voter"
_VOTER_TOKEN = re.compile(r"[A-Za-z0-9_-]{22,64}")
_VOTER_COOKIE_SECONDS = 365 * 24 * 3600
MAX_WAIT_SECONDS = 30.0

VoterCookie = Annotated[str | None, Cookie(alias=VOTER_COOKIE, description="Set by the first vote.")]


def _known_token(token: str | None) -> str | None:
    return token if token is not None and _VOTER_TOKEN.fullmatch(token) else None


def _voter(token: str) -> str:
    return "browser:" + hashlib.sha256(token.encode()).hexdigest()[:40]


def _read(tally: Tally, your_choice: str | None) -> TallyRead:
    return TallyRead(debate_id=tally.debate_id, counts=tally.counts, total=tally.total, your_choice=your_choice)


@router.post("/debates/{debate_id}/votes", status_code=201,
             responses=problem_responses(400, 404, 409, 413, 422, 503))
async def cast_vote(debate_id: DebateId, body: VoteCreate, debates: DebatesDep, services: ServicesDep,
                    response: Response, voter_token: VoterCookie = None) -> TallyRead:
    """Vote for one side of the debate (a player or team id from its stat card). A browser votes once per
    debate: a second vote is a 409 naming the first."""
    snapshot = await debates.snapshot(debate_id)
    sides = [player.id for card in snapshot.stat_cards[:1] for player in card.players]
    token = _known_token(voter_token)
    if token is None:
        token = secrets.token_urlsafe(24)
        response.set_cookie(VOTER_COOKIE, token, max_age=_VOTER_COOKIE_SECONDS, httponly=True, samesite="strict")
    tally = await services.votes.cast(debate_id, _voter(token), body.choice, candidates=sides)
    return _read(tally, body.choice)


@router.get("/debates/{debate_id}/votes", response_model=TallyRead, responses=problem_responses(404, 422, 503))
async def get_votes(
    debate_id: DebateId,
    debates: DebatesDep,
    services: ServicesDep,
    request: Request,
    voter_token: VoterCookie = None,
    seen: Annotated[int | None, Query(ge=0, description="The total the client has: answer once it differs.")] = None,
    wait: Annotated[float, Query(ge=0, le=MAX_WAIT_SECONDS, description="Seconds to wait for a total other "
                                 "than `seen` before answering with the tally as it stands.")] = 0,
) -> TallyRead | Response:
    """The debate's tally; with ``seen`` and ``wait``, held until a vote changes it (a long poll)."""
    await debates.snapshot(debate_id)  # a 404 for a debate that never was or has expired
    board = services.votes
    if seen is None:
        tally = await board.tally(debate_id)
    else:
        waited = await _unless_gone(request, board.next_tally(debate_id, seen_total=seen, timeout=wait))
        if waited is None:
            return Response(status_code=204)  # nobody is left to read it
        tally = waited
    token = _known_token(voter_token)
    return _read(tally, await board.choice_of(debate_id, _voter(token)) if token is not None else None)


async def _unless_gone(request: Request, waiting: Coroutine[Any, Any, Tally]) -> Tally | None:
    """``waiting``'s tally, or None once the client has gone: Starlette cancels a streamed response whose
    client leaves, not a plain one, so a long poll watches for the departure itself."""
    answer = asyncio.ensure_future(waiting)
    gone = asyncio.ensure_future(_disconnected(request))
    try:
        await asyncio.wait((answer, gone), return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (answer, gone):
            if not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
    return None if answer.cancelled() else answer.result()


async def _disconnected(request: Request) -> None:
    while (await request.receive())["type"] != "http.disconnect":
        pass
