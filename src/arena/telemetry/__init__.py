"""Observability shared by every domain: structured logs with a request id, and Prometheus metrics.

Each name is imported from its module when first used: a command line that counts nothing never loads the
Prometheus client, and one that logs nothing never loads structlog (see :mod:`arena.telemetry.logging`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

_MODULE_OF = {
    "BreakerMetrics": "arena.telemetry.metrics",
    "CacheMetrics": "arena.telemetry.metrics",
    "Metrics": "arena.telemetry.metrics",
    "bind_request_id": "arena.telemetry.logging",
    "configure_logging": "arena.telemetry.logging",
    "get_logger": "arena.telemetry.logging",
    "request_id": "arena.telemetry.logging",
}


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
