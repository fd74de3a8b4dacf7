"""Every error the API answers: the status, the code from the documented set, ``details[].path``
naming the offending field, and one shape for all of them, with no stack trace or file path."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from preflight.api.errors import ERROR_CODES

from tests.service.conftest import FakeContext, decision_event, screen_event, template

GOOD = {"text": "Join our webinar on Tuesday.", "author": "ops", "channel": "linkedin"}
LEAK_PATTERNS = re.compile(r'Traceback|File "|\.py\b|/work/|site-packages|/opt/python|/var/task|line \d+')


def assert_error_shape(response: dict[str, Any], status: int, code: str) -> dict[str, Any]:
    """The one error shape: {"error": {"code", "message", "details": [{"path", ...}]}}, nothing else."""
    assert response["statusCode"] == status, response["body"]
    raw = response["body"]
    assert not LEAK_PATTERNS.search(raw), raw
    body = json.loads(raw)
    assert set(body) == {"error"}, body
    error = body["error"]
    assert set(error) == {"code", "message", "details"}, error
    assert error["code"] == code
    assert error["code"] in ERROR_CODES and ERROR_CODES[error["code"]] == status
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["details"], list)
    for detail in error["details"]:
        assert isinstance(detail, dict) and isinstance(detail.get("path"), str), detail
    headers = {k.lower(): v for k, v in (response.get("headers") or {}).items()}
    multi = {k.lower(): v for k, v in (response.get("multiValueHeaders") or {}).items()}
    content_type = headers.get("content-type") or (multi.get("content-type") or [""])[0]
    assert content_type.startswith("application/json"), response
    return error


def _paths(error: dict[str, Any]) -> set[str]:
    return {d["path"] for d in error["details"]}


# (body, the field details[].path must name). Each is a 400 validation_error.
VALIDATION_CASES = [
    pytest.param({"author": "ops"}, "text", id="missing-text"),
    pytest.param({"text": "hello"}, "author", id="missing-author"),
    pytest.param({}, "text", id="empty-object"),
    pytest.param({**GOOD, "text": 42}, "text", id="text-not-a-string"),
    pytest.param({**GOOD, "text": None}, "text", id="text-null"),
    pytest.param({**GOOD, "text": ["hello"]}, "text", id="text-a-list"),
    pytest.param({**GOOD, "author": 7}, "author", id="author-not-a-string"),
    pytest.param({**GOOD, "author": ""}, "author", id="author-empty"),
    pytest.param({**GOOD, "author": "a" * 257}, "author", id="author-too-long"),
    pytest.param({**GOOD, "channel": "myspace"}, "channel", id="unknown-channel"),
    pytest.param({**GOOD, "channel": "LinkedIn"}, "channel", id="channel-wrong-case"),
    pytest.param({**GOOD, "channel": 3}, "channel", id="channel-not-a-string"),
    pytest.param({**GOOD, "metadata": "campaign=spring"}, "metadata", id="metadata-not-an-object"),
    pytest.param({**GOOD, "metadata": ["a"]}, "metadata", id="metadata-a-list"),
    pytest.param(
        {**GOOD, "metadata": {f"k{i}": "v" for i in range(21)}}, "metadata", id="metadata-21-entries"
    ),
    pytest.param({**GOOD, "metadata": {"note": "v" * 257}}, "metadata.note", id="metadata-value-257-chars"),
    pytest.param({**GOOD, "metadata": {"n": 3}}, "metadata.n", id="metadata-value-not-a-string"),
    pytest.param({**GOOD, "metadata": {"n": {"deep": "x"}}}, "metadata.n", id="metadata-value-nested"),
    pytest.param({**GOOD, "extra": "field"}, "extra", id="unknown-field"),
    pytest.param({**GOOD, "text": "   \n\t "}, "text", id="whitespace-text"),
    pytest.param({**GOOD, "text": ""}, "text", id="empty-text"),
    pytest.param({**GOOD, "text": "hi \ud800 there"}, "text", id="text-lone-surrogate"),
    pytest.param({**GOOD, "author": "\udfff"}, "author", id="author-lone-surrogate"),
    pytest.param({**GOOD, "metadata": {"k": "\ud83d"}}, "metadata.k", id="metadata-value-lone-surrogate"),
    pytest.param({**GOOD, "metadata": {"\ud83d": "v"}}, "metadata", id="metadata-key-lone-surrogate"),
]


@pytest.mark.parametrize(("body", "path"), VALIDATION_CASES)
def test_validation_errors(screen_handler, body: dict[str, Any], path: str) -> None:
    error = assert_error_shape(screen_handler(screen_event(body), FakeContext()), 400, "validation_error")
    # the field itself, or a part of it (a metadata key is named after "metadata.")
    assert any(p == path or p.startswith(f"{path}.") for p in _paths(error)), error


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({**GOOD, "metadata": {f"k{i}": "v" * 256 for i in range(20)}}, id="metadata-20-of-256"),
        pytest.param({**GOOD, "metadata": {}}, id="metadata-empty"),
        pytest.param({"text": "Hello", "author": "a"}, id="channel-defaults"),
        pytest.param({**GOOD, "author": "a" * 256}, id="author-256"),
        *[
            pytest.param({**GOOD, "channel": c}, id=f"channel-{c}")
            for c in ("x", "bluesky", "mastodon", "other")
        ],
    ],
)
def test_limits_that_are_accepted(screen_handler, body: dict[str, Any]) -> None:
    response = screen_handler(screen_event(body), FakeContext())
    assert response["statusCode"] == 200, response["body"]


# (raw body, content type, status, code)
RAW_CASES = [
    pytest.param(
        '{"text": "hello", "author": ', "application/json", 400, "malformed_json", id="truncated-json"
    ),
    pytest.param("{'text': 'hello'}", "application/json", 400, "malformed_json", id="single-quotes"),
    pytest.param('{"text": "a",}', "application/json", 400, "malformed_json", id="trailing-comma"),
    pytest.param(
        "text=hello&author=ops", "application/x-www-form-urlencoded", 415, "unsupported_media_type", id="form"
    ),
    pytest.param("hello world", "text/plain", 415, "unsupported_media_type", id="plain-text"),
    pytest.param(json.dumps(GOOD), "text/plain", 415, "unsupported_media_type", id="json-labelled-text"),
    pytest.param(json.dumps(GOOD), "", 415, "unsupported_media_type", id="no-content-type"),
    pytest.param("<draft>hi</draft>", "application/xml", 415, "unsupported_media_type", id="xml"),
    pytest.param(json.dumps(GOOD), "application/json; charset=utf-8", 200, None, id="json-with-charset"),
    # Media types are case-insensitive (RFC 9110, 8.3.1).
    pytest.param(json.dumps(GOOD), "APPLICATION/JSON", 200, None, id="json-upper-case"),
    pytest.param(json.dumps(GOOD), "Application/Json; Charset=UTF-8", 200, None, id="json-mixed-case"),
    pytest.param(json.dumps(GOOD), " application/json ", 200, None, id="json-padded"),
    pytest.param("hello world", "TEXT/PLAIN", 415, "unsupported_media_type", id="plain-text-upper-case"),
]


@pytest.mark.parametrize(("raw", "content_type", "status", "code"), RAW_CASES)
def test_raw_bodies(screen_handler, raw: str, content_type: str, status: int, code: str | None) -> None:
    response = screen_handler(screen_event(raw_body=raw, content_type=content_type), FakeContext())
    if code is None:
        assert response["statusCode"] == status, response["body"]
    else:
        assert_error_shape(response, status, code)


@pytest.mark.parametrize(
    ("raw", "status", "code"),
    [
        pytest.param("null", 400, "validation_error", id="json-null"),
        pytest.param("[]", 400, "validation_error", id="json-array"),
        pytest.param('"text"', 400, "validation_error", id="json-string"),
        pytest.param("", 400, "validation_error", id="empty-body"),
    ],
)
def test_bodies_that_are_not_objects(screen_handler, raw: str, status: int, code: str) -> None:
    assert_error_shape(screen_handler(screen_event(raw_body=raw), FakeContext()), status, code)


def test_empty_body_is_an_error_not_a_crash(screen_handler) -> None:
    event = screen_event(GOOD)
    event["body"] = None
    assert_error_shape(screen_handler(event, FakeContext()), 400, "validation_error")


@pytest.mark.parametrize(
    ("length", "status"),
    [
        pytest.param(100_000, 200, id="at-the-maximum"),
        pytest.param(100_001, 413, id="one-over"),
        pytest.param(250_000, 413, id="far-over"),
    ],
)
def test_text_length_limit(screen_handler, length: int, status: int) -> None:
    text = ("Our team ships on Fridays. " * (length // 27 + 1))[:length]
    response = screen_handler(screen_event({**GOOD, "text": text}), FakeContext())
    if status == 200:
        assert response["statusCode"] == 200, response["body"][:500]
    else:
        error = assert_error_shape(response, 413, "payload_too_large")
        assert _paths(error) == {"text"}
        assert len(response["body"]) < 1000  # the draft is not echoed back


# (handler, event factory, status, code): every other error of both functions
def _unknown_decision(role: str) -> dict[str, Any]:
    return decision_event("01JDA7K3ZQ8V4W6X2Y5T9R1M3N", role=role)


def _route(handler_event: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    handler_event["httpMethod"] = method
    handler_event["path"] = path
    handler_event["resource"] = path
    return handler_event


ROUTE_CASES = [
    pytest.param(
        "screen", lambda: screen_event(GOOD, role="none"), 401, "unauthorized", id="screen-no-claims"
    ),
    pytest.param(
        "screen", lambda: screen_event(GOOD, role="review"), 403, "forbidden", id="screen-wrong-role"
    ),
    pytest.param("decision", lambda: _unknown_decision("none"), 401, "unauthorized", id="decision-no-claims"),
    pytest.param("decision", lambda: _unknown_decision("nobody"), 403, "forbidden", id="decision-wrong-role"),
    *[
        pytest.param(
            "decision", lambda r=r: _unknown_decision(r), 404, "not_found", id=f"unknown-decision-{r}"
        )
        for r in ("review", "audit", "screen")
    ],
    pytest.param(
        "decision",
        lambda: decision_event("not-a-ulid", role="review"),
        404,
        "not_found",
        id="malformed-decision-id",
    ),
    pytest.param(
        "screen",
        lambda: _route(screen_event(GOOD), "GET", "/nothing"),
        404,
        "not_found",
        id="screen-unknown-route",
    ),
    pytest.param(
        "screen",
        lambda: _route(screen_event(GOOD), "POST", "/screen/extra"),
        404,
        "not_found",
        id="screen-subpath",
    ),
    pytest.param(
        "decision",
        lambda: _route(decision_event("x", role="review"), "GET", "/decisions"),
        404,
        "not_found",
        id="decisions-without-id",
    ),
    pytest.param(
        "decision",
        lambda: _route(decision_event("x", role="review"), "GET", "/reviews/x"),
        404,
        "not_found",
        id="decision-unknown-route",
    ),
]


@pytest.mark.parametrize(("which", "make_event", "status", "code"), ROUTE_CASES)
def test_route_errors(screen_handler, decision_handler, which, make_event, status, code) -> None:
    handler = screen_handler if which == "screen" else decision_handler
    assert_error_shape(handler(make_event(), FakeContext()), status, code)


@pytest.mark.parametrize(
    ("which", "method", "path"),
    [
        pytest.param("screen", "GET", "/screen", id="GET-screen"),
        pytest.param("screen", "DELETE", "/screen", id="DELETE-screen"),
        pytest.param("decision", "POST", "/decisions/01JDA7K3ZQ8V4W6X2Y5T9R1M3N", id="POST-decision"),
        pytest.param("decision", "DELETE", "/decisions/01JDA7K3ZQ8V4W6X2Y5T9R1M3N", id="DELETE-decision"),
    ],
)
def test_wrong_method(screen_handler, decision_handler, which, method, path) -> None:
    handler = screen_handler if which == "screen" else decision_handler
    event = screen_event(GOOD) if which == "screen" else decision_event("x", role="review")
    # 404 like the gateway, which answers a method it does not route with MISSING_AUTHENTICATION_TOKEN
    assert_error_shape(handler(_route(event, method, path), FakeContext()), 404, "not_found")


def test_unhandled_error_is_500_without_a_trace(screen_handler, monkeypatch) -> None:
    from preflight.api.screen import _service

    def boom(*_: Any, **__: Any) -> Any:
        raise RuntimeError("/work/secret/path.py line 3 exploded")

    monkeypatch.setattr(_service(), "screen_and_log", boom)
    assert_error_shape(screen_handler(screen_event(GOOD), FakeContext()), 500, "internal_error")


def test_validation_errors_do_not_echo_the_input(screen_handler) -> None:
    sentinel = "Sentinel4111111111111111Value"
    bodies = [
        {**GOOD, "channel": sentinel},
        {**GOOD, "metadata": {"k": sentinel * 20}},
        {**GOOD, "author": sentinel * 20},
        {"text": 5, "author": sentinel, "extra": sentinel},
    ]
    for body in bodies:
        response = screen_handler(screen_event(body), FakeContext())
        assert response["statusCode"] == 400
        assert sentinel not in response["body"], response["body"]


# --- the gateway's own error responses (template.yaml) have the same shape ---

_GATEWAY_SAMPLES = {
    "$context.error.messageString": '"Missing Authentication Token"',
    "$context.error.validationErrorString": "[object has missing required properties]",
}
_GATEWAY_RESPONSES = template()["Resources"]["Api"]["Properties"]["GatewayResponses"]


@pytest.mark.parametrize(
    "response_type",
    list(_GATEWAY_RESPONSES),
)
def test_gateway_responses_have_the_same_shape(response_type: str) -> None:
    spec = _GATEWAY_RESPONSES[response_type]
    rendered = spec["ResponseTemplates"]["application/json"]
    # API Gateway fills validationErrorString with the rejected value: never in an error body.
    assert "validationErrorString" not in rendered, response_type
    for variable, sample in _GATEWAY_SAMPLES.items():
        rendered = rendered.replace(variable, sample)
    assert "$context" not in rendered, rendered
    status = int(spec.get("StatusCode", {"DEFAULT_4XX": 400, "DEFAULT_5XX": 500}.get(response_type, 0)))
    body = json.loads(rendered)
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    code = body["error"]["code"]
    assert code in ERROR_CODES, code
    if "StatusCode" in spec:
        assert ERROR_CODES[code] == status or (code == "unavailable" and status == 504), (code, status)


def test_a_metadata_key_is_at_most_256_characters(screen_handler) -> None:
    error = assert_error_shape(
        screen_handler(screen_event({**GOOD, "metadata": {"k" * 257: "v"}}), FakeContext()),
        400,
        "validation_error",
    )
    assert any(p.startswith("metadata.") for p in _paths(error)), error
    response = screen_handler(screen_event({**GOOD, "metadata": {"k" * 256: "v"}}), FakeContext())
    assert response["statusCode"] == 200, response["body"]
