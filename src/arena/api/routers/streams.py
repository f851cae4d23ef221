"""The operator's view of live streams: the debates being generated now and who watches them (``admin``)."""

from __future__ import annotations

from fastapi import APIRouter

from arena.api.deps import DebatesDep
from arena.api.gateway import OperatorDep
from arena.api.problems import problem_responses
from arena.api.schemas.streams import LiveStreamRead, LiveStreamsRead

router = APIRouter(tags=["admin"])


@router.get("/admin/streams", responses=problem_responses(401, 403, 503))
async def live_streams(debates: DebatesDep, _operator: OperatorDep) -> LiveStreamsRead:
    """The debates this process is generating now, with their viewer counts (a server of several processes
    answers for the one that took the request)."""
    streams = [LiveStreamRead(id=d.id, question=d.question, writer=d.writer, created_at=d.created_at,
                              events=d.events, viewers=d.viewers) for d in await debates.live()]
    return LiveStreamsRead(streams=streams, viewers=sum(stream.viewers for stream in streams))
