"""``arena debate --server URL --key KEY`` against a real ``arena serve`` with accounts on: the same live view
and the same ``--json`` object as a debate run here, the debate charged to the key's account, and each of
the server's refusals one line with its exit code."""

from __future__ import annotations

import json
import subprocess
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from gateway_servers import JWT_SECRET, PASSWORD, QUESTION, unique_email, with_sample_league
from sqlalchemy import insert

from arena.accounts.adapters.tables import quota_counters
from arena.accounts.model import calendar_month
from arena.db import make_engine
from arena_command import ArenaCommand, ArenaInProcess
from serve_process import ServeProcess
from store_databases import DatabaseFactory

pytestmark = [pytest.mark.integration]


class RemoteServer:
    def __init__(self, process: ServeProcess, database_url: str) -> None:
        self.process = process
        self.base_url = process.base_url
        self.database_url = database_url

    def key(self) -> tuple[str, str]:
        """A new account's id and an API key of it."""
        email = unique_email()
        with httpx.Client(base_url=self.base_url, timeout=60) as http:
            account = http.post("/v1/accounts", json={"email": email, "password": PASSWORD}).json()
            token = http.post("/v1/auth/token", json={"email": email, "password": PASSWORD}).json()["access_token"]
            key = http.post("/v1/api-keys", json={"name": "cli", "scopes": ["debates:write"]},
                            headers={"Authorization": f"Bearer {token}"})
        assert key.status_code == 201, key.text
        return account["id"], key.json()["key"]

    def used(self, key: str) -> int:
        me = httpx.get(f"{self.base_url}/v1/me", headers={"Authorization": f"Bearer {key}"}, timeout=60)
        used: int = me.json()["usage"]["debates"]
        return used


@pytest.fixture(scope="module")
def database_url(database_factory: DatabaseFactory) -> str:
    return with_sample_league(database_factory("sqlite"))


@pytest.fixture(scope="module")
def server(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RemoteServer]:
    folder = tmp_path_factory.mktemp("remote-server")
    env = {"ARENA_DATABASE_URL": database_url, "ARENA_DATA_DIR": str(folder), "ARENA_ACCOUNTS_ENABLED": "true",
           "ARENA_JWT_SECRET": JWT_SECRET, "ARENA_WRITER": "template", "ARENA_API_KEY_CACHE_SECONDS": "0",
           "ARENA_LOG_LEVEL": "WARNING"}
    process = ServeProcess(env, folder / "serve.log")
    try:
        yield RemoteServer(process.wait_until_serving(), database_url)
    finally:
        process.stop()


@pytest.fixture
def arena(tmp_path: Path) -> ArenaCommand:
    """``arena`` with no database of its own: everything it shows comes from the server."""
    return ArenaInProcess(cwd=tmp_path, env={"ARENA_DATA_DIR": str(tmp_path / "client-data")})


def _one_line(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_json_is_the_object_a_local_debate_prints_and_the_key_pays(server: RemoteServer, arena: ArenaCommand,
                                                                   tmp_path: Path) -> None:
    _, key = server.key()
    remote = arena.json("debate", QUESTION, "--seed", "3", "--json", "--server", server.base_url, "--key", key)
    local = ArenaInProcess(cwd=tmp_path, env={"ARENA_DATABASE_URL": server.database_url,
                                              "ARENA_DATA_DIR": str(tmp_path / "local-data")})
    here = local.json("debate", QUESTION, "--seed", "3", "--json")
    assert remote.keys() == here.keys()
    assert {**remote, "id": None} == {**here, "id": None}
    assert server.used(key) == 1


def test_the_live_view_renders_the_servers_stream_with_settings_from_the_environment(
        server: RemoteServer, arena: ArenaCommand) -> None:
    _, key = server.key()
    arena.env.update({"ARENA_SERVER_URL": server.base_url, "ARENA_API_KEY": key})
    result = arena("debate", QUESTION)
    assert result.returncode == 0, result.stderr
    for seen in ("Michael Jordan", "Wilt Chamberlain", "Moderator", "written by template"):
        assert seen in result.stdout
    assert server.used(key) == 1


def test_a_spent_allowance_is_one_line_with_the_upgrade_link_and_exit_5(server: RemoteServer,
                                                                       arena: ArenaCommand) -> None:
    account_id, key = server.key()
    engine = make_engine(server.database_url)
    with engine.begin() as conn:  # the free plan's five debates this month, spent
        conn.execute(insert(quota_counters).values(subject=account_id, used=5,
                                                   period_start=calendar_month(datetime.now(UTC)).start))
    engine.dispose()
    line = _one_line(arena("debate", QUESTION, "--server", server.base_url, "--key", key), 5)
    assert "429 quota-exceeded" in line and f"upgrade at {server.base_url}/v1/plans" in line


def test_a_bad_key_is_one_line_and_exit_4(server: RemoteServer, arena: ArenaCommand) -> None:
    line = _one_line(arena("debate", QUESTION, "--server", server.base_url, "--key",
                           f"arena_test_{uuid.uuid4().hex}"), 4)
    assert "401 not-authenticated" in line


def test_an_unreachable_server_is_one_line_and_exit_1(arena: ArenaCommand) -> None:
    line = _one_line(arena("debate", QUESTION, "--server", "http://127.0.0.1:9"), 1)
    assert "cannot reach the Arena server at http://127.0.0.1:9" in line


def test_an_ambiguous_name_prints_the_servers_candidates_and_exits_3(server: RemoteServer,
                                                                    arena: ArenaCommand) -> None:
    _, key = server.key()
    result = arena("debate", "Who was better, Tie or Julius Erving?", "--json", "--server", server.base_url,
                   "--key", key)
    assert result.returncode == 3, (result.stdout, result.stderr)
    names = {c["name"] for mention in json.loads(result.stdout)["clarification"] for c in mention["candidates"]}
    assert {"Aaron Tie", "Zed Tie"} <= names
    assert server.used(key) == 0  # a debate refused before it starts is given back
