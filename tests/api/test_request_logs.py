"""The request id reaches the debate's own log lines: ``arena serve`` with JSON logs, a debate started with an
``X-Request-ID`` whose LLM writer is down (nothing listens on its port), and the engine's fallback warning,
logged from the background task that runs the debate, carries the request's id."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from serve_process import ServeProcess

pytestmark = [pytest.mark.integration, pytest.mark.slow]

QUESTION = "Who's better, LeBron or Jordan?"
REQUEST_ID = "chaos-req-42"
POLLS = 300
POLL_SECONDS = 0.1


@pytest.fixture
def serve(loaded_sqlite_url: str, closed_port: int, tmp_path: Path) -> Iterator[ServeProcess]:
    env = {
        "ARENA_DATABASE_URL": loaded_sqlite_url,
        "ARENA_DATA_DIR": str(tmp_path),
        "ARENA_WRITER": "template",
        "ARENA_LLM_BASE_URL": f"http://127.0.0.1:{closed_port}/v1",
        "ARENA_LLM_API_KEY": "test-key",
        "ARENA_LOG_JSON": "true",
        "ARENA_LOG_LEVEL": "INFO",
    }
    process = ServeProcess(env, tmp_path / "serve.log")
    try:
        yield process.wait_until_serving()
    finally:
        process.stop()


def _json_lines(process: ServeProcess) -> list[dict[str, Any]]:
    """The structlog lines of the server's output (uvicorn's own lines are plain text)."""
    lines = process.log_path.read_text(errors="replace").splitlines()
    return [json.loads(line) for line in lines if line.startswith("{")]


def test_the_debates_fallback_warning_carries_the_request_id(serve: ServeProcess) -> None:
    with httpx.Client(base_url=serve.base_url, timeout=30) as http:
        created = http.post("/v1/debates", json={"question": QUESTION, "writer": "openai"},
                            headers={"X-Request-ID": REQUEST_ID})
        assert created.status_code == 201, created.text
        assert created.headers["x-request-id"] == REQUEST_ID
        debate_id = created.json()["id"]
        for _ in range(POLLS):
            if http.get(f"/v1/debates/{debate_id}").json()["status"] != "running":
                break
            time.sleep(POLL_SECONDS)
        assert http.get(f"/v1/debates/{debate_id}").json()["status"] == "completed"

    fallbacks = [line for line in _json_lines(serve)
                 if line.get("event") == "writer fell back to the template" and line.get("debate_id") == debate_id]
    assert fallbacks, serve.output()
    assert fallbacks[0]["level"] == "warning" and fallbacks[0]["writer"] == "openai"
    assert all(line.get("request_id") == REQUEST_ID for line in fallbacks)
