"""Observability shared by every domain: structured logs with a request id, and Prometheus metrics."""

from arena.telemetry.logging import bind_request_id, configure_logging, get_logger, request_id
from arena.telemetry.metrics import BreakerMetrics, CacheMetrics, Metrics

__all__ = [
    "BreakerMetrics",
    "CacheMetrics",
    "Metrics",
    "bind_request_id",
    "configure_logging",
    "get_logger",
    "request_id",
]
