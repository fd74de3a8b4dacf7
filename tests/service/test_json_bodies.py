"""JSON bodies are read strictly: a key repeated in an object (at any depth) or a body nested too
deep is a 400 naming where, never the last value silently kept and never a 500; and no error body
repeats a value the client sent."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight.api.common import MAX_BODY_DEPTH

from tests.service.conftest import FakeContext, api_event, call, screen_event

CARD = "4111 1111 1111 1111"
GOOD = {"text": "Join our webinar on Tuesday.", "author": "ops", "channel": "linkedin"}


def _screen_raw(handler: Any, raw: str, role: str = "screen") -> tuple[int, dict[str, Any]]:
    return call(handler, screen_event(raw_body=raw, role=role))


def _review_raw(handler: Any, raw: str) -> tuple[int, dict[str, Any]]:
    event = api_event("POST", "/decisions/{id}/review", role="review", params={"id": "X"}, body={})
    event["body"] = raw
    return call(handler, event)


def test_a_repeated_text_is_refused(screen_handler) -> None:
    status, body = _screen_raw(screen_handler, f'{{"text": "card {CARD}", "text": "clean", "author": "a"}}')
    assert status == 400, body
    assert body["error"]["code"] == "malformed_json"
    assert [d["path"] for d in body["error"]["details"]] == ["text"]
    assert CARD not in json.dumps(body)


def test_a_repeated_review_action_is_refused(review_handler) -> None:
    status, body = _review_raw(review_handler, '{"action": "reject", "note": "x", "action": "approve"}')
    assert status == 400 and body["error"]["code"] == "malformed_json", body
    assert [d["path"] for d in body["error"]["details"]] == ["action"]


def test_authorization_is_judged_before_the_body(screen_handler) -> None:
    status, body = _screen_raw(screen_handler, '{"text": "a", "text": "b"}', role="none")
    assert status == 401, body


# JSON values, with objects that may repeat a key.
_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8))
_NAMES = st.sampled_from(["text", "author", "metadata", "channel", "body", "query", "a", "b"])


def _objects(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.lists(children, max_size=3).map(lambda items: ("list", items)),
        st.lists(st.tuples(_NAMES, children), max_size=4).map(lambda pairs: ("object", pairs)),
    )


_TREES = st.recursive(_SCALARS.map(lambda v: ("scalar", v)), _objects, max_leaves=12)


def _render(tree: Any) -> str:
    kind, value = tree
    if kind == "scalar":
        return json.dumps(value)
    if kind == "list":
        return "[" + ",".join(_render(v) for v in value) + "]"
    return "{" + ",".join(f"{json.dumps(k)}:{_render(v)}" for k, v in value) + "}"


def _first_repeat(tree: Any, at: tuple[str, ...] = ()) -> str | None:
    kind, value = tree
    if kind == "scalar":
        return None
    if kind == "object":
        names = [k for k, _ in value]
        for i, name in enumerate(names):
            if name in names[:i]:
                return ".".join((*at, name))
        children = [(k, v) for k, v in value]
        # json keeps the last of repeated keys; a repeat is refused first anyway
    else:
        children = [(str(i), v) for i, v in enumerate(value)]
    for name, child in children:
        if (found := _first_repeat(child, (*at, name))) is not None:
            return found
    return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_TREES)
def test_repeated_keys_at_any_depth_are_refused_naming_the_key(screen_handler, tree) -> None:
    raw = _render(tree)
    status, body = _screen_raw(screen_handler, raw)
    assert status in (200, 400), body
    repeated = _first_repeat(tree)
    if repeated is not None:
        assert status == 400 and body["error"]["code"] == "malformed_json", (raw, body)
        assert [d["path"] for d in body["error"]["details"]] == [repeated], raw
    else:
        assert body.get("error", {}).get("code") != "malformed_json", (raw, body)


@pytest.mark.parametrize("depth", [MAX_BODY_DEPTH + 1, 2_000, 100_000])
@pytest.mark.parametrize("shape", ["array", "object", "in-metadata"])
def test_deep_nesting_is_400_not_500(screen_handler, review_handler, depth, shape) -> None:
    inner = "[" * depth + "]" * depth if shape != "object" else '{"a":' * depth + "1" + "}" * depth
    raw = (
        json.dumps({**GOOD, "metadata": {"k": "v"}})[:-2] + inner + "}}" if shape == "in-metadata" else inner
    )
    for status, body in (_screen_raw(screen_handler, raw), _review_raw(review_handler, raw)):
        assert status == 400, body
        assert body["error"]["code"] == "malformed_json"


@pytest.mark.parametrize(
    "raw", ["1" * 5_000, '{"text": NaN, "author": "a"}', '{"text": "a", "author": -Infinity}']
)
def test_numbers_json_does_not_have_are_400(screen_handler, raw) -> None:
    status, body = _screen_raw(screen_handler, raw)
    assert status == 400 and body["error"]["code"] == "malformed_json", body


# --- no error body repeats what was sent ---

SENSITIVE = st.sampled_from(
    [
        "4111 1111 1111 1111",
        "4556737586899855",
        "marguerite.okonkwo61@gmail.com",
        "ghp_Zq8Lm3Nv7Rt1Wx5Yb9Cd2Fg6Hj4Kp0Sa3Ue7",
        "AKIAIOSFODNN7EXAMPLE",
        "536-22-8419",
        "(628) 555-0173",
    ]
)


def _placements(value: str) -> st.SearchStrategy[tuple[str, Any]]:
    """(route, body) with ``value`` somewhere the body is wrong: a wrong type, a wrong place, an
    unknown field's name or value, an enum, a metadata key."""
    screen = [
        {**GOOD, "text": [value]},
        {**GOOD, "text": {"v": value}},
        {**GOOD, "text": int(re.sub(r"\D", "", value) or 7)},
        {**GOOD, value: "x"},
        {**GOOD, "extra": value},
        {**GOOD, "channel": value},
        {**GOOD, "author": [value]},
        {**GOOD, "author": value * 30},
        {**GOOD, "metadata": {value: 3}},
        {**GOOD, "metadata": {"k": [value]}},
        {**GOOD, "metadata": {"k": value * 30}},
        {**GOOD, "metadata": value},
        {"text": value},
        {"author": value, "text": None},
    ]
    review = [
        {"action": value},
        {"action": "approve", value: 1},
        {"action": "approve", "note": [value]},
        {"action": "approve", "note": value * 200},
        {"action": "reject", "note": {"v": value}},
        {"action": "approve", "reviewer": value},
    ]
    return st.one_of(
        st.sampled_from(screen).map(lambda b: ("screen", b)),
        st.sampled_from(review).map(lambda b: ("review", b)),
    )


def _forms(value: str) -> set[str]:
    digits = re.sub(r"\D", "", value)
    return {value, json.dumps(value)[1:-1]} | ({digits} if len(digits) >= 7 else set())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(SENSITIVE.flatmap(lambda v: st.tuples(st.just(v), _placements(v))))
def test_error_bodies_never_repeat_the_value_sent(screen_handler, review_handler, case) -> None:
    value, (route, body) = case
    if route == "screen":
        response = screen_handler(screen_event(body), FakeContext())
    else:
        event = api_event("POST", "/decisions/{id}/review", role="review", params={"id": "X"}, body=body)
        response = review_handler(event, FakeContext())
    assert 400 <= response["statusCode"] < 500, response
    for form in _forms(value):
        assert form not in response["body"], (body, response["body"])


@pytest.mark.parametrize(
    ("handler_name", "resource", "params"),
    [
        ("decision", "/decisions/{id}", {"id": "4111111111111111"}),
        ("review", "/decisions/{id}/review", {"id": "4111111111111111"}),
        ("original", "/decisions/{id}/original", {"id": "4111111111111111"}),
    ],
)
def test_not_found_does_not_repeat_the_id(request, handler_name, resource, params) -> None:
    handler = request.getfixturevalue(f"{handler_name}_handler")
    role = "review" if handler_name != "original" else "audit"
    body = {"action": "approve"} if handler_name == "review" else None
    method = "POST" if handler_name == "review" else "GET"
    status, answer = call(handler, api_event(method, resource, role=role, params=params, body=body))
    assert status == 404, answer
    assert "4111111111111111" not in json.dumps(answer)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(min_size=1, max_size=64))
def test_any_bytes_as_a_json_body_are_answered_never_500(screen_handler, raw: bytes) -> None:
    """The gateway passes a body that is not UTF-8 base64-encoded (isBase64Encoded): whatever the
    bytes, the answer is a decision or a 4xx, never a 500 (schemathesis found b"\\xd7\\xa5q+\\x03M\\xe9")."""
    import base64

    event = screen_event(raw_body=base64.b64encode(raw).decode())
    event["isBase64Encoded"] = True
    status, body = call(screen_handler, event)
    assert status == 200 or 400 <= status < 500, body
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        assert (status, body["error"]["code"]) == (400, "malformed_json")
