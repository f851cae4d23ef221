"""Nothing private reaches a client: with a PostgreSQL URL, an LLM base URL and an API key that all carry
secrets, the events every viewer receives, problem bodies, health answers and the server's own log name no
secret, no LLM host and no exception text; each says why in a stable code and a sentence."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import make_url

from arena.api.problems import problem_from_error
from arena.db import make_engine
from arena.stats.adapters.sql_store import SqlStatStore
from arena.stats.errors import StoreUnavailable
from arena.telemetry.logging import redact_text
from dependency_servers import RedisProcess
from serve_process import ServeProcess, free_port

DATABASE_PASSWORD = "pgS3cretPw"
LLM_PASSWORD = "llmS3cretPw"
API_KEY = "sk-apiS3cretKey"
SECRETS = (DATABASE_PASSWORD, LLM_PASSWORD, API_KEY, "llmuser")


class LeakyServer:
    def __init__(self, process: ServeProcess, llm_port: int) -> None:
        self.process = process
        self.llm_address = f"127.0.0.1:{llm_port}"

    def assert_clean(self, text: str) -> None:
        for private in (*SECRETS, self.llm_address):
            assert private not in text


@pytest.fixture(scope="module")
def leaky_server(nba_postgres_url: str, security_redis: RedisProcess,
                 tmp_path_factory: pytest.TempPathFactory) -> Iterator[LeakyServer]:
    """``arena serve`` whose settings hold secrets: PostgreSQL (trust auth ignores the password) and an LLM
    server on a closed port, so every LLM round falls back."""
    folder: Path = tmp_path_factory.mktemp("leaky")
    llm_port = free_port()
    env = {
        "ARENA_DATABASE_URL": make_url(nba_postgres_url).set(password=DATABASE_PASSWORD)
        .render_as_string(hide_password=False),
        "ARENA_REDIS_URL": security_redis.url,
        "ARENA_DATA_DIR": str(folder),
        "ARENA_WRITER": "openai",
        "ARENA_LLM_BASE_URL": f"http://llmuser:{LLM_PASSWORD}@127.0.0.1:{llm_port}/v1",
        "ARENA_LLM_API_KEY": API_KEY,
        "ARENA_LLM_FIRST_TOKEN_TIMEOUT_SECONDS": "1",
        "ARENA_LOG_JSON": "true",
        "ARENA_LOG_LEVEL": "INFO",
    }
    process = ServeProcess(env, folder / "serve.log")
    try:
        yield LeakyServer(process.wait_until_serving(), llm_port)
    finally:
        process.stop()


def test_a_fallback_event_says_why_in_a_code_not_the_servers_url(leaky_server: LeakyServer) -> None:
    base = leaky_server.process.base_url
    created = httpx.post(f"{base}/v1/debates", json={"question": "Who's better, LeBron or Jordan?"}, timeout=30)
    assert created.status_code == 201
    with httpx.stream("GET", f"{base}/v1/debates/{created.json()['id']}/events", timeout=60) as stream:
        body = "".join(stream.iter_text())
    frames = [json.loads(line.removeprefix("data: ")) for line in body.splitlines() if line.startswith("data: ")]
    fallbacks = [frame for frame in frames if frame.get("type") == "writer.fallback"]
    assert fallbacks, "the LLM server is down: the template must have written"
    assert {frame["code"] for frame in fallbacks} == {"writer-unavailable"}
    assert all(frame["reason"] == "the writer is unavailable" for frame in fallbacks)
    assert frames[-1]["type"] == "debate.completed"
    leaky_server.assert_clean(body)
    snapshot = httpx.get(f"{base}/v1/debates/{created.json()['id']}", timeout=30).text
    leaky_server.assert_clean(snapshot)


def test_health_answers_name_no_host_or_secret(leaky_server: LeakyServer) -> None:
    base = leaky_server.process.base_url
    health = httpx.get(f"{base}/healthz", timeout=30)
    assert health.json()["dependencies"]["llm"]["status"] == "down"
    assert health.json()["dependencies"]["llm"]["detail"] == "the writer is unavailable"
    leaky_server.assert_clean(health.text)
    leaky_server.assert_clean(httpx.get(f"{base}/readyz", timeout=30).text)


def test_the_servers_log_redacts_every_secret(leaky_server: LeakyServer) -> None:
    base = leaky_server.process.base_url
    created = httpx.post(f"{base}/v1/debates", json={"question": "Who's better, LeBron or Jordan?"}, timeout=30)
    with httpx.stream("GET", f"{base}/v1/debates/{created.json()['id']}/events", timeout=60) as stream:
        "".join(stream.iter_text())
    log = leaky_server.process.output()
    assert "writer fell back to the template" in log
    assert "[redacted]" in log  # the writer's error named its URL, password and all
    for secret in SECRETS[:3]:
        assert secret not in leaky_server.process.log_path.read_text(errors="replace")


def test_a_503_problem_names_no_host(nba_postgres_url: str) -> None:
    port = free_port()
    url = make_url(nba_postgres_url).set(password=DATABASE_PASSWORD, port=port)
    engine = make_engine(url.render_as_string(hide_password=False), connect_timeout_seconds=2)
    try:
        with pytest.raises(StoreUnavailable) as raised:
            SqlStatStore(engine).status()
    finally:
        engine.dispose()
    problem = problem_from_error(raised.value, instance="/v1/leaders")
    assert problem.status == 503 and problem.code == "store-unavailable"
    body = problem.model_dump_json()
    assert str(port) not in body and DATABASE_PASSWORD not in body and "127.0.0.1" not in body
    assert problem.detail == "the stat store is unavailable"


def test_the_log_processor_redacts_url_passwords_in_any_text() -> None:
    # Registered secret values (the API key) are checked on the live server's log above.
    line = redact_text(f"the LLM server at http://llmuser:{LLM_PASSWORD}@10.0.0.7:8080/v1 refused us")
    assert line == "the LLM server at http://llmuser:[redacted]@10.0.0.7:8080/v1 refused us"
