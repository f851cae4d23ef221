"""``/livez``, ``/readyz``, ``/healthz`` and ``/metrics`` against our own Redis and PostgreSQL processes, which
the tests stop and start: readiness follows the dependencies down and back up."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from api_servers import ServerThread, SlowChatServer, api_settings
from arena.api.app import create_app
from dependency_servers import PostgresProcess, RedisProcess

POLLS = 120
POLL_SECONDS = 0.25


@pytest.fixture(scope="module")
def own_postgres() -> Iterator[PostgresProcess]:
    server = PostgresProcess().start()
    yield server
    server.remove()


@pytest.fixture(scope="module")
def server(own_redis: RedisProcess, own_postgres: PostgresProcess, slow_llm: SlowChatServer,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    settings = api_settings(own_postgres.url, tmp_path_factory.mktemp("health-data"), slow_llm.base_url,
                            redis_url=own_redis.url, health_probe_timeout_seconds=2.0, breaker_wait_seconds=7.0)
    thread = ServerThread(create_app(settings=settings)).start()
    yield thread
    thread.stop()


@pytest.fixture
def http(server: ServerThread) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=30) as client:
        yield client


def _until(http: httpx.Client, path: str, done: Callable[[httpx.Response], bool]) -> httpx.Response:
    """Poll ``path`` until ``done`` (a restarted server takes a moment to accept, a pool to reconnect)."""
    for _ in range(POLLS):
        response = http.get(path)
        if done(response):
            return response
        time.sleep(POLL_SECONDS)
    raise AssertionError(f"{path} never reached the expected state; last: {response.status_code} {response.text}")


def _dependency(http: httpx.Client, name: str) -> dict[str, Any]:
    dependency: dict[str, Any] = http.get("/healthz").json()["dependencies"][name]
    return dependency


def test_everything_up_is_ready_and_ok(http: httpx.Client) -> None:
    assert http.get("/livez").json() == {"status": "ok"}
    ready = http.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ok", "degraded": {}, "degraded_features": []}
    health = http.get("/healthz").json()
    assert health["status"] == "ok" and health["breaker_state_shared"] is True
    for name in ("database", "redis", "llm"):
        dependency = health["dependencies"][name]
        assert dependency["status"] == "up", name
        assert dependency["breaker"] == "closed"
        assert dependency["latency_ms"] >= 0


def test_redis_down_degrades_readiness_then_recovers(http: httpx.Client, own_redis: RedisProcess) -> None:
    own_redis.stop()
    try:
        ready = http.get("/readyz")
        assert ready.status_code == 200
        body = ready.json()
        assert body["status"] == "degraded"
        assert set(body["degraded"]) == {"redis"}
        assert "resume across processes" in body["degraded_features"]
        health = http.get("/healthz").json()
        assert health["dependencies"]["redis"]["status"] == "down"
        assert health["dependencies"]["redis"]["detail"]
        assert health["breaker_state_shared"] is False
        assert http.get("/livez").status_code == 200
    finally:
        own_redis.start()
    recovered = _until(http, "/readyz", lambda r: r.status_code == 200 and r.json()["status"] == "ok")
    assert recovered.json()["degraded_features"] == []
    # The breakers' own client reconnects on its next calls.
    _until(http, "/healthz", lambda r: r.json()["breaker_state_shared"] is True)


def test_database_down_is_not_ready_then_recovers(http: httpx.Client, own_postgres: PostgresProcess) -> None:
    own_postgres.stop()
    try:
        ready = http.get("/readyz")
        assert ready.status_code == 503
        assert ready.headers["content-type"] == "application/problem+json"
        assert ready.headers["retry-after"] == "7"
        problem = ready.json()
        assert problem["code"] == "not-ready" and "database" in problem["detail"]
        health = http.get("/healthz")
        assert health.status_code == 200
        assert health.json()["status"] == "down"
        assert _dependency(http, "database")["status"] == "down"
        assert _dependency(http, "redis")["status"] == "up"
        assert http.get("/livez").status_code == 200
        # A stat read the cache cannot answer is a clear 503, not a 500.
        read = http.get("/v1/players/nba:jordami01")
        assert read.status_code == 503 and read.json()["code"] == "store-unavailable"
        assert read.headers["content-type"] == "application/problem+json"
        assert int(read.headers["retry-after"]) >= 1 and read.json()["retry_after"] > 0
    finally:
        own_postgres.start()
    _until(http, "/readyz", lambda r: r.status_code == 200)
    assert _dependency(http, "database")["status"] == "up"


def test_request_ids_and_metrics(http: httpx.Client) -> None:
    given = http.get("/livez", headers={"X-Request-ID": "fan-42.retry"})
    assert given.headers["x-request-id"] == "fan-42.retry"
    # An id that could forge log lines or headers is replaced by a fresh one.
    replaced = http.get("/livez", headers={"X-Request-ID": "bad id\twith spaces"})
    assert replaced.headers["x-request-id"] not in ("", "bad id\twith spaces")
    http.get("/v1/players/nba:nobody")
    exposition = http.get("/metrics")
    assert exposition.status_code == 200 and exposition.headers["content-type"].startswith("text/plain")
    text = exposition.text
    assert 'arena_http_request_duration_seconds_count{method="GET",route="/livez",status="200"}' in text
    # By route template, not by the path asked for.
    assert 'route="/v1/players/{player_id}"' in text and "nba:nobody" not in text
