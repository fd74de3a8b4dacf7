"""The OpenAPI document against template.yaml: the same operations, scopes and body schemas, and
every documented error in the shared shape. Content is compared, not files: Powertools writes
OpenAPI 3.1 (JSON Schema 2020-12), API Gateway's models are draft-04. Generic over every route and
model, so a route or model added on one side only fails here."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from openapi_spec_validator import validate
from preflight.api.auth import Role
from preflight.api.errors import ERROR_CODES
from preflight.api.openapi import (
    GATEWAY_ERRORS,
    ROLES_EXTENSION,
    SECURITY_SCHEME,
    error_responses,
)
from preflight_tools.local.routes import Route, find_routes, openapi_document
from preflight_tools.local.template import load_template

from tests.service.conftest import call, screen_event

RUNNER_ONLY = {"/openapi.json", "/docs"}
# The JSON Schema keywords both sides can express and the gateway enforces.
COMPARED = ("type", "enum", "minLength", "maxLength", "maxProperties", "minProperties", "minimum", "maximum")
# draft-04 (the gateway's models) has no propertyNames: such a rule is the handler's alone.
HANDLER_ONLY = ("propertyNames",)


@pytest.fixture(scope="module")
def document(screen_handler: Any, decision_handler: Any) -> dict[str, Any]:
    # The handler fixtures import the functions under the tests' environment first (their settings
    # are read at import); openapi_document then imports every function of template.yaml.
    return openapi_document()


@pytest.fixture(scope="module")
def routes() -> list[Route]:
    return find_routes()


def _operations(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (path, method.upper()): operation
        for path, item in document["paths"].items()
        for method, operation in item.items()
    }


def _resolve(schema: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    return schema


def normalise(schema: Any, document: dict[str, Any] | None = None) -> Any:
    """A schema reduced to what the gateway checks, in one form for draft-04 and 2020-12: $refs
    resolved, titles, defaults and descriptions dropped, required as a set, additionalProperties
    absent = true (both drafts' default)."""
    if not isinstance(schema, dict):
        return schema
    if document is not None:
        schema = _resolve(schema, document)
    out: dict[str, Any] = {k: schema[k] for k in COMPARED if k in schema}
    if "enum" in out:
        out["enum"] = sorted(out["enum"])
    if schema.get("required"):
        out["required"] = sorted(schema["required"])
    if "properties" in schema:
        out["properties"] = {k: normalise(v, document) for k, v in schema["properties"].items()}
    additional = schema.get("additionalProperties", True)
    out["additionalProperties"] = (
        additional if isinstance(additional, bool) else normalise(additional, document)
    )
    if "items" in schema:
        out["items"] = normalise(schema["items"], document)
    unknown = set(schema) - set(COMPARED) - set(HANDLER_ONLY) - {
        "required", "properties", "additionalProperties", "items", "title", "default", "description",
    }  # fmt: skip
    if unknown:  # e.g. anyOf, pattern: compare them once the gateway's model uses them too
        out["not compared"] = sorted(unknown)
    return out


def test_operations_are_the_template_routes(document: dict[str, Any], routes: list[Route]) -> None:
    in_template = {(r.resource, r.method) for r in routes}
    assert set(_operations(document)) == in_template
    assert not RUNNER_ONLY & set(document["paths"])  # the runner's own pages are not API routes


def test_security_is_the_template_authorizer_and_scopes(
    document: dict[str, Any], routes: list[Route]
) -> None:
    operations = _operations(document)
    assert set(document["components"]["securitySchemes"]) == {SECURITY_SCHEME}
    for route in routes:
        operation = operations[route.resource, route.method]
        where = f"{route.method} {route.resource} ({route.function})"
        assert route.authorizer == "CognitoAuthorizer", where
        security = operation.get("security")
        assert security and len(security) == 1 and set(security[0]) == {SECURITY_SCHEME}, where
        assert sorted(security[0][SECURITY_SCHEME]) == sorted(route.scopes), where
        roles = operation.get(ROLES_EXTENSION)
        assert roles and set(roles) <= set(Role), where


def test_request_bodies_match_the_template_models(document: dict[str, Any], routes: list[Route]) -> None:
    models = load_template()["Resources"]["Api"]["Properties"]["Models"]
    operations = _operations(document)
    compared = 0
    for route in routes:
        operation = operations[route.resource, route.method]
        where = f"{route.method} {route.resource}"
        body = operation.get("requestBody")
        # The template documents each body with a RequestModel (the functions validate it).
        if route.request_model is None:
            assert body is None, f"{where} takes a body the template does not document (no RequestModel)"
            continue
        assert body is not None, f"{where} has RequestModel {route.request_model} but documents no body"
        assert set(body["content"]) == {"application/json"}, where
        ours = normalise(body["content"]["application/json"]["schema"], document)
        theirs = normalise(models[route.request_model])
        assert ours == theirs, f"{where}: the pydantic body and the {route.request_model} model differ"
        compared += 1
    assert compared >= 1  # ScreenRequest at least: the comparison ran


def test_the_comparison_sees_a_drift(document: dict[str, Any]) -> None:
    # The normalisation must not hide differences: one keyword changed on the gateway's side shows.
    model = copy.deepcopy(load_template()["Resources"]["Api"]["Properties"]["Models"]["ScreenRequest"])
    ours = normalise(
        document["paths"]["/screen"]["post"]["requestBody"]["content"]["application/json"]["schema"], document
    )
    assert normalise(model) == ours
    for drift in (
        lambda m: m["properties"]["author"].pop("maxLength"),
        lambda m: m["properties"]["channel"]["enum"].append("myspace"),
        lambda m: m["required"].remove("author"),
        lambda m: m.update(additionalProperties=True),
        lambda m: m["properties"]["metadata"].update(maxProperties=21),
        lambda m: m["properties"].update(extra={"type": "string"}),
    ):
        changed = copy.deepcopy(model)
        drift(changed)
        assert normalise(changed) != ours


def _gateway_responses() -> dict[str, tuple[int | None, str]]:
    """Each gateway response type: (its fixed status or None, its error code)."""
    out = {}
    for name, spec in load_template()["Resources"]["Api"]["Properties"]["GatewayResponses"].items():
        body = spec["ResponseTemplates"]["application/json"].replace("$context.error.messageString", '""')
        status = spec.get("StatusCode")
        out[name] = (int(status) if status is not None else None, json.loads(body)["error"]["code"])
    return out


def test_gateway_errors_are_the_template_gateway_responses() -> None:
    responses = _gateway_responses()
    assert {code for _, code in responses.values()} <= set(ERROR_CODES)
    for status, codes in GATEWAY_ERRORS.items():
        for code in codes:
            fixed = {(s, c) for s, c in responses.values() if s is not None}
            # DEFAULT_5XX keeps API Gateway's own 5xx status (500, 502...).
            kept = status >= 500 and responses["DEFAULT_5XX"][1] == code
            assert (status, code) in fixed or kept, (status, code)


def _error_codes(schema: dict[str, Any], document: dict[str, Any], where: Any) -> list[str]:
    """The codes an error response documents: error_responses' form (ErrorBody with the codes
    narrowed), or a body of its own that extends the shared shape (its ``error`` is ErrorInfo)."""
    if "allOf" in schema:
        assert schema["allOf"][0] == {"$ref": "#/components/schemas/ErrorBody"}, where
        return schema["allOf"][1]["properties"]["error"]["properties"]["code"]["enum"]
    extended = _resolve(schema, document)
    assert extended["properties"]["error"] == {"$ref": "#/components/schemas/ErrorInfo"}, where
    assert "error" in extended["required"], where
    return [code for code, status in ERROR_CODES.items() if status == where[1]]


def test_every_error_is_documented_in_the_shared_shape(document: dict[str, Any]) -> None:
    for (path, method), operation in _operations(document).items():
        responses = {int(status): response for status, response in operation["responses"].items()}
        ok = responses.get(200) or responses.get(201)
        assert ok and ok["content"]["application/json"]["schema"], (
            f"{method} {path} documents no success body"
        )
        assert set(GATEWAY_ERRORS) <= set(responses), f"{method} {path} lacks the gateway's own errors"
        for status, response in responses.items():
            if status < 400:
                continue
            where = (f"{method} {path}", status)
            codes = _error_codes(response["content"]["application/json"]["schema"], document, where)
            assert codes and set(codes) <= set(ERROR_CODES), (where, codes)
            for code in codes:
                assert ERROR_CODES[code] == status or code in GATEWAY_ERRORS.get(status, ()), (where, code)
    error = _resolve({"$ref": "#/components/schemas/ErrorInfo"}, document)
    assert sorted(error["properties"]["code"]["enum"]) == sorted(ERROR_CODES)


def test_error_responses_helper() -> None:
    documented = error_responses("not_found", "conflict", "idempotency_in_progress")
    assert set(documented) == {404, 409} | set(GATEWAY_ERRORS)
    codes_409 = documented[409]["content"]["application/json"]["schema"]["allOf"][1]
    assert codes_409["properties"]["error"]["properties"]["code"]["enum"] == [
        "conflict",
        "idempotency_in_progress",
    ]
    assert set(error_responses("forbidden", gateway=False)) == {403}
    with pytest.raises(ValueError, match="unknown error code 'nope'"):
        error_responses("nope")


def test_the_document_is_valid_openapi_3_1(document: dict[str, Any]) -> None:
    assert document["openapi"].startswith("3.1")
    validate(document)  # raises on an invalid document
    assert "HTTPValidationError" not in document["components"]["schemas"]  # Powertools' 422, not ours
    for (path, method), operation in _operations(document).items():
        assert operation.get("summary") and operation.get("description"), f"{method} {path}"


def test_an_empty_metadata_key_is_a_400(screen_handler: Any) -> None:
    # Found by the contract test: an empty map key was stored, then the decision could not be read.
    status, body = call(screen_handler, screen_event({"text": "hi", "author": "jo", "metadata": {"": "x"}}))
    assert status == 400 and body["error"]["code"] == "validation_error"
    assert body["error"]["details"][0]["path"].startswith("metadata")
