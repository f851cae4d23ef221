"""The operator's routes (scope ``admin``): analytics over a date range."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool

from arena.accounts import AccountService
from arena.api.gateway import SignedInDep
from arena.api.problems import problem_responses
from arena.api.routers.billing import BillingDep
from arena.api.schemas.billing import AnalyticsRead

router = APIRouter(tags=["admin"])


@router.get("/admin/analytics", responses=problem_responses(401, 403, 422, 503))
async def read_analytics(signed_in: SignedInDep, billing: BillingDep,
                         start: Annotated[date | None, Query(alias="from")] = None,
                         end: Annotated[date | None, Query(alias="to")] = None) -> AnalyticsRead:
    """MRR and revenue by plan, subscriptions by plan, debates per day, DAU/MAU, conversion from free to paid,
    churn, and the most debated players and most asked questions, for the days ``from`` to ``to`` (UTC,
    inclusive; default: the last 30 days; a year at most)."""
    AccountService.require(signed_in.principal, "admin")
    report = await run_in_threadpool(billing.analytics, start, end)
    return AnalyticsRead.model_validate(report.as_dict())
