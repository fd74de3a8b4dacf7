"""The local runner as API Gateway before the function: body validation against a template's draft-04
models (BAD_REQUEST_BODY) where a route asks for it, any HTTP method, tokens with several roles; and its
own pages, /openapi.json and /docs, over HTTP (the runner in a subprocess, so its environment stays its
own).

Preflight's own template does not let the gateway validate bodies (its answer can name neither the
field nor a body that is not JSON): the functions do, and the runner passes the body on untouched."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from preflight_tools.local import tokens
from preflight_tools.local.routes import find_routes
from preflight_tools.local.server import LocalApi
from preflight_tools.local.template import load_template

GOOD = {"text": "Happy Friday!", "author": "jane", "channel": "x", "metadata": {"campaign": "q3"}}


def _validating_template() -> dict[str, Any]:
    """template.yaml with ValidateBody on for POST /screen, as an operator could set it."""
    template = load_template()
    event = template["Resources"]["ScreenFunction"]["Properties"]["Events"]["Screen"]["Properties"]
    event["RequestModel"]["ValidateBody"] = True
    return template


def _screen_route(template: dict[str, Any] | None = None) -> Any:
    routes = find_routes(template if template is not None else _validating_template())
    return next(r for r in routes if r.resource == "/screen" and r.method == "POST")


def test_routes_carry_the_template_request_model() -> None:
    # Preflight's template documents the body models but leaves their validation to the functions.
    assert _screen_route(load_template()).body_model is None
    assert _screen_route(load_template()).request_model == "ScreenRequest"
    route = _screen_route()
    assert route.body_model == "ScreenRequest"
    model = load_template()["Resources"]["Api"]["Properties"]["Models"]["ScreenRequest"]
    assert route.body_schema == model
    # A route without RequestModel/ValidateBody is not validated by the gateway.
    get = next(r for r in find_routes() if r.resource == "/decisions/{id}" and r.method == "GET")
    assert get.body_model is None and get.body_problem("application/json", b"not json") is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"author": "jane"}, "'text' is a required property"),
        ({**GOOD, "author": ""}, "$.author"),
        ({**GOOD, "text": ""}, "$.text"),
        ({**GOOD, "author": "a" * 257}, "$.author"),
        ({**GOOD, "channel": "myspace"}, "$.channel"),
        ({**GOOD, "surprise": 1}, "'surprise' was unexpected"),
        ({**GOOD, "metadata": {f"k{i}": "v" for i in range(21)}}, "$.metadata"),
        ({**GOOD, "metadata": {"k": 5}}, "$.metadata.k"),
        ({**GOOD, "metadata": {"k": "v" * 257}}, "$.metadata.k"),
        ([GOOD], "is not of type 'object'"),
    ],
)
def test_body_refused_by_the_model(body: Any, expected: str) -> None:
    problem = _screen_route().body_problem("application/json", json.dumps(body).encode())
    assert problem is not None and expected in problem


def test_body_accepted_or_not_validated() -> None:
    route = _screen_route()
    assert route.body_problem("application/json; charset=utf-8", json.dumps(GOOD).encode()) is None
    assert route.body_problem(None, json.dumps({"text": "x", "author": "j"}).encode()) is None
    # No model for another content type: API Gateway lets it through (the handler answers 415).
    assert route.body_problem("text/plain", b"not json at all") is None
    # Without Content-Type the body is taken as application/json.
    assert route.body_problem(None, b"{") == "[the body is not a JSON document]"
    for not_json in (b"", b"{", b'{"text": NaN, "author": "j"}', b"\xff\xfe"):
        assert route.body_problem("application/json", not_json) == "[the body is not a JSON document]"
    deep = b'{"text": ' + b"[" * 5_000 + b"]" * 5_000 + b"}"
    assert route.body_problem("application/json", deep) == "[the body is nested too deeply]"


def _api(
    tmp_path: Path, template: dict[str, Any] | None = None
) -> tuple[LocalApi, list[dict[str, Any]], str]:
    key = tokens.signing_key(tmp_path)
    template = template if template is not None else _validating_template()
    api = LocalApi(template, find_routes(template), key)
    seen: list[dict[str, Any]] = []

    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        seen.append(event)
        return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": "{}"}

    api.handlers = {route.function: handler for route in api.routes}
    return api, seen, tokens.encode(tokens.claims_for("screen"), key)


def test_the_gateway_refuses_a_bad_body_before_the_function(tmp_path: Path) -> None:
    api, seen, token = _api(tmp_path)
    auth = ("Authorization", f"Bearer {token}")
    json_type = ("Content-Type", "application/json")
    bad = json.dumps({"text": "hi", "author": 'a\\b"c', "metadata": {"k\n\\": 1}}).encode()
    status, headers, body, _ = api.handle("POST", "/screen", [auth, json_type], bad, "127.0.0.1")
    assert status == 400 and not seen
    error = json.loads(body)["error"]
    assert error["code"] == "validation_error" and error["message"] == "the request body is invalid"
    assert headers["Cache-Control"] == ["no-store"]
    # API Gateway's validationErrorString holds the rejected value: the response never carries it.
    card = json.dumps({"text": "hi", "author": "jo", "channel": "4111 1111 1111 1111"}).encode()
    status, _, body, _ = api.handle("POST", "/screen", [auth, json_type], card, "127.0.0.1")
    assert status == 400 and b"4111" not in body and not seen
    # The authorizer comes first: no token is a 401 whatever the body.
    status, _, _, _ = api.handle("POST", "/screen", [json_type], bad, "127.0.0.1")
    assert status == 401 and not seen
    status, _, _, _ = api.handle("POST", "/screen", [auth, json_type], json.dumps(GOOD).encode(), "127.0.0.1")
    assert status == 200 and len(seen) == 1 and json.loads(seen[0]["body"]) == GOOD


def test_any_method_gets_the_gateway_answer(tmp_path: Path) -> None:
    api, seen, token = _api(tmp_path)
    status, _, body, _ = api.handle("TRACE", "/screen", [("Authorization", f"Bearer {token}")], b"", "::1")
    assert status == 404 and json.loads(body)["error"]["code"] == "not_found" and not seen


def test_a_token_with_several_roles() -> None:
    claims = tokens.claims_for(["screen", "review", "audit"], user="ci")
    assert set(claims["scope"].split()) >= {tokens.SCREEN_SCOPE, "aws.cognito.signin.user.admin"}
    assert claims["cognito:groups"] == ["review", "audit"] and claims["username"] == "ci"
    assert claims["client_id"] == "local-screen-client"
    people = tokens.claims_for(["review", "audit"])
    assert people["cognito:groups"] == ["review", "audit"] and "preflight/screen" not in people["scope"]
    # One role as before: a machine client for screen, a person in one group otherwise.
    assert tokens.claims_for(["screen"]).keys() == tokens.claims_for("screen").keys()
    assert "username" not in tokens.claims_for("screen")
    for bad in (["screen", "none"], [], ["root"]):
        with pytest.raises(ValueError):
            tokens.claims_for(bad)


# --- over HTTP ---


def _get(port: int, path: str, token: str | None = None) -> tuple[int, dict[str, str], bytes]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def test_openapi_json_and_docs_need_no_token(runner: Any) -> None:
    port, _, _ = runner
    status, headers, body = _get(port, "/openapi.json")
    assert status == 200 and headers["Content-Type"] == "application/json"
    document = json.loads(body)
    assert document["openapi"].startswith("3.1") and "/screen" in document["paths"]
    served = {(r.resource, r.method.lower()) for r in find_routes()}
    assert {(p, m) for p, item in document["paths"].items() for m in item} == served

    status, headers, page = _get(port, "/docs")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    html = page.decode()
    # Swagger UI inlined from Powertools' copy: no script or stylesheet fetched from elsewhere.
    assert "SwaggerUIBundle(" in html and "<script src=" not in html and "<link rel='stylesheet'" not in html
    assert json.dumps("/decisions/{id}") in html  # the document itself is in the page
    status, headers, body = _get(port, "/docs?format=json")
    assert status == 200 and json.loads(body) == document


def test_one_token_with_every_role_reaches_every_route(runner: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    port, state, _ = runner
    monkeypatch.setenv("PREFLIGHT_LOCAL_STATE", str(state))
    token = tokens.mint(["screen", "review", "audit"], user="ci")
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/screen",
        json.dumps(GOOD).encode(),
        {"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        decision = json.loads(response.read())
    assert decision["decision"] == "approve" and decision["client_id"] == "local-screen-client"
    status, _, body = _get(port, f"/decisions/{decision['decision_id']}", token)
    assert status == 200 and json.loads(body)["decision_id"] == decision["decision_id"]


def test_preflight_bodies_reach_the_function_unvalidated(tmp_path: Path) -> None:
    api, seen, token = _api(tmp_path, load_template())
    headers = [("Authorization", f"Bearer {token}"), ("Content-Type", "application/json")]
    for body in (b"not json", json.dumps({"text": ["4111 1111 1111 1111"], "author": 5}).encode()):
        status, _, _, _ = api.handle("POST", "/screen", headers, body, "127.0.0.1")
        assert status == 200 and seen[-1]["body"] == body.decode()


@pytest.mark.parametrize(
    ("body", "code", "path"),
    [
        (b'{"text": "hi", "author": ', "malformed_json", None),
        (b"not json", "malformed_json", None),
        (json.dumps({"text": ["4111 1111 1111 1111"], "author": "jo"}).encode(), "validation_error", "text"),
        (
            json.dumps({"text": "hi", "author": "jo", "channel": "myspace"}).encode(),
            "validation_error",
            "channel",
        ),
        (
            json.dumps({"text": "hi", "author": "jo", "metadata": {"k": 5}}).encode(),
            "validation_error",
            "metadata.k",
        ),
    ],
)
def test_a_bad_body_is_answered_with_the_documented_code_and_path(
    runner: Any, monkeypatch: pytest.MonkeyPatch, body: bytes, code: str, path: str | None
) -> None:
    """Through the runner, as a client sees it: the README's codes, the field's path, never the value."""
    port, state, _ = runner
    monkeypatch.setenv("PREFLIGHT_LOCAL_STATE", str(state))
    token = tokens.mint("screen")
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/screen",
        body,
        {"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        method="POST",
    )
    with pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.urlopen(request, timeout=30)
    assert answer.value.code == 400
    raw = answer.value.read()
    error = json.loads(raw)["error"]
    assert error["code"] == code
    if path is not None:
        assert [d["path"] for d in error["details"]] == [path]
    assert b"4111" not in raw


def test_a_token_without_the_routes_scope_is_told_which_scope(tmp_path: Path) -> None:
    """API Gateway answers a valid token without the route's OAuth scope 401 (not 403): the answer
    names the scope each route needs, so a client can tell a missing scope from a bad token."""
    template = load_template()
    api, seen, _ = _api(tmp_path, template)
    people = tokens.encode(tokens.claims_for("review"), api.key)
    status, _, body, _ = api.handle(
        "POST", "/screen", [("Authorization", f"Bearer {people}")], json.dumps(GOOD).encode(), "::1"
    )
    message = json.loads(body)["error"]["message"]
    assert status == 401 and not seen
    # Every scope of every route is named, read from the template itself (they cannot drift apart).
    for route in find_routes(template):
        for scope in route.scopes:
            assert scope in message, (route.resource, scope)
    assert "POST /screen" in message
