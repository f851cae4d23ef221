"""Honest health: probe each dependency for real through the adapter that talks to it (``SELECT 1``, ``PING``,
the LLM server's model list) and say what is down, what that costs, and whether Arena can serve at all.

Which dependencies there are, which is required and what each one's outage costs is decided where the
adapters are chosen (``bootstrap``), as :class:`HealthProbe` values; this module only runs them.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal, Protocol, runtime_checkable

from arena.errors import ArenaError
from arena.resilience.breaker import CircuitBreaker
from arena.resilience.registry import Breakers

DependencyStatus = Literal["up", "down", "not_configured"]
OverallStatus = Literal["ok", "degraded", "down"]


@runtime_checkable
class Pingable(Protocol):
    """An adapter that can ask its dependency whether it answers (``SqlStatStore``, ``RedisEventLog``,
    ``OpenAIWriter``)."""

    async def ping(self) -> None:
        """Return once the dependency answered; raise the adapter's domain error (an ``ArenaError``) if not."""
        ...


@dataclass(frozen=True)
class HealthProbe:
    """One dependency as health reports it: ``adapter`` talks to it (None: Arena is not configured with it),
    ``required`` says Arena cannot serve without it, ``degrades`` names the features its outage costs, for
    people reading /healthz."""

    name: str
    required: bool
    adapter: Pingable | None
    breaker: CircuitBreaker | None
    degrades: tuple[str, ...]


class DegradationSource(Protocol):
    """A component that knows what it cannot do now, beyond what the probes show (the event log keeping
    streams in this process, say); any feature it names makes Arena ``degraded``."""

    async def degraded_features(self) -> list[str]:
        ...


@dataclass(frozen=True)
class DependencyHealth:
    name: str
    required: bool
    status: DependencyStatus
    breaker: str | None  # the dependency's breaker state, where it has a breaker
    latency_ms: float | None  # of the probe, whether it succeeded or not
    detail: str | None = None  # why it is down, for the operator: may name hosts and the library's error
    public_detail: str | None = None  # why it is down, in words any client may read


@dataclass(frozen=True)
class HealthReport:
    status: OverallStatus
    dependencies: list[DependencyHealth]
    degraded_features: list[str]
    breaker_state_shared: bool  # breakers share state through Redis right now

    @property
    def ready(self) -> bool:
        return self.status != "down"

    def as_dict(self, *, public: bool = False) -> dict[str, Any]:
        """The report as JSON; ``public``: each ``detail`` in the words any client may read (for HTTP)."""
        report = asdict(self)
        dependencies = report["dependencies"]
        for dependency in dependencies:
            public_detail = dependency.pop("public_detail")
            if public:
                dependency["detail"] = public_detail
        report["dependencies"] = {d.pop("name"): d for d in dependencies}
        return report


class HealthChecker:
    """Runs ``probes``, each within ``timeout_seconds``, and asks ``sources`` what they cannot do now.

    >>> checker = HealthChecker([HealthProbe("database", True, store, breakers["database"], ("data imports",))],
    ...                         breakers=breakers, timeout_seconds=2.0)
    >>> report = await checker.check()
    >>> report.ready, report.as_dict()["dependencies"]["database"]["status"]
    """

    def __init__(self, probes: Sequence[HealthProbe], *, breakers: Breakers, timeout_seconds: float,
                 sources: Sequence[DegradationSource] = ()) -> None:
        self._probes = tuple(probes)
        self._sources = tuple(sources)
        self._breakers = breakers
        self._timeout = timeout_seconds

    async def check(self) -> HealthReport:
        # Probes and sources run at once, each bounded by the probe timeout: with Redis hung, asking them in
        # turn made /readyz wait for each one's own timeout, longer than an orchestrator waits.
        probes = asyncio.gather(*(self._probe(probe) for probe in self._probes))
        asked = asyncio.gather(*(self._ask(source) for source in self._sources))
        dependencies, reported = await asyncio.gather(probes, asked)
        degrades = {probe.name: probe.degrades for probe in self._probes}
        down = [d for d in dependencies if d.status == "down"]
        features = [feature for d in down for feature in degrades[d.name]]
        for source_features in reported:
            features.extend(f for f in source_features if f not in features)
        status: OverallStatus = ("down" if any(d.required for d in down) else "degraded" if features else "ok")
        shared = self._breakers.shared and all(b.is_shared_state_available for b in self._breakers)
        return HealthReport(status=status, dependencies=list(dependencies), degraded_features=features,
                            breaker_state_shared=shared)

    async def _ask(self, source: DegradationSource) -> list[str]:
        try:
            return await asyncio.wait_for(source.degraded_features(), self._timeout)
        except TimeoutError:
            return [f"{type(source).__name__}: no answer within {self._timeout:g} s"]

    async def _probe(self, probe: HealthProbe) -> DependencyHealth:
        breaker = str(await probe.breaker.state()) if probe.breaker is not None else None
        if probe.adapter is None:
            return DependencyHealth(probe.name, probe.required, "not_configured", breaker, None)
        started = time.perf_counter()
        try:
            await asyncio.wait_for(probe.adapter.ping(), self._timeout)
        except (ArenaError, OSError, TimeoutError) as exc:
            if isinstance(exc, TimeoutError):
                detail = public_detail = f"no answer within {self._timeout:g} s"
            else:
                detail, public_detail = _reason(exc), _public_reason(exc)
            return DependencyHealth(probe.name, probe.required, "down", breaker, _ms_since(started), detail,
                                    public_detail)
        return DependencyHealth(probe.name, probe.required, "up", breaker, _ms_since(started))


def _ms_since(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)


def _reason(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _public_reason(exc: ArenaError | OSError) -> str:
    # An OSError's text names the address it could not reach.
    return exc.public if isinstance(exc, ArenaError) else "it cannot be reached"
