"""The role matrix: every route × every role. No claims is 401, a token without the role 403; a
``screen`` client reads only its own decisions (another client's is 404, so ids cannot be probed)."""

from __future__ import annotations

import json

import pytest

from tests.service.conftest import call, claims_for, decision_event, screen_event

DRAFT = {"text": "Join our webinar on Tuesday.", "author": "ops", "channel": "linkedin"}
ROLES = ("screen", "review", "audit", "nobody", "none")

# route -> role -> status. "none": no claims at all (the authorizer passed nothing on).
MATRIX = {
    "POST /screen": {"screen": 200, "review": 403, "audit": 403, "nobody": 403, "none": 401},
    "GET /decisions/{id}": {"screen": 200, "review": 200, "audit": 200, "nobody": 403, "none": 401},
}
CASES = [
    pytest.param(route, role, expected, id=f"{route}-{role}")
    for route, by_role in MATRIX.items()
    for role, expected in by_role.items()
]


def test_matrix_covers_every_role() -> None:
    assert all(set(by_role) == set(ROLES) for by_role in MATRIX.values())


@pytest.fixture(scope="module")
def own_decision(screen_handler) -> str:
    """A decision created by client-a (the client the screen role's claims name by default)."""
    status, body = call(screen_handler, screen_event(DRAFT, client_id="client-a"))
    assert status == 200, body
    return body["decision_id"]


@pytest.mark.parametrize(("route", "role", "expected"), CASES)
def test_role_matrix(screen_handler, decision_handler, own_decision, route, role, expected) -> None:
    if route == "POST /screen":
        status, body = call(screen_handler, screen_event(DRAFT, role=role))
    else:
        status, body = call(decision_handler, decision_event(own_decision, role=role))
    assert status == expected, body
    if expected == 200:
        assert body["decision_id"] if route == "POST /screen" else body["decision_id"] == own_decision
    else:
        code = {401: "unauthorized", 403: "forbidden"}[expected]
        assert body["error"]["code"] == code
        assert "decision_id" not in body


@pytest.mark.parametrize(
    ("reader", "expected"),
    [
        pytest.param("client-a", 200, id="own"),
        pytest.param("client-b", 404, id="another-clients"),
    ],
)
def test_screen_client_reads_only_its_own(decision_handler, own_decision, reader, expected) -> None:
    status, body = call(decision_handler, decision_event(own_decision, role="screen", client_id=reader))
    assert status == expected, body
    if expected == 404:
        # indistinguishable from an id that does not exist
        _, unknown = call(decision_handler, decision_event("01JDA7K3ZQ8V4W6X2Y5T9R1M3N", role="screen"))
        assert body["error"]["code"] == unknown["error"]["code"] == "not_found"
        assert set(body["error"]) == set(unknown["error"])


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        pytest.param("review", 200, id="plain"),
        pytest.param("audit,review", 200, id="comma-list"),
        pytest.param("[audit review]", 200, id="bracketed"),
        pytest.param(["review"], 200, id="json-list"),
        pytest.param("reviewers", 403, id="similar-name-is-not-the-group"),
        pytest.param("", 403, id="no-groups"),
    ],
)
def test_group_claim_formats(decision_handler, own_decision, groups, expected) -> None:
    event = decision_event(own_decision, role="review")
    event["requestContext"]["authorizer"]["claims"]["cognito:groups"] = groups
    status, body = call(decision_handler, event)
    assert status == expected, body


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        pytest.param({"scope": "preflight/screen"}, 401, id="token-names-no-client"),
        pytest.param(
            {"client_id": "c", "scope": "preflight/screen-extra"}, 403, id="scope-prefix-is-not-scope"
        ),
        pytest.param({"client_id": "c", "scope": "openid preflight/screen"}, 200, id="scope-among-others"),
    ],
)
def test_screen_scope_claims(screen_handler, claims, expected) -> None:
    event = screen_event(DRAFT)
    event["requestContext"]["authorizer"]["claims"] = claims
    status, body = call(screen_handler, event)
    assert status == expected, body


@pytest.mark.parametrize(
    ("raw", "content_type"),
    [
        pytest.param('{"text": 3}', "application/json", id="invalid-field"),
        pytest.param('{"text": ', "application/json", id="malformed-json"),
        pytest.param("hello", "text/plain", id="not-json"),
        pytest.param("a=b", "application/x-www-form-urlencoded", id="form"),
        pytest.param(json.dumps({**DRAFT, "text": "x" * 100_001}), "application/json", id="too-long"),
    ],
)
@pytest.mark.parametrize(("role", "expected"), [("nobody", 403), ("none", 401), ("review", 403)])
def test_auth_is_checked_before_the_body(screen_handler, raw, content_type, role, expected) -> None:
    """A caller without the role is refused before its body is judged (it learns nothing of the API)."""
    status, body = call(screen_handler, screen_event(role=role, raw_body=raw, content_type=content_type))
    assert status == expected, body


def test_claims_helper_roles() -> None:
    assert claims_for("none") == {}
