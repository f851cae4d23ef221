"""Every Prometheus metric Arena exports, defined once on one registry.

The composition root builds one :class:`Metrics` per process and hands it (or a listener built from it)
to whoever counts, so tests can use a fresh registry.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

_BREAKER_STATE_VALUES = {"closed": 0, "open": 1, "half_open": 2, "forced_open": 3, "disabled": 4}


@dataclass
class Metrics:
    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        r = self.registry
        self.request_latency = Histogram(
            "arena_http_request_duration_seconds", "HTTP request latency by route", ["method", "route", "status"],
            registry=r,
        )
        self.debates = Counter("arena_debates_total", "Debates by writer and outcome", ["writer", "outcome"],
                               registry=r)
        self.open_streams = Gauge("arena_open_streams", "Streams (SSE and WebSocket) open now", ["transport"],
                                  registry=r)
        self.events_sent = Counter("arena_events_sent_total", "Debate events sent to clients", ["transport"],
                                   registry=r)
        self.breaker_state = Gauge(
            "arena_breaker_state",
            "Breaker state (0 closed, 1 open, 2 half-open, 3 forced-open, 4 disabled)",
            ["breaker"], registry=r,
        )
        self.breaker_transitions = Counter("arena_breaker_transitions_total", "Breaker state changes",
                                           ["breaker", "from_state", "to_state"], registry=r)
        self.dependency_calls = Counter(
            "arena_dependency_calls_total", "Calls through breakers by outcome (success, failure, slow, rejected)",
            ["breaker", "outcome"], registry=r,
        )
        self.cache_requests = Counter("arena_cache_requests_total", "Stat cache lookups", ["result"], registry=r)
        self.fact_check_rejections = Counter("arena_fact_check_rejections_total",
                                             "LLM rounds rejected by the fact-check gate", ["writer"], registry=r)
        self.llm_tokens = Counter("arena_llm_tokens_total", "Tokens written by LLM writers", ["writer"],
                                  registry=r)
        self.fallbacks = Counter("arena_fallbacks_total", "Fallbacks taken", ["dependency", "fallback"],
                                 registry=r)
        self.usage_dead_letters = Counter(
            "arena_usage_dead_letters_total", "Usage records the database refused as data and that were set aside",
            registry=r)


class BreakerMetrics:
    """A breaker listener that feeds the breaker metrics."""

    def __init__(self, metrics: Metrics) -> None:
        self._metrics = metrics

    def on_call(self, breaker: str, outcome: str) -> None:
        label = "slow" if outcome.startswith("slow") else outcome
        self._metrics.dependency_calls.labels(breaker, label).inc()

    def on_transition(self, breaker: str, from_state: str, to_state: str) -> None:
        self._metrics.breaker_transitions.labels(breaker, str(from_state), str(to_state)).inc()
        self._metrics.breaker_state.labels(breaker).set(_BREAKER_STATE_VALUES[str(to_state)])



class CacheMetrics:
    """A stat-cache listener that counts lookups by result (hit, miss, unavailable, error), for the cache hit
    ratio; a lookup the cache could not answer (``unavailable``) is also a fallback from ``dependency``, the
    cache's server, to the store."""

    def __init__(self, metrics: Metrics, *, dependency: str | None = None) -> None:
        self._metrics = metrics
        self._dependency = dependency
        # The counter for each result, looked up once: a debate makes some ninety lookups.
        self._requests: dict[str, Counter] = {}

    def on_lookup(self, result: str) -> None:
        requests = self._requests.get(result)
        if requests is None:
            requests = self._requests.setdefault(result, self._metrics.cache_requests.labels(result))
        requests.inc()
        if result == "unavailable" and self._dependency is not None:
            self._metrics.fallbacks.labels(self._dependency, "store").inc()
