"""``/metrics``: this process's Prometheus metrics, in the text exposition format."""

from __future__ import annotations

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from arena.api.deps import ServicesDep

# Operational endpoints for orchestrators and scrapers, documented with the rest so clients can find them.
router = APIRouter(tags=["health"])


@router.get("/metrics", response_class=Response, responses={200: {
    "description": "The Prometheus text exposition format",
    "content": {"text/plain": {"schema": {"type": "string"}}},
}})
def metrics(services: ServicesDep) -> Response:
    """Request latency by route, debates by writer and outcome, open streams, events sent, breaker states
    and transitions, dependency calls by outcome, cache lookups, fact-check rejections, LLM tokens."""
    return Response(generate_latest(services.metrics.registry), media_type=CONTENT_TYPE_LATEST)
