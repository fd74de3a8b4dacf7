"""Every file in events/ drives its handler, unchanged, to the documented answer; then the read events
are pointed at a decision that exists, to show each role's answer on a real one."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.service.conftest import EVENTS, FakeContext, load_event

# event -> (handler, status, error code or None)
EXPECTED = {
    "screen_valid": ("screen", 200, None),
    "screen_invalid_body": ("screen", 400, "validation_error"),
    "screen_no_token": ("screen", 401, "unauthorized"),
    "get_decision_review": ("decision", 404, "not_found"),  # its id is made up: no such decision
    "get_decision_audit": ("decision", 404, "not_found"),
    "get_decision_screen": ("decision", 404, "not_found"),
    "review_queue": ("review", 200, None),
    "review_reject": ("review", 404, "not_found"),
    "list_decisions_audit": ("audit", 200, None),
    "report_summary_audit": ("audit", 200, None),
    "read_original_audit": ("original", 404, "not_found"),
}
# The shape `sam local generate-event apigateway aws-proxy` produces.
PROXY_KEYS = {
    "body",
    "resource",
    "path",
    "httpMethod",
    "headers",
    "multiValueHeaders",
    "pathParameters",
    "requestContext",
}


def test_every_event_file_has_an_expectation() -> None:
    """Every API Gateway event (the stream events belong to tests/archive and tests/notify)."""
    api_events = {p.stem for p in EVENTS.glob("*.json") if "httpMethod" in json.loads(p.read_text())}
    assert api_events == set(EXPECTED)


@pytest.fixture
def handlers(
    screen_handler, decision_handler, review_handler, audit_handler, original_handler
) -> dict[str, Any]:
    return {
        "screen": screen_handler,
        "decision": decision_handler,
        "review": review_handler,
        "audit": audit_handler,
        "original": original_handler,
    }


@pytest.mark.parametrize(("name", "expected"), EXPECTED.items(), ids=list(EXPECTED))
def test_event_drives_its_handler(handlers, name: str, expected: tuple[str, int, str | None]) -> None:
    which, status, code = expected
    event = load_event(name)
    assert set(event) >= PROXY_KEYS, name
    response = handlers[which](event, FakeContext())
    body = json.loads(response["body"])
    assert response["statusCode"] == status, body
    if code:
        assert body["error"]["code"] == code
    elif which == "screen":
        assert {"decision_id", "status", "screened_at", "decision"} <= set(body)
    elif name == "report_summary_audit":
        assert {"totals", "days", "review_time_seconds"} <= set(body)
    elif name == "review_queue":
        assert set(body) == {"items", "next_cursor", "pending"}  # the queue also counts what is pending
    else:
        assert set(body) == {"items", "next_cursor"}


def test_invalid_body_event_names_each_field(screen_handler) -> None:
    body = json.loads(screen_handler(load_event("screen_invalid_body"), FakeContext())["body"])
    paths = {d["path"] for d in body["error"]["details"]}
    assert {"author", "channel", "metadata.n"} <= paths, paths


@pytest.mark.parametrize(
    ("name", "role"),
    [("get_decision_review", "review"), ("get_decision_audit", "audit"), ("get_decision_screen", "screen")],
)
def test_read_events_carry_their_role(name: str, role: str) -> None:
    claims = load_event(name)["requestContext"]["authorizer"]["claims"]
    if role == "screen":
        assert "preflight/screen" in claims["scope"].split() and "cognito:groups" not in claims
    else:
        assert claims["cognito:groups"] == role and "preflight/screen" not in claims["scope"]


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("get_decision_review", 200),
        ("get_decision_audit", 200),
        ("get_decision_screen", 200),  # the screen event's client is the one that screened it
    ],
)
def test_read_events_on_an_existing_decision(handlers, name: str, status: int) -> None:
    created = json.loads(handlers["screen"](load_event("screen_valid"), FakeContext())["body"])
    event = load_event(name)
    old_id = event["pathParameters"]["id"]
    event["pathParameters"]["id"] = created["decision_id"]
    event["path"] = event["path"].replace(old_id, created["decision_id"])
    event["requestContext"]["path"] = event["requestContext"]["path"].replace(old_id, created["decision_id"])
    response = handlers["decision"](event, FakeContext())
    assert response["statusCode"] == status, response["body"]
    assert json.loads(response["body"])["decision_id"] == created["decision_id"]
