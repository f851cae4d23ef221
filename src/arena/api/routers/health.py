"""Health for orchestrators and people: ``/livez`` (the process runs), ``/readyz`` (it can serve: 503 while a
required dependency is down, 200 with what is degraded while an optional one is), ``/healthz`` (everything)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from arena.api.deps import ServicesDep
from arena.api.problems import make_problem, problem_response, problem_responses

# Operational endpoints for orchestrators and scrapers, documented with the rest so clients can find them.
router = APIRouter(tags=["health"])


@router.get("/livez")
def live() -> dict[str, str]:
    """The process runs and answers; says nothing about its dependencies."""
    return {"status": "ok"}


@router.get("/readyz", responses=problem_responses(503))
async def ready(services: ServicesDep) -> Any:
    """Whether Arena can serve: 503 problem+json while the database is down; 200 otherwise, naming what is
    degraded (Redis or the LLM server down) and the features that costs."""
    report = await services.health.check()
    down = {d.name: d.public_detail or "down" for d in report.dependencies if d.status == "down"}
    if not report.ready:
        detail = "; ".join(f"{name}: {reason}" for name, reason in down.items())
        return problem_response(make_problem(503, "not-ready", f"a required dependency is down ({detail})",
                                             instance="/readyz",
                                             retry_after=services.settings.breaker_wait_seconds))
    return {"status": report.status, "degraded": down, "degraded_features": report.degraded_features}


@router.get("/healthz")
async def health(services: ServicesDep) -> JSONResponse:
    """Each dependency's probe (status, latency, reason), its breaker state, and the degraded features.
    Answers 200 whatever the state, so it can always be read; ``status`` says ``ok``, ``degraded`` or
    ``down``."""
    report = await services.health.check()
    return JSONResponse(report.as_dict(public=True))
