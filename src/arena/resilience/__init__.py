"""Circuit breakers, their shared state and policy, the guards built on them, and the health checks."""

from arena.resilience.errors import CircuitOpen, HealthUnreadable, ResilienceError
from arena.resilience.health import DegradationSource, HealthChecker, HealthProbe, Pingable
from arena.resilience.policy import BreakerConfig
from arena.resilience.registry import BILLING, DATABASE, LLM, REDIS, STAT_FEED, Breakers
from arena.resilience.snapshot_guard import SnapshotGuard
from arena.resilience.sync_guard import BreakerLoop, RetryPolicy, SyncGuard

__all__ = [
    "BILLING",
    "DATABASE",
    "LLM",
    "REDIS",
    "STAT_FEED",
    "BreakerConfig",
    "BreakerLoop",
    "Breakers",
    "CircuitOpen",
    "DegradationSource",
    "HealthChecker",
    "HealthProbe",
    "HealthUnreadable",
    "Pingable",
    "ResilienceError",
    "RetryPolicy",
    "SnapshotGuard",
    "SyncGuard",
]
