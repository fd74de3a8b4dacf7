"""One declaration per route: ``**access(Role...)`` is at once the role check, the OpenAPI
``security`` scopes, ``x-preflight-roles`` and the tags, so the document and the check cannot
disagree. The typed routes: query parameters documented with formats and enums, answers validated
against the declared return type (one that does not fit is a 500 that shows nothing of it)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from aws_lambda_powertools.event_handler import APIGatewayRestResolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight.api.auth import TAG_OF, Role, access, admitted, scope_of
from preflight.api.common import new_resolver
from preflight.api.openapi import (
    ROLES_EXTENSION,
    SECURITY_SCHEME,
    TAGS,
    DecisionView,
    View,
    build_document,
)
from preflight.settings import get_settings
from pydantic import ValidationError

from tests.service.conftest import FakeContext, api_event

ROLE_SETS = st.frozensets(st.sampled_from(list(Role)))
# Enough of each route's request for an admitted caller to get past the role check.
SAMPLE = {
    "/screen": {"body": {"text": "Hello there", "author": "ops"}},
    "/decisions": {"query": {"from": "2031-07-01", "to": "2031-07-02"}},
    "/reports/summary": {"query": {"from": "2031-07-01", "to": "2031-07-02"}},
    "/decisions/{id}/review": {"body": {"action": "approve"}},
}


def _event(method: str, resource: str, held: frozenset[Role]) -> dict[str, Any]:
    sample = SAMPLE.get(resource, {})
    event = api_event(method, resource, role="review", params={"id": "01JDA7K3ZQ8V4W6X2Y5T9R1M3N"}, **sample)
    scopes = ["openid", "aws.cognito.signin.user.admin"]
    if Role.screen in held:
        scopes.append(get_settings().screen_scope)
    groups = ",".join(sorted(r for r in held if r is not Role.screen))
    claims = {"client_id": "client-a", "scope": " ".join(scopes), "username": "someone", "sub": "s"}
    event["requestContext"]["authorizer"] = {
        "claims": claims | ({"cognito:groups": groups} if groups else {})
    }
    return event


@pytest.fixture(scope="module")
def resolvers(screen_handler: Any, decision_handler: Any) -> dict[str, APIGatewayRestResolver]:
    from preflight_tools.local.routes import load_resolvers

    return load_resolvers()


@pytest.fixture(scope="module")
def document(resolvers: dict[str, APIGatewayRestResolver]) -> dict[str, Any]:
    return build_document(resolvers)


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(p, m.upper(), op) for p, item in document["paths"].items() for m, op in item.items()]


def test_the_document_says_what_each_declaration_says(document: dict[str, Any]) -> None:
    assert [t["name"] for t in document["tags"]] == list(TAGS)
    for path, method, operation in _operations(document):
        roles = [Role(r) for r in operation[ROLES_EXTENSION]]
        assert roles, (method, path)
        assert operation["security"] == [
            {SECURITY_SCHEME: list(dict.fromkeys(scope_of(r, get_settings()) for r in roles))}
        ]
        assert operation["tags"] == list(dict.fromkeys(TAG_OF[r] for r in roles)), (method, path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_check_admits_exactly_the_declared_roles(
    resolvers: dict[str, APIGatewayRestResolver], document: dict[str, Any], data: st.DataObject
) -> None:
    operations = _operations(document)
    path, method, operation = data.draw(st.sampled_from(operations))
    held = data.draw(ROLE_SETS)
    declared = {Role(r) for r in operation[ROLES_EXTENSION]}
    answers = [app.resolve(_event(method, path, held), FakeContext()) for app in resolvers.values()]
    # Only the function serving the route answers anything but 404.
    served = [a for a in answers if a["statusCode"] != 404 or "no such route" not in a["body"]]
    assert len(served) == 1, (method, path, answers)
    status, body = served[0]["statusCode"], json.loads(served[0]["body"])
    if held & declared:
        assert status not in (401, 403), (method, path, held, body)
    else:
        assert status == 403 and body["error"]["code"] == "forbidden", (method, path, held, body)


class Probe(View):
    role: str
    note: str | None = None


def _probe_app() -> APIGatewayRestResolver:
    app = new_resolver(console_origin="")

    @app.get("/probe/<id>", **access(Role.audit, Role.screen))
    def probe(id: str) -> Probe:
        who = admitted(app)
        if id == "unfit":  # a storage key in the answer
            return Probe.model_validate({"role": who.role, "PK": "DECISION#secret-value"})
        return Probe.model_validate({"role": who.role})

    @app.get("/undeclared")
    def undeclared() -> dict[str, str]:
        return {"who": admitted(app).caller.client_id}

    return app


@pytest.mark.parametrize(
    ("held", "status"),
    [
        pytest.param(frozenset({Role.audit}), 200, id="audit"),
        pytest.param(frozenset({Role.screen}), 200, id="screen"),
        pytest.param(frozenset({Role.review}), 403, id="review"),
        pytest.param(frozenset(), 403, id="no-role"),
    ],
)
def test_a_new_route_is_checked_by_its_declaration(held: frozenset[Role], status: int) -> None:
    response = _probe_app().resolve(_event("GET", "/probe/{id}", held) | {"path": "/probe/x"}, FakeContext())
    assert response["statusCode"] == status, response["body"]
    if status == 200:  # the first declared role the caller holds; "note" was not given, so absent
        assert json.loads(response["body"]) == {"role": min(held, key=[Role.audit, Role.screen].index)}


def test_an_unfit_answer_is_a_500_that_shows_nothing_of_it() -> None:
    event = _event("GET", "/probe/{id}", frozenset({Role.audit})) | {"path": "/probe/unfit"}
    response = _probe_app().resolve(event, FakeContext())
    assert response["statusCode"] == 500
    assert json.loads(response["body"])["error"]["code"] == "internal_error"
    assert "secret-value" not in response["body"] and "PK" not in response["body"]


def test_a_route_without_a_declaration_admits_nobody() -> None:
    event = _event("GET", "/undeclared", frozenset(Role)) | {"path": "/undeclared"}
    response = _probe_app().resolve(event, FakeContext())
    assert response["statusCode"] == 403, response["body"]


def test_query_parameters_are_typed_in_the_document(document: dict[str, Any]) -> None:
    schemas = document["components"]["schemas"]
    for path in ("/decisions", "/reports/summary"):
        params = {p["name"]: p["schema"] for p in document["paths"][path]["get"]["parameters"]}
        assert params["from"]["format"] == params["to"]["format"] == "date-time", path
    listed = {p["name"]: p["schema"] for p in document["paths"]["/decisions"]["get"]["parameters"]}

    def enum(schema: dict[str, Any]) -> set[str]:
        found = set(schema.get("enum", ()))
        for option in schema.get("anyOf", ()):
            if "$ref" in option:
                option = schemas[option["$ref"].rsplit("/", 1)[1]]
            found |= enum(option)
        return found

    assert enum(listed["decision"]) == {"approve", "flag"}
    assert "pending_review" in enum(listed["status"])
    assert "linkedin" in enum(listed["channel"])


def test_success_bodies_are_the_return_types(document: dict[str, Any]) -> None:
    for path, method, operation in _operations(document):
        body = operation["responses"]["200"]["content"]["application/json"]["schema"]
        assert "$ref" in body, (method, path, body)


VOCABULARIES = {"decision": ("approve", "flag"), "status": ("approved", "pending_review")}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(sorted(VOCABULARIES)),
    value=st.one_of(st.text(min_size=1, max_size=30), st.sampled_from(["approve", "flag", "pending_review"])),
)
def test_a_value_outside_a_vocabulary_is_a_400_that_names_the_vocabulary(
    audit_handler: Any, name: str, value: str
) -> None:
    query = {"from": "2031-07-01", "to": "2031-07-02", name: value}
    response = audit_handler(api_event("GET", "/decisions", role="audit", query=query), FakeContext())
    body = json.loads(response["body"])
    if value in VOCABULARIES[name]:
        assert response["statusCode"] == 200, body
        return
    assert response["statusCode"] == 400, body
    assert [d["path"] for d in body["error"]["details"]] == [name]
    message = body["error"]["message"]
    assert message == body["error"]["details"][0]["message"]
    assert message.startswith(f"{name} must be one of ") or message.startswith("invalid ("), message


BASE_DECISION = {
    "decision_id": "01JDA7K3ZQ8V4W6X2Y5T9R1M3N", "screened_at": "2031-07-01T00:00:00.000Z",
    "status": "approved", "decision": "approve", "findings": [], "redacted_text": "hi",
    "policy_version": "p", "engine_version": "e", "complete": True, "author": "a", "channel": "x",
    "metadata": {}, "client_id": "c", "categories": [], "record_hash": "h",
}  # fmt: skip
OPTIONAL = {"incomplete_reasons": [], "reviewed_by": None, "reviewed_at": "2031-07-02T00:00:00.000Z",
            "review_action": "approve"}  # fmt: skip


@settings(max_examples=50, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(OPTIONAL)), st.booleans()), st.booleans())
def test_an_answer_holds_exactly_the_members_given(chosen: dict[str, bool], by_alias: bool) -> None:
    """null and absent say different things: a member the route left out stays out of the answer."""
    given_ = BASE_DECISION | {k: OPTIONAL[k] for k, keep in chosen.items() if keep}
    dumped = DecisionView.model_validate(given_).model_dump(mode="json", by_alias=by_alias)
    assert dumped == given_
    with pytest.raises(ValidationError):
        DecisionView.model_validate(given_ | {"PK": "DECISION#x"})
