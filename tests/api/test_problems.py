"""Every error is RFC 9457 problem+json: the status table, and the errors the framework itself raises."""

from __future__ import annotations

import httpx
import pytest

from api_servers import MAX_BODY_BYTES, MAX_QUESTION_CHARS
from arena.api.problems import STATUS, problem_from_error, status_for, status_for_code
from arena.debate.errors import DebateRefused, UnknownWriter
from arena.errors import ArenaError
from arena.llm.errors import WriterUnavailable
from arena.nlu.errors import NeedsClarification, QuestionRejected
from arena.nlu.model import ParseError
from arena.resilience.errors import CircuitOpen
from arena.stats.errors import ChecksumMismatch, PlayerNotFound, UnknownLeague
from arena.streaming.errors import EventsExpired


def _all_errors(cls: type[ArenaError] = ArenaError) -> list[type[ArenaError]]:
    found = [cls]
    for sub in cls.__subclasses__():
        found.extend(_all_errors(sub))
    return found


def test_statuses_are_looked_up_along_the_mro() -> None:
    assert status_for(PlayerNotFound) == 404
    assert status_for(UnknownLeague) == 422
    assert status_for(ChecksumMismatch) == 500  # via SourceError
    assert status_for(UnknownWriter) == 422  # via DebateError
    assert status_for(QuestionRejected) == 422  # via NluError
    assert status_for(EventsExpired) == 410
    assert status_for(WriterUnavailable) == 503


def test_every_error_class_has_its_own_code_and_an_error_status() -> None:
    errors = [e for e in _all_errors() if not e.__name__.startswith("_")]
    for error in errors:
        assert 400 <= status_for(error) <= 599
    own_codes = [e.code for e in errors if "code" in vars(e)]
    assert len(own_codes) == len(errors)
    assert set(STATUS) <= set(errors)


def test_a_problem_carries_type_title_detail_and_what_the_client_can_act_on() -> None:
    problem = problem_from_error(PlayerNotFound("no player 'Jordon'", ["Jordan"]), instance="/v1/players/x")
    assert problem.model_dump(exclude_none=True) == {
        "type": "urn:arena:problem:player-not-found", "title": "Player not found", "status": 404,
        "detail": "no player 'Jordon' (did you mean: Jordan?)", "code": "player-not-found",
        "instance": "/v1/players/x", "suggestions": ["Jordan"],
    }
    circuit = problem_from_error(CircuitOpen("openai writer", retry_after=4.2))
    assert (circuit.status, circuit.retry_after) == (503, 4.2)


def test_an_error_relayed_from_an_event_keeps_its_code_and_status() -> None:
    refused = DebateRefused("needs-clarification", "which Jordan?", {"candidates": [{"mention": "Jordan"}]})
    problem = problem_from_error(refused)
    assert (problem.status, problem.code, problem.candidates) == (422, "needs-clarification",
                                                                  [{"mention": "Jordan"}])
    assert status_for_code("writer-unavailable") == 503
    assert status_for_code("no-such-code") == 500
    assert status_for(NeedsClarification) == status_for(type(QuestionRejected(ParseError(code="empty",
                                                                                          message="empty"))))


@pytest.mark.parametrize(("method", "path", "status", "code"), [
    ("GET", "/v1/nowhere", 404, "not-found"),
    ("DELETE", "/v1/sources", 405, "method-not-allowed"),
])
async def test_routing_errors_are_problems(client: httpx.AsyncClient, method: str, path: str, status: int,
                                           code: str) -> None:
    response = await client.request(method, path)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == code


async def test_a_body_over_the_limit_is_refused_with_413(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/debates", json={"question": "x" * (MAX_BODY_BYTES + 10)})
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "content-too-large"


@pytest.mark.parametrize(("body", "status", "code"), [
    ({"question": "Jordan or Bird? " * (MAX_QUESTION_CHARS // 10)}, 422, "question-too-long"),
    ({"question": ""}, 422, "invalid-request"),
    ({"question": "Jordan or Bird?", "speed": "fast"}, 422, "invalid-request"),
    ({"question": "Jordan or Bird?", "seed": -1}, 422, "invalid-request"),
    ({"question": "Jordan or Bird?", "writer": "shakespeare"}, 422, "unknown-writer"),
    ({"question": "Who's better, Smith or Jones?"}, 422, "needs-clarification"),
    ({"question": "Who is better, Xqzzy or Wvvrt?"}, 422, None),
])
async def test_bad_debate_requests_are_refused_before_a_debate_starts(
    client: httpx.AsyncClient, body: dict[str, object], status: int, code: str | None
) -> None:
    response = await client.post("/v1/debates", json=body)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"] == f"urn:arena:problem:{problem['code']}"
    if code is not None:
        assert problem["code"] == code


async def test_a_malformed_json_body_is_a_problem(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/debates", content=b"{not json", headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["code"] == "invalid-request"


@pytest.mark.parametrize("media_type", ["text/plain", "application/x-www-form-urlencoded", "text/csv; charset=utf-8",
                                        "application/xml"])
@pytest.mark.parametrize("path", ["/v1/debates", "/v1/parse"])
async def test_a_body_not_sent_as_json_is_a_problem_saying_to_send_json(client: httpx.AsyncClient, path: str,
                                                                        media_type: str) -> None:
    response = await client.post(path, content=b'{"question": "Jordan or Bird?"}',
                                 headers={"content-type": media_type})
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "invalid-request"
    assert [error["loc"] for error in problem["errors"]] == [["body"]]
    assert "sent with Content-Type: application/json" in problem["detail"]


async def test_json_that_is_no_object_keeps_the_validators_words(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/parse", json=["Jordan or Bird?"])
    assert response.status_code == 422
    assert "Content-Type" not in response.json()["detail"]


@pytest.mark.parametrize(("path", "query", "repeated"), [
    ("/v1/leaders", "league=nba&league=nfl&stat=points", "league"),
    ("/v1/leaders", "league=nba&stat=points&from_season=2010&from_season=2015-16&limit=3", "from_season"),
    ("/v1/players", "q=jordan&q=bird", "q"),
    ("/v1/debates/abc/events", "after=1&after=2", "after"),
])
async def test_a_one_valued_parameter_given_twice_is_named_not_half_read(client: httpx.AsyncClient, path: str,
                                                                         query: str, repeated: str) -> None:
    response = await client.get(f"{path}?{query}")
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "invalid-request"
    assert [error["loc"] for error in problem["errors"]] == [["query", repeated]]
    assert "given 2 times; it takes one value" in problem["detail"]
