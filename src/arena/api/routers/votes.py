"""Spectator votes on a debate's sides: one per voter per debate, with a tally clients can wait on.

Who a voter is: a signed-in account (accounts on, a valid credential) is itself, one vote per debate whatever
browser it uses. Anyone else is a browser at a client address: the ``arena_voter`` cookie this route sets on its
first vote, keyed under a hash of the address, and one address casts at most ``ARENA_VOTES_PER_ADDRESS``
anonymous votes per debate, so a voter who drops the cookie gets a few more votes, not endless ones. The store
keeps hashes of the cookie and the address (keyed with ``ARENA_JWT_SECRET`` where set), never either itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import re
import secrets
from collections.abc import Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Cookie, Query, Request, Response

from arena.accounts import Principal
from arena.api.deps import DebatesDep, ServicesDep
from arena.api.gateway import CallerDep, request_address
from arena.api.problems import problem_responses
from arena.api.routers.debates import DebateId
from arena.api.schemas.votes import TallyRead, VoteCreate
from arena.settings import Settings
from arena.votes import Tally, VoterGroup

router = APIRouter(tags=["votes"])

VOTER_COOKIE = "arena_voter"
_VOTER_TOKEN = re.compile(r"[A-Za-z0-9_-]{22,64}")
_VOTER_COOKIE_SECONDS = 365 * 24 * 3600
MAX_WAIT_SECONDS = 30.0

VoterCookie = Annotated[str | None, Cookie(alias=VOTER_COOKIE, description="Set by the first vote.")]


def _known_token(token: str | None) -> str | None:
    return token if token is not None and _VOTER_TOKEN.fullmatch(token) else None


def _address_prefix(address: str, settings: Settings) -> str:
    # Keyed where the server has a secret: an IPv4 address is found again from its bare hash by trying them all.
    key = settings.jwt_secret.get_secret_value().encode() or b"arena-voter-address"
    return "browser:" + hmac.new(key, address.encode(), hashlib.sha256).hexdigest()[:16] + ":"


def _voter(request: Request, token: str, settings: Settings) -> tuple[str, VoterGroup]:
    """The anonymous voter of ``token`` at the request's address, and the group its address's votes share."""
    prefix = _address_prefix(request_address(request), settings)
    return prefix + hashlib.sha256(token.encode()).hexdigest()[:24], VoterGroup(prefix, settings.votes_per_address)


def _account_voter(principal: Principal | None) -> str | None:
    return f"account:{principal.account.id}" if principal is not None and principal.account is not None else None


def _read(tally: Tally, your_choice: str | None) -> TallyRead:
    return TallyRead(debate_id=tally.debate_id, counts=tally.counts, total=tally.total, your_choice=your_choice)


@router.post("/debates/{debate_id}/votes", status_code=201,
             responses=problem_responses(400, 401, 404, 409, 413, 422, 503))
async def cast_vote(debate_id: DebateId, body: VoteCreate, debates: DebatesDep, services: ServicesDep,
                    request: Request, response: Response, principal: CallerDep,
                    voter_token: VoterCookie = None) -> TallyRead:
    """Vote for one side of the debate (a player or team id from its stat card). A voter votes once per
    debate: a second vote is a 409 naming the first. A signed-in account is one voter whatever its browser;
    anyone else is a browser (its cookie) at an address, and one address casts at most
    ``ARENA_VOTES_PER_ADDRESS`` anonymous votes per debate (past it, a 409 ``address-votes-spent``)."""
    snapshot = await debates.snapshot(debate_id)
    sides = [player.id for card in snapshot.stat_cards[:1] for player in card.players]
    account = _account_voter(principal)
    if account is not None:
        tally = await services.votes.cast(debate_id, account, body.choice, candidates=sides)
        return _read(tally, body.choice)
    token = _known_token(voter_token)
    fresh = token is None
    if token is None:
        token = secrets.token_urlsafe(24)
    voter, group = _voter(request, token, services.settings)
    tally = await services.votes.cast(debate_id, voter, body.choice, candidates=sides, group=group)
    if fresh:  # only once the vote counted: a refused one leaves the browser as it was
        response.set_cookie(VOTER_COOKIE, token, max_age=_VOTER_COOKIE_SECONDS, httponly=True, samesite="strict")
    return _read(tally, body.choice)


@router.get("/debates/{debate_id}/votes", response_model=TallyRead,
            responses=problem_responses(401, 404, 422, 503))
async def get_votes(
    debate_id: DebateId,
    debates: DebatesDep,
    services: ServicesDep,
    request: Request,
    principal: CallerDep,
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
    voter = _account_voter(principal)
    if voter is None and (token := _known_token(voter_token)) is not None:
        voter = _voter(request, token, services.settings)[0]
    return _read(tally, await board.choice_of(debate_id, voter) if voter is not None else None)


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
