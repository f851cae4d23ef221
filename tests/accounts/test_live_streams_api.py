"""``GET /v1/admin/streams`` over HTTP on each backend: the debates being written now with their viewers, for
operators only."""

from __future__ import annotations

import collections
import contextlib
import itertools
import threading
from collections.abc import Iterator

import httpx
import pytest
from gateway_servers import PASSWORD, QUESTION, Clock, GatewayServer, make_service, start_gateway, unique_email

from api_servers import SlowChatServer
from arena.accounts.adapters.sql_accounts import SqlAccountStore
from arena.db import make_engine
from store_databases import DatabaseFactory


def _token(http: httpx.Client, email: str) -> dict[str, str]:
    token = http.post("/v1/auth/token", json={"email": email, "password": PASSWORD}).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def _read_to_the_end(lines: Iterator[str]) -> None:
    with contextlib.suppress(httpx.HTTPError, httpx.StreamError):  # the test closes the stream when done
        collections.deque(lines, maxlen=0)


def _operator(database_url: str) -> str:
    engine = make_engine(database_url)
    try:
        email = unique_email()
        make_service(SqlAccountStore(engine), Clock()).sign_up(email, PASSWORD, is_admin=True)
        return email
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_operators_see_the_debates_being_written_and_their_viewers(
    backend: str, database_factory: DatabaseFactory, tmp_path_factory: pytest.TempPathFactory
) -> None:
    writer = SlowChatServer(delay=0.05).start()
    writer.gate.clear()  # holds every reply: the debate stays live until the test lets it go
    server = start_gateway(database_factory(backend), tmp_path_factory.mktemp("streams"),
                           llm_base_url=writer.base_url, stream_grace_seconds=30.0,
                           llm_first_token_timeout_seconds=60.0)  # no fallback to the template writer
    try:
        with server.client() as http:
            operator = _token(http, _operator(server.database_url))
            assert http.get("/v1/admin/streams", headers=operator).json() == {"streams": [], "viewers": 0}
            started = http.post("/v1/debates", json={"question": QUESTION, "writer": "openai"}, headers=operator)
            assert started.status_code == 201, started.text
            debate_id = started.json()["id"]
            with http.stream("GET", f"/v1/debates/{debate_id}/events") as watching:
                lines = watching.iter_lines()
                # Watching once the stream has sent the viewer count (this client counted in it), and reading
                # on meanwhile, as a browser does: a reader the server cannot write to renews no lease.
                assert "event: viewers" in itertools.takewhile(lambda line: line != "", lines)
                threading.Thread(target=_read_to_the_end, args=(lines,), daemon=True).start()
                live = http.get("/v1/admin/streams", headers=operator).json()

            assert live["viewers"] == 1, live
            [stream] = live["streams"]
            assert stream["id"] == debate_id and stream["question"] == QUESTION and stream["writer"] == "openai"
            assert stream["viewers"] == 1 and stream["events"] >= 1 and stream["created_at"].endswith("+00:00")
    finally:
        writer.gate.set()
        server.thread.stop()
        writer.stop()


def test_others_are_refused_with_a_problem(gateway: GatewayServer) -> None:
    with gateway.client() as http:
        email = unique_email()
        assert http.post("/v1/accounts", json={"email": email, "password": PASSWORD}).status_code == 201
        refused = http.get("/v1/admin/streams", headers=_token(http, email))
        anonymous = http.get("/v1/admin/streams")

    assert refused.status_code == 403 and refused.json()["code"] == "missing-scope"
    assert anonymous.status_code == 401 and anonymous.headers["content-type"] == "application/problem+json"
