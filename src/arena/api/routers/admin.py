"""The operator's routes (scope ``admin``): analytics over a date range, and the live streams."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool

from arena.api.deps import DebatesDep
from arena.api.gateway import OperatorDep
from arena.api.problems import problem_responses
from arena.api.routers.billing import BillingDep
from arena.api.schemas.billing import AnalyticsRead
from arena.api.schemas.streams import LiveStreamRead, LiveStreamsRead

router = APIRouter(tags=["admin"])


@router.get("/admin/analytics", response_model=AnalyticsRead, responses=problem_responses(401, 403, 422, 503))
async def read_analytics(_operator: OperatorDep, billing: BillingDep,
                         start: Annotated[date | None, Query(alias="from")] = None,
                         end: Annotated[date | None, Query(alias="to")] = None) -> dict[str, Any]:
    """MRR and revenue by plan, subscriptions by plan, debates per day, DAU/MAU, conversion from free to paid,
    churn, and the most debated players and most asked questions, for the days ``from`` to ``to`` (UTC,
    inclusive; default: the last 30 days; a year at most)."""
    # The report's fields by name; AnalyticsRead validates them and answers under the JSON names.
    return asdict(await run_in_threadpool(billing.analytics, start, end))


@router.get("/admin/streams", responses=problem_responses(401, 403, 503))
async def live_streams(debates: DebatesDep, _operator: OperatorDep) -> LiveStreamsRead:
    """The debates this process is generating now, with their viewer counts (a server of several processes
    answers for the one that took the request)."""
    streams = [LiveStreamRead(id=d.id, question=d.question, writer=d.writer, created_at=d.created_at,
                              events=d.events, viewers=d.viewers) for d in await debates.live()]
    return LiveStreamsRead(streams=streams, viewers=sum(stream.viewers for stream in streams))
