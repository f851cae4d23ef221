"""The OpenAPI document is complete: schemathesis fuzzes every operation of the running server and checks
that nothing answers 5xx and every response (status, content type, headers, body) is the one documented."""

from __future__ import annotations

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import BaseSchema, GenerationMode
from schemathesis.config import SchemathesisConfig
from schemathesis.config._checks import NEGATIVE_DATA_REJECTION_EXPECTED_STATUSES
from schemathesis.specs.openapi.checks import positive_data_acceptance

from api_servers import ServerThread

pytestmark = pytest.mark.slow


# A request body over the size limit is refused with 413 before it is read, whatever else is wrong with it:
# as much a rejection of bad input as a 422, so the negative-data check takes it too.
CONFIG = SchemathesisConfig.from_dict({"checks": {"negative_data_rejection": {
    "expected-statuses": [*NEGATIVE_DATA_REJECTION_EXPECTED_STATUSES, "413"]}}})


@pytest.fixture(scope="module")
def api_schema(api_server: ServerThread) -> BaseSchema:
    return schemathesis.openapi.from_url(f"{api_server.base_url}/openapi.json", config=CONFIG)


WITH_INPUT = ["POST /v1/debates", "POST /v1/debates/stream", "GET /v1/debates/{debate_id}",
              "POST /v1/debates/{debate_id}/cancel", "DELETE /v1/debates/{debate_id}",
              "GET /v1/debates/{debate_id}/events", "POST /v1/debates/{debate_id}/votes",
              "GET /v1/debates/{debate_id}/votes", "GET /v1/players", "GET /v1/players/{player_id}",
              "GET /v1/leaders", "POST /v1/parse", "POST /v1/chat/completions", "GET /v1/models/{model}"]
WITHOUT_INPUT = ["GET /v1/sources", "GET /v1/models", "GET /v1/plans", "GET /livez", "GET /readyz", "GET /healthz",
                 "GET /metrics"]


def test_the_document_lists_every_operation(api_schema: BaseSchema) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]  # type: ignore[union-attr]
    assert sorted(f"{o.method.upper()} {o.path}" for o in operations) == sorted(WITH_INPUT + WITHOUT_INPUT)


# schemathesis' own pytest integration does not run on pytest 9 yet, so each operation's cases are drawn
# with its hypothesis strategy directly. Negative cases break the schema; operations without input have none.
@pytest.mark.parametrize(("label", "mode"), [
    *((label, GenerationMode.POSITIVE) for label in WITH_INPUT + WITHOUT_INPUT),
    *((label, GenerationMode.NEGATIVE) for label in WITH_INPUT),
])
def test_every_operation_answers_as_documented(api_schema: BaseSchema, label: str, mode: GenerationMode) -> None:
    method, path = label.split(" ", 1)
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    def answers_as_documented(case: schemathesis.Case) -> None:  # type: ignore[type-arg]
        # A request can match the schema and still name no player or debate a question Arena cannot
        # answer: those documented 404s and 422s are right, so the "valid input must succeed" check is off.
        case.call_and_validate(timeout=60, excluded_checks=[positive_data_acceptance])

    answers_as_documented()


def test_every_operation_documents_its_errors_as_problems(api_server: ServerThread) -> None:
    document = httpx.get(f"{api_server.base_url}/openapi.json").json()
    for path, operations in document["paths"].items():
        # OpenAI's clients read errors only in OpenAI's envelope.
        media_type, schema = (("application/json", "OpenAIError") if path.startswith(("/v1/chat/", "/v1/models"))
                              else ("application/problem+json", "Problem"))
        for method, operation in operations.items():
            errors = {status: r for status, r in operation["responses"].items() if status[0] in "45"}
            assert "500" in errors, f"{method.upper()} {path}"
            for status, response in errors.items():
                assert list(response["content"]) == [media_type], f"{method} {path} {status}"
                assert response["content"][media_type]["schema"] == {"$ref": f"#/components/schemas/{schema}"}
            if operation.get("parameters") or operation.get("requestBody"):
                assert "422" in errors, f"{method.upper()} {path} validates input but documents no 422"
