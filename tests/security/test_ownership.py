"""Debate ownership on two real ``arena serve`` workers sharing Redis: the creator's control token cancels or
deletes a debate from either worker; spectators, with no token or a wrong one, watch but cannot control;
Redis keeps only the token's hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import redis
from websockets.sync.client import connect

from serve_process import ServeProcess, silent_llm_url

pytestmark = [pytest.mark.redis, pytest.mark.integration, pytest.mark.slow]

QUESTION = "Who's better, LeBron or Jordan?"
STREAM_KEYS = "arena:stream:{{{}}}:*"


@pytest.fixture(scope="module")
def workers(loaded_sqlite_url: str, redis_url: str,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServeProcess, ServeProcess]]:
    folder = tmp_path_factory.mktemp("owned-workers")
    with silent_llm_url() as llm_url:
        env = {
            "ARENA_DATABASE_URL": loaded_sqlite_url,
            "ARENA_DATA_DIR": str(folder),
            "ARENA_REDIS_URL": redis_url,
            "ARENA_LLM_BASE_URL": llm_url,
            "ARENA_LLM_FIRST_TOKEN_TIMEOUT_SECONDS": "600",
            "ARENA_LLM_REQUEST_TIMEOUT_SECONDS": "600",
            "ARENA_STREAM_POLL_SECONDS": "0.05",
            "ARENA_LOG_LEVEL": "WARNING",
        }
        processes = [ServeProcess(env, folder / f"serve-{n}.log") for n in (1, 2)]
        try:
            for process in processes:
                process.wait_until_serving()
            yield processes[0], processes[1]
        finally:
            for process in processes:
                process.stop()


@pytest.fixture
def created(workers: tuple[ServeProcess, ServeProcess], redis_url: str) -> Iterator[dict[str, Any]]:
    """A running, silent debate started on the first worker; its Redis keys are deleted afterwards."""
    response = httpx.post(f"{workers[0].base_url}/v1/debates", json={"question": QUESTION, "writer": "openai"},
                          timeout=60)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    body["headers"] = response.headers
    yield body
    client = redis.Redis.from_url(redis_url)
    keys = list(client.scan_iter(match=STREAM_KEYS.format(body["id"])))
    if keys:
        client.delete(*keys)
    client.close()


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _status(worker: ServeProcess, debate_id: str) -> int:
    return httpx.get(f"{worker.base_url}/v1/debates/{debate_id}", timeout=30).status_code


def _debate(worker: ServeProcess, debate_id: str) -> dict[str, Any]:
    debate: dict[str, Any] = httpx.get(f"{worker.base_url}/v1/debates/{debate_id}", timeout=30).json()
    return debate


def test_creating_a_debate_hands_out_its_control_token_once_uncached(created: dict[str, Any]) -> None:
    token = created["control_token"]
    assert len(token) >= 40
    assert created["headers"]["Arena-Control-Token"] == token
    assert created["headers"]["Cache-Control"] == "no-store"


@pytest.mark.parametrize("headers", [{}, _bearer("not-the-token"), {"Authorization": "Basic Zm9vOmJhcg=="}])
def test_cancel_and_delete_without_the_token_are_forbidden(
    workers: tuple[ServeProcess, ServeProcess], created: dict[str, Any], headers: dict[str, str]
) -> None:
    base = f"{workers[1].base_url}/v1/debates/{created['id']}"
    for response in (httpx.post(f"{base}/cancel", headers=headers, timeout=30),
                     httpx.delete(base, headers=headers, timeout=30)):
        assert response.status_code == 403
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["code"] == "debate-control-forbidden"
    assert _debate(workers[0], created["id"])["status"] == "running"


def test_a_wrong_token_in_the_body_is_forbidden_too(workers: tuple[ServeProcess, ServeProcess],
                                                    created: dict[str, Any]) -> None:
    response = httpx.post(f"{workers[0].base_url}/v1/debates/{created['id']}/cancel",
                          json={"token": _altered(created["control_token"])}, timeout=30)
    assert response.status_code == 403


def test_the_token_cancels_the_debate_from_the_other_worker(workers: tuple[ServeProcess, ServeProcess],
                                                            created: dict[str, Any]) -> None:
    response = httpx.post(f"{workers[1].base_url}/v1/debates/{created['id']}/cancel",
                          headers=_bearer(created["control_token"]), timeout=30)
    assert response.status_code == 202
    with connect(created["links"]["websocket"]) as ws:  # the events end with the cancellation
        last = [json.loads(message) for message in ws][-1]
    assert (last["type"], last["code"]) == ("error", "debate-cancelled")
    assert _debate(workers[1], created["id"])["status"] == "cancelled"


def test_the_token_in_the_body_cancels_too(workers: tuple[ServeProcess, ServeProcess],
                                           created: dict[str, Any]) -> None:
    response = httpx.post(f"{workers[0].base_url}/v1/debates/{created['id']}/cancel",
                          json={"token": created["control_token"]}, timeout=30)
    assert response.status_code == 202


def test_a_spectator_cannot_cancel_over_the_websocket_and_watches_on(
    workers: tuple[ServeProcess, ServeProcess], created: dict[str, Any]
) -> None:
    url = workers[1].base_url.replace("http://", "ws://") + f"/v1/debates/{created['id']}/ws"
    with connect(url) as spectator:
        spectator.send(json.dumps({"type": "cancel"}))
        spectator.send(json.dumps({"type": "cancel", "token": "guessed"}))
        frames: list[dict[str, Any]] = []
        while len([f for f in frames if f.get("type") == "error"]) < 2:
            frames.append(json.loads(spectator.recv(timeout=60)))
        errors = [f for f in frames if f.get("type") == "error"]
        assert [e["code"] for e in errors] == ["debate-control-forbidden"] * 2
        assert all(e["problem"]["status"] == 403 for e in errors)
        # Still watching: the owner's cancel reaches this spectator as the debate's last event.
        spectator.send(json.dumps({"type": "cancel", "token": created["control_token"]}))
        last = [json.loads(message) for message in spectator][-1]
    assert (last["type"], last["code"]) == ("error", "debate-cancelled")


def test_the_token_deletes_the_debate_for_every_worker(workers: tuple[ServeProcess, ServeProcess],
                                                       created: dict[str, Any]) -> None:
    response = httpx.delete(f"{workers[1].base_url}/v1/debates/{created['id']}",
                            headers=_bearer(created["control_token"]), timeout=30)
    assert response.status_code == 204
    assert response.content == b""
    assert [_status(worker, created["id"]) for worker in workers] == [404, 404]
    again = httpx.delete(f"{workers[0].base_url}/v1/debates/{created['id']}",
                         headers=_bearer(created["control_token"]), timeout=30)
    assert again.status_code == 404


def test_redis_keeps_the_tokens_hash_and_never_the_token(created: dict[str, Any], redis_url: str) -> None:
    client = redis.Redis.from_url(redis_url)
    try:
        stored = b"".join(str(client.hgetall(key)).encode()
                          for key in client.scan_iter(match=STREAM_KEYS.format(created["id"]))
                          if key.endswith(b":meta"))
    finally:
        client.close()
    token = created["control_token"]
    assert hashlib.sha256(token.encode()).hexdigest().encode() in stored
    assert token.encode() not in stored


def _altered(token: str) -> str:
    """The token with its last character changed (to one it is not already)."""
    return token[:-1] + ("A" if token[-1] != "A" else "B")
