"""Issue #14, item 1: input is cleaned once, at the edge. Every text a request carries (body fields, query
strings, path ids) refuses NUL, other control characters and lone surrogates with a 422 problem; unknown query
parameters are a 422 naming them; numbers are bounded; and a request refused so leaves no trace behind: no
usage record, no failure counted against the database.

The text and query cases are generated from the OpenAPI document, so a route or field added later is covered
without a test naming it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from sqlalchemy import func, select
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from api_servers import ServerThread
from arena.accounts.adapters.tables import accounts as account_rows
from arena.accounts.adapters.tables import api_keys as api_key_rows
from arena.api.deps import ApiState
from arena.api.problems import is_openai_path
from arena.resilience.policy import State
from arena.resilience.registry import DATABASE

pytestmark = [pytest.mark.integration, pytest.mark.postgres, pytest.mark.redis]

# NUL, ESC, DEL, a C1 control (CSI, a terminal escape on its own) and a bidirectional override (text reordered)
CONTROLS = ["\x00", "\x1b", "\x7f", "\x9b", "\u202e"]
PASSWORD = "correct horse battery"
LONE_SURROGATE = "\ud800"  # only JSON can carry one: percent-encoded it is invalid UTF-8, decoded as U+FFFD


# -- requests made from the OpenAPI document ------------------------------------------------------------

@dataclass
class Operation:
    method: str
    path: str  # the template, e.g. /v1/debates/{debate_id}
    parameters: list[dict[str, Any]]
    body: dict[str, Any] | None  # the JSON schema of the request body

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


@dataclass
class Probe:
    """One request with one text input poisoned: the error is expected at ``loc`` (or below it)."""

    operation: Operation
    loc: list[str | int]
    path_values: dict[str, str] = field(default_factory=dict)
    query: dict[str, str] = field(default_factory=dict)
    body: Any = None

    def __str__(self) -> str:
        return f"{self.operation} {'.'.join(map(str, self.loc))}"


class Schemas:
    def __init__(self, document: dict[str, Any]) -> None:
        self._components = document.get("components", {}).get("schemas", {})

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self._components[schema["$ref"].rsplit("/", 1)[1]]
        return schema

    def sample(self, schema: dict[str, Any]) -> Any:
        """A small valid value for ``schema`` (its example, its first choice, the shortest that fits)."""
        schema = self.resolve(schema)
        for key in ("const", "examples", "enum"):
            if key in schema:
                return schema[key] if key == "const" else schema[key][0]
        if "anyOf" in schema:
            return self.sample(next(s for s in schema["anyOf"] if self.resolve(s).get("type") != "null"))
        kind = schema.get("type")
        if kind == "string":
            return "x" * max(1, schema.get("minLength", 1))
        if kind in ("integer", "number"):
            return schema.get("minimum", 1)
        if kind == "boolean":
            return False
        if kind == "array":
            return [self.sample(schema.get("items", {}))] * max(1, schema.get("minItems", 1))
        if kind == "object":
            properties = schema.get("properties", {})
            return {name: self.sample(properties[name]) for name in schema.get("required", [])}
        return None

    def poisoned(self, schema: dict[str, Any], poison: str) -> Iterator[tuple[list[str | int], Any]]:
        """Each free-text place in ``schema`` (closed sets excluded), as its location and a valid value
        holding ``poison`` there."""
        schema = self.resolve(schema)
        if any(key in schema for key in ("const", "enum")):
            return
        for branch in schema.get("anyOf", []):
            yield from self.poisoned(branch, poison)
        kind = schema.get("type")
        if kind == "string":
            yield [], "x" + poison
        elif kind == "array":
            for loc, item in self.poisoned(schema.get("items", {}), poison):
                yield [0, *loc], [item]
        elif kind == "object":
            base = self.sample(schema)
            for name, sub in schema.get("properties", {}).items():
                for loc, value in self.poisoned(sub, poison):
                    yield [name, *loc], {**base, name: value}
            values = schema.get("additionalProperties")
            if isinstance(values, dict):
                keys = self.resolve(schema.get("propertyNames", {"type": "string"}))
                if keys.get("type", "string") == "string" and "enum" not in keys:
                    yield [], {**base, "x" + poison: self.sample(values)}
                for loc, value in self.poisoned(values, poison):
                    yield ["x", *loc], {**base, "x": value}


def _operations(document: dict[str, Any]) -> list[Operation]:
    operations = []
    for path, methods in document["paths"].items():
        for method, spec in methods.items():
            body = spec.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            operations.append(Operation(method.upper(), path, spec.get("parameters", []), body))
    return operations


def _path_values(operation: Operation, schemas: Schemas) -> dict[str, str]:
    return {p["name"]: str(p.get("example") or schemas.sample(p["schema"])) for p in operation.parameters
            if p["in"] == "path"}


def _required_query(operation: Operation, schemas: Schemas) -> dict[str, str]:
    return {p["name"]: str(schemas.sample(p["schema"])) for p in operation.parameters
            if p["in"] == "query" and p.get("required")}


def _probes(document: dict[str, Any], poison: str, *, json_only: bool) -> list[Probe]:
    schemas = Schemas(document)
    probes = []
    for operation in _operations(document):
        paths, query = _path_values(operation, schemas), _required_query(operation, schemas)
        body = schemas.sample(operation.body) if operation.body else None
        if operation.body is not None:
            for loc, poisoned_body in schemas.poisoned(operation.body, poison):
                probes.append(Probe(operation, ["body", *loc], paths, query, poisoned_body))
        if json_only:
            continue
        for parameter in operation.parameters:
            if parameter["in"] not in ("path", "query"):
                continue  # headers cannot carry control characters: the HTTP parser refuses them
            for _, value in schemas.poisoned(parameter["schema"], poison):
                where = paths if parameter["in"] == "path" else query
                probe = Probe(operation, [parameter["in"], parameter["name"]], dict(paths), dict(query), body)
                (probe.path_values if where is paths else probe.query)[parameter["name"]] = value
                probes.append(probe)
    return probes


async def _send(client: httpx.AsyncClient, probe: Probe) -> httpx.Response:
    path = probe.operation.path.format(**{k: quote(v, safe="") for k, v in probe.path_values.items()})
    content = None if probe.body is None else json.dumps(probe.body)  # ASCII: a surrogate goes as \ud800
    return await client.request(probe.operation.method, path, params=probe.query, content=content,
                                headers={"content-type": "application/json"} if content else {})


def _assert_refused_at(response: httpx.Response, loc: list[str | int]) -> None:
    assert response.status_code == 422, response.text
    if is_openai_path(response.request.url.path):  # OpenAI's envelope, the problem's members inside it
        assert response.headers["content-type"] == "application/json"
        problem = response.json()["error"]
    else:
        assert response.headers["content-type"] == "application/problem+json"
        problem = response.json()
    assert any(_without_union_tags(error["loc"])[:len(loc)] == loc for error in problem["errors"]), problem


def _without_union_tags(loc: list[str | int]) -> list[str | int]:
    """Pydantic names the branch of a union an error is in (``list[TextPart]``); the request has no such part."""
    return [part for part in loc if not (isinstance(part, str) and "[" in part)]


@pytest.fixture
def document(api_server: ServerThread) -> dict[str, Any]:
    return api_server.app.openapi()


# -- text ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("poison", CONTROLS, ids=["nul", "esc", "del", "csi", "rlo"])
async def test_every_text_input_refuses_control_characters(
    poison: str, document: dict[str, Any], client: httpx.AsyncClient, api_state: ApiState,
    database_failures: Callable[[], float],
) -> None:
    probes = _probes(document, poison, json_only=False)
    assert {str(p.operation) for p in probes} >= {"POST /v1/debates", "POST /v1/chat/completions",
                                                    "GET /v1/players/{player_id}", "GET /v1/leaders"}
    before = database_failures()
    for probe in probes:
        _assert_refused_at(await _send(client, probe), probe.loc)
    assert database_failures() == before
    api_state.services.usage.flush()
    assert api_state.services.usage.buffered == 0


async def test_every_json_text_refuses_a_lone_surrogate(document: dict[str, Any],
                                                        client: httpx.AsyncClient) -> None:
    probes = _probes(document, LONE_SURROGATE, json_only=True)
    assert len(probes) >= 10
    for probe in probes:
        _assert_refused_at(await _send(client, probe), probe.loc)


def _unknown_field_probes(document: dict[str, Any]) -> list[Probe]:
    """Each JSON body of an object schema, valid but for one field the route does not declare."""
    schemas = Schemas(document)
    probes = []
    for operation in _operations(document):
        if operation.body is None or schemas.resolve(operation.body).get("type") != "object":
            continue
        body = {**schemas.sample(operation.body), "unknown_field": 1}
        probes.append(Probe(operation, ["body", "unknown_field"], _path_values(operation, schemas),
                            _required_query(operation, schemas), body))
    return probes


async def test_every_json_body_refuses_an_unknown_field(document: dict[str, Any], client: httpx.AsyncClient) -> None:
    probes = _unknown_field_probes(document)
    assert {str(p.operation) for p in probes} >= {"POST /v1/debates", "POST /v1/chat/completions", "POST /v1/parse"}
    for probe in probes:
        _assert_refused_at(await _send(client, probe), probe.loc)


async def test_the_account_routes_refuse_bad_text_and_unknown_fields_and_store_nothing(
    document: dict[str, Any], accounts_api_server: ServerThread
) -> None:
    # The routes accounts add (sign-up, logins, keys, billing, admin), as an operator calls them, so that each
    # request reaches its input's checks: a sign-up or a key named with NUL was stored (PostgreSQL refuses such
    # text), and unknown fields were ignored, where every other route refuses both.
    services = accounts_api_server.app.state.arena.services
    accounts_document = accounts_api_server.app.openapi()
    plain = {str(operation) for operation in _operations(document)}
    email = f"operator-{uuid.uuid4().hex}@example.com"
    services.accounts.sign_up(email, PASSWORD, is_admin=True)

    def stored() -> tuple[int, int]:
        with services.engine.connect() as connection:
            return (connection.scalar(select(func.count()).select_from(account_rows)) or 0,
                    connection.scalar(select(func.count()).select_from(api_key_rows)) or 0)

    async with httpx.AsyncClient(base_url=accounts_api_server.base_url, timeout=60) as client:
        login = await client.post("/v1/auth/token", json={"email": email, "password": PASSWORD})
        assert login.status_code == 200, login.text
        client.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
        before = stored()
        probes = [probe for poison in CONTROLS for probe in _probes(accounts_document, poison, json_only=False)]
        probes += _probes(accounts_document, LONE_SURROGATE, json_only=True)
        probes += _unknown_field_probes(accounts_document)
        probes = [probe for probe in probes if str(probe.operation) not in plain]
        assert {str(p.operation) for p in probes} >= {"POST /v1/accounts", "POST /v1/auth/token",
                                                        "POST /v1/auth/refresh", "POST /v1/api-keys",
                                                        "POST /v1/billing/checkout"}
        for probe in probes:
            _assert_refused_at(await _send(client, probe), probe.loc)
    assert stored() == before


async def test_a_lone_surrogate_in_a_chat_message_is_a_client_error(client: httpx.AsyncClient) -> None:
    body = {"model": "arena-debate", "messages": [{"role": "user", "content": "Jordan vs LeBron \ud800"}]}
    response = await client.post("/v1/chat/completions", content=json.dumps(body),
                                         headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert "lone surrogate" in response.json()["error"]["message"]  # OpenAI's envelope on its routes


async def test_free_text_keeps_its_whitespace_and_names_refuse_it(client: httpx.AsyncClient) -> None:
    parsed = await client.post("/v1/parse", json={"question": "Jordan\tvs\r\nLeBron"})
    assert parsed.status_code == 200, parsed.text
    refused = await client.post("/v1/debates", json={"question": "Jordan vs LeBron", "writer": "tem\nplate"})
    _assert_refused_at(refused, ["body", "writer"])


async def test_a_nul_writer_is_refused_and_leaves_no_usage_record(
    client: httpx.AsyncClient, api_state: ApiState, database_failures: Callable[[], float]
) -> None:
    usage = api_state.services.usage
    before, dead_before = database_failures(), usage.dead_lettered
    response = await client.post("/v1/debates", json={"question": "Jordan vs LeBron", "writer": "x\u0000"})
    _assert_refused_at(response, ["body", "writer"])
    usage.flush()
    assert (usage.buffered, usage.dead_lettered) == (0, dead_before)
    assert database_failures() == before
    assert await api_state.services.breakers[DATABASE].state() is State.CLOSED
    assert (await client.get("/v1/players/nba:jordami01")).status_code == 200


@pytest.mark.parametrize("path", ["/v1/players/nba:jord%00ami01", "/v1/debates/abc%00", "/v1/debates/abc%00/events"])
async def test_a_nul_in_a_path_id_is_refused_before_any_dependency(
    path: str, client: httpx.AsyncClient, database_failures: Callable[[], float]
) -> None:
    before = database_failures()
    response = await client.get(path)
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["loc"][:1] == ["path"]
    assert database_failures() == before


async def _socket_refusal(api_server: ServerThread, path: str) -> tuple[dict[str, Any], int | None, str | None]:
    """The error frame a refused WebSocket upgrade gets, and its close code and reason."""
    url = api_server.base_url.replace("http://", "ws://") + path
    async with connect(url) as socket:
        frame = json.loads(await socket.recv())
        with pytest.raises(ConnectionClosed):
            await socket.recv()
    return frame, socket.close_code, socket.close_reason


@pytest.mark.parametrize(("path", "loc"), [
    ("/v1/debates/abc%00/ws", ["path", "debate_id"]),
    ("/v1/debates/a%20b/ws", ["path", "debate_id"]),
    ("/v1/debates/some-debate/ws?after=-1", ["query", "after"]),
    ("/v1/debates/some-debate/ws?after=many", ["query", "after"]),
])
async def test_a_malformed_websocket_upgrade_is_told_what_to_fix(api_server: ServerThread, path: str,
                                                                 loc: list[str]) -> None:
    # A refusal before the upgrade is a bare 403 to the client: accepted, told, closed with 4000 + the status.
    frame, code, reason = await _socket_refusal(api_server, path)
    assert (code, reason, frame["type"], frame["code"]) == (4422, "invalid-request", "error", "invalid-request")
    assert [error["loc"] for error in frame["problem"]["errors"]] == [loc]


@pytest.mark.parametrize("path", ["/v1/debates/ws", "/v1/debates//ws", "/v1/nowhere/ws", "/debates/x/ws"])
async def test_a_websocket_upgrade_to_no_route_is_told_so(api_server: ServerThread, path: str) -> None:
    frame, code, reason = await _socket_refusal(api_server, path)
    assert (code, reason, frame["code"]) == (4404, "not-found", "not-found")
    assert "/v1/debates/{id}/ws" in frame["message"]


# -- query parameters ---------------------------------------------------------------------------------------

async def test_from_and_to_on_the_leaders_route_are_named_not_ignored(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/leaders", params={"league": "nba", "stat": "points", "from": 1990,
                                                               "to": 1991})
    assert response.status_code == 422
    problem = response.json()
    assert [error["loc"] for error in problem["errors"]] == [["query", "from"], ["query", "to"]]
    assert "from_season" in problem["detail"]


async def test_every_route_refuses_an_unknown_query_parameter(document: dict[str, Any],
                                                              client: httpx.AsyncClient) -> None:
    schemas = Schemas(document)
    for operation in _operations(document):
        probe = Probe(operation, ["query", "unexpected"], _path_values(operation, schemas),
                      {**_required_query(operation, schemas), "unexpected": "1"},
                      schemas.sample(operation.body) if operation.body else None)
        _assert_refused_at(await _send(client, probe), probe.loc)


async def test_the_websocket_refuses_an_unknown_query_parameter(api_server: ServerThread) -> None:
    frame, code, reason = await _socket_refusal(api_server, "/v1/debates/some-debate/ws?afterr=3")
    assert (code, reason) == (4422, "invalid-request")
    assert [error["loc"] for error in frame["problem"]["errors"]] == [["query", "afterr"]]


# -- JSON bodies ------------------------------------------------------------------------------------------

async def test_every_json_body_refuses_a_key_given_twice(document: dict[str, Any], client: httpx.AsyncClient,
                                                         database_failures: Callable[[], float]) -> None:
    # The last value would be read; whatever read the first (a proxy, a log) had another request in mind.
    schemas = Schemas(document)
    before, probed = database_failures(), 0
    for operation in _operations(document):
        sample = schemas.sample(operation.body) if operation.body else None
        if not isinstance(sample, dict) or not sample:
            continue
        key, value = next(iter(sample.items()))
        text = "{" + json.dumps(key) + ": " + json.dumps(value) + ", " + json.dumps(sample)[1:]
        path = operation.path.format(**_path_values(operation, schemas))
        response = await client.request(operation.method, path, params=_required_query(operation, schemas),
                                        content=text, headers={"content-type": "application/json"})
        _assert_refused_at(response, ["body", key])
        probed += 1
    assert probed >= 5
    assert database_failures() == before


@pytest.mark.parametrize(("body", "loc"), [
    ('{"question": "Jordan vs LeBron", "criteria": {"peak": 1, "peak": 9}}', ["body", "criteria", "peak"]),
    ('{"question": "Jordan vs LeBron", "question": "Magic vs Bird"}', ["body", "question"]),
    ('{"question": "Jordan vs LeBron", "QUESTION": "x"}', ["body", "QUESTION"]),  # another key: unknown field
])
async def test_a_repeated_key_is_named_where_it_is(client: httpx.AsyncClient, body: str, loc: list[str]) -> None:
    response = await client.post("/v1/debates", content=body, headers={"content-type": "application/json"})
    _assert_refused_at(response, loc)


async def test_a_body_with_each_key_once_is_still_served(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/parse", content='{"question": "Jordan vs LeBron"}',
                                 headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text


# -- the request target's encoding ------------------------------------------------------------------------

# Bytes that are no UTF-8, percent-encoded: a lone continuation byte, a truncated sequence, an overlong "/", a
# surrogate's encoding. Each was decoded to U+FFFD and served as if the client had sent that character.
NOT_UTF8 = ["%FF", "%C3", "%C0%AF", "%ED%A0%80"]


def _poisoned_targets(document: dict[str, Any]) -> Iterator[tuple[Operation, str, str]]:
    """Each path or query parameter of every operation with ``NOT_UTF8[0]`` in it, as (operation, the
    parameter's place, the request target with the raw bytes in it)."""
    schemas = Schemas(document)
    for operation in _operations(document):
        paths, query = _path_values(operation, schemas), _required_query(operation, schemas)
        for parameter in operation.parameters:
            if parameter["in"] not in ("path", "query"):
                continue
            where = paths if parameter["in"] == "path" else dict(query, **{parameter["name"]: "x"})
            values = {**where, parameter["name"]: "x" + NOT_UTF8[0]}
            path_values = values if parameter["in"] == "path" else paths
            target = operation.path.format(**{k: v if "%" in v else quote(v, safe="")
                                              for k, v in path_values.items()})
            if parameter["in"] == "query":
                target += "?" + "&".join(f"{k}={v if '%' in v else quote(v, safe='')}" for k, v in values.items())
            yield operation, f"{parameter['in']}.{parameter['name']}", target


def _assert_not_utf8(response: httpx.Response, part: str) -> None:
    assert response.status_code == 400, response.text
    problem = response.json()["error"] if is_openai_path(response.request.url.path) else response.json()
    assert problem["code"] == "invalid-encoding"
    message = problem.get("detail") or problem["message"]
    assert f"the {part} is not UTF-8" in message and "0x" in message


async def test_every_path_and_query_input_refuses_bytes_that_are_not_utf8(
    document: dict[str, Any], client: httpx.AsyncClient, database_failures: Callable[[], float]
) -> None:
    before = database_failures()
    probed = 0
    for operation, place, target in _poisoned_targets(document):
        response = await client.request(operation.method, target)
        _assert_not_utf8(response, "path" if place.startswith("path.") else "query string")
        probed += 1
    assert probed >= 10  # the document's parameters, not an empty loop
    assert database_failures() == before


@pytest.mark.parametrize("raw", NOT_UTF8)
@pytest.mark.parametrize(("target", "part"), [("/v1/players?q=Jo{raw}", "query string"),
                                              ("/v1/players/nba:{raw}", "path"), ("/debates/{raw}", "path"),
                                              ("/v1/players?q=Jo&limit={raw}", "query string")])
async def test_bytes_that_are_not_utf8_are_refused_wherever_they_are(client: httpx.AsyncClient, raw: str,
                                                                     target: str, part: str) -> None:
    _assert_not_utf8(await client.get(target.format(raw=raw)), part)


async def test_percent_encoded_utf8_is_still_read_as_text(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/players?q=Jok%C4%87")  # "Jokić"
    assert response.status_code == 200
    assert response.json()[0]["player"]["id"] == "nba:jokicni01"


async def test_a_websocket_target_that_is_not_utf8_is_told_so(api_server: ServerThread) -> None:
    frame, code, reason = await _socket_refusal(api_server, "/v1/debates/some-debate/ws?after=%FF")
    assert (code, reason, frame["code"]) == (4400, "invalid-encoding", "invalid-encoding")


# -- numbers ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("method", "path", "request_kwargs", "loc"), [
    ("POST", "/v1/debates", {"json": {"question": "Jordan vs LeBron", "criteria": {"peak": 1e308}}},
     ["body", "criteria", "peak"]),
    ("POST", "/v1/debates", {"json": {"question": "Jordan vs LeBron", "criteria": {"peak": 101}}},
     ["body", "criteria", "peak"]),
    ("POST", "/v1/debates", {"json": {"question": "Jordan vs LeBron", "criteria": {"peak": -1}}},
     ["body", "criteria", "peak"]),
    ("POST", "/v1/debates", {"json": {"question": "Jordan vs LeBron", "seed": 2**63}}, ["body", "seed"]),
    ("POST", "/v1/chat/completions", {"json": {"model": "arena-debate", "max_tokens": 10**30,
                                               "messages": [{"role": "user", "content": "Jordan vs LeBron"}]}},
     ["body", "max_tokens"]),
    ("GET", "/v1/players", {"params": {"q": "jordan", "limit": 10**6}}, ["query", "limit"]),
    ("GET", "/v1/leaders", {"params": {"league": "nba", "stat": "points", "from_season": 10**12}},
     ["query", "from_season"]),
    ("GET", "/v1/debates/abc/events", {"params": {"after": 10**20}}, ["query", "after"]),
], ids=["weight-huge", "weight-over-100", "weight-negative", "seed", "max-tokens", "limit", "season", "after"])
async def test_numbers_are_bounded(method: str, path: str, request_kwargs: dict[str, Any], loc: list[str],
                                   client: httpx.AsyncClient) -> None:
    _assert_refused_at(await client.request(method, path, **request_kwargs), loc)
