"""Honest health: probe each dependency for real (``SELECT 1``, ``PING``, the LLM server's model list) and
say what is down, what that costs, and whether Arena can serve at all.

The database is required: without it Arena is not ready. Redis and the LLM server are optional: while they
are down Arena serves with named features degraded. A dependency that is not configured is neither.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Literal, Protocol

import httpx
import redis.asyncio as aioredis
from redis.exceptions import RedisError
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from arena.resilience.registry import DATABASE, LLM, REDIS, Breakers

DependencyStatus = Literal["up", "down", "not_configured"]
OverallStatus = Literal["ok", "degraded", "down"]

# What each dependency's outage costs; the features are named for people reading /healthz.
DEGRADES: dict[str, tuple[str, ...]] = {
    DATABASE: ("stat reads the cache cannot answer", "data imports"),
    REDIS: ("resume across processes", "shared stat cache", "shared circuit-breaker state"),
    LLM: ("LLM writer (the template writer answers instead)",),
}


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
    detail: str | None = None


@dataclass(frozen=True)
class HealthReport:
    status: OverallStatus
    dependencies: list[DependencyHealth]
    degraded_features: list[str]
    breaker_state_shared: bool  # breakers share state through Redis right now

    @property
    def ready(self) -> bool:
        return self.status != "down"

    def as_dict(self) -> dict[str, Any]:
        report = asdict(self)
        report["dependencies"] = {d.pop("name"): d for d in report["dependencies"]}
        return report


class HealthChecker:
    """Probes the dependencies Arena is configured with.

    >>> checker = HealthChecker(engine, redis_url="redis://127.0.0.1:6379", llm_base_url=None,
    ...                         breakers=breakers, timeout_seconds=2.0)
    >>> report = await checker.check()
    >>> report.ready, report.as_dict()["dependencies"]["database"]["status"]
    """

    def __init__(self, engine: Engine, *, redis_url: str | None, llm_base_url: str | None, breakers: Breakers,
                 timeout_seconds: float, sources: Sequence[DegradationSource] = ()) -> None:
        self._engine = engine
        self._sources = tuple(sources)
        self._redis_url = redis_url
        self._llm_base_url = llm_base_url
        self._breakers = breakers
        self._timeout = timeout_seconds

    async def check(self) -> HealthReport:
        # Probes and sources run at once, each bounded by the probe timeout: with Redis hung, asking them in
        # turn made /readyz wait for each one's own timeout, longer than an orchestrator waits.
        probes = asyncio.gather(
            self._probe(DATABASE, True, self._select_one),
            self._probe(REDIS, False, self._ping if self._redis_url else None),
            self._probe(LLM, False, self._list_models if self._llm_base_url else None),
        )
        asked = asyncio.gather(*(self._ask(source) for source in self._sources))
        dependencies, reported = await asyncio.gather(probes, asked)
        down = [d for d in dependencies if d.status == "down"]
        features = [feature for d in down for feature in DEGRADES[d.name]]
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

    async def _probe(self, name: str, required: bool,
                     probe: Callable[[], Awaitable[None]] | None) -> DependencyHealth:
        breaker = str(await self._breakers[name].state())
        if probe is None:
            return DependencyHealth(name, required, "not_configured", breaker, None)
        started = time.perf_counter()
        try:
            await asyncio.wait_for(probe(), self._timeout)
        except (SQLAlchemyError, RedisError, httpx.HTTPError, OSError, TimeoutError) as exc:
            detail = f"no answer within {self._timeout:g} s" if isinstance(exc, TimeoutError) else _reason(exc)
            return DependencyHealth(name, required, "down", breaker, _ms_since(started), detail)
        return DependencyHealth(name, required, "up", breaker, _ms_since(started))

    async def _select_one(self) -> None:
        def select_one() -> None:
            with self._engine.connect() as connection:
                connection.execute(text("SELECT 1"))

        await asyncio.to_thread(select_one)

    async def _ping(self) -> None:
        assert self._redis_url is not None
        client = aioredis.Redis.from_url(self._redis_url, socket_timeout=self._timeout,
                                         socket_connect_timeout=self._timeout)
        try:
            await client.ping()
        finally:
            await client.aclose()

    async def _list_models(self) -> None:
        assert self._llm_base_url is not None
        async with httpx.AsyncClient(timeout=self._timeout) as http:
            response = await http.get(self._llm_base_url.rstrip("/") + "/models")
        # Any answer short of a server error means the server is there; the writer handles the rest.
        if response.status_code >= 500:
            raise httpx.HTTPStatusError(f"HTTP {response.status_code}", request=response.request,
                                        response=response)


def _ms_since(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "orig", None) or exc
    return str(reason).strip().splitlines()[0] if str(reason).strip() else type(reason).__name__
