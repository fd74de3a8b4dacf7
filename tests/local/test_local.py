"""The local runner: routes from template.yaml, the proxy event, local tokens, and the whole
service end to end over HTTP (the runner in a subprocess, so its environment stays its own)."""

from __future__ import annotations

import datetime
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from preflight_tools.local import tokens
from preflight_tools.local.events import build_event
from preflight_tools.local.routes import find_routes, match_route
from preflight_tools.local.server import LocalApi
from preflight_tools.local.template import REPO, cors_preflight, gateway_response, load_template

from tests.local.conftest import call


def test_routes_come_from_the_template() -> None:
    routes = find_routes()
    found = {(r.method, r.resource): r for r in routes}
    assert set(found) == {
        ("POST", "/screen"),
        ("GET", "/decisions/{id}"),
        ("GET", "/reviews/queue"),
        ("POST", "/decisions/{id}/review"),
        ("GET", "/decisions"),
        ("GET", "/reports/summary"),
        ("GET", "/decisions/{id}/original"),
        ("GET", "/policy"),
    }
    for route in routes:
        assert route.module_path.is_file(), route.module_path
        assert route.authorizer == "CognitoAuthorizer"
    assert found["POST", "/screen"].module_path == REPO / "functions/screen/app.py"
    assert found["POST", "/screen"].scopes == ("preflight/screen",)
    route, params = match_route(routes, "GET", "/decisions/01ABC%2Fx") or (None, None)
    assert route is found["GET", "/decisions/{id}"] and params == {"id": "01ABC/x"}
    assert match_route(routes, "GET", "/screen") is None
    assert match_route(routes, "GET", "/decisions/a/b") is None
    review, params = match_route(routes, "POST", "/decisions/D1/review") or (None, None)
    assert review is found["POST", "/decisions/{id}/review"] and params == {"id": "D1"}
    assert match_route(routes, "GET", "/decisions")[0] is found["GET", "/decisions"]
    assert match_route(routes, "GET", "/decisions/") is None


def test_event_has_the_rest_proxy_shape() -> None:
    routes = find_routes()
    route, params = match_route(routes, "GET", "/decisions/D1") or (None, {})
    claims = tokens.claims_for("review", user="ann", now=1_700_000_000)
    event = build_event(
        route,
        params,
        method="GET",
        path="/decisions/D1",
        query="a=1&a=2&b=",
        headers=[("Accept", "application/json"), ("X-Two", "1"), ("X-Two", "2"), ("User-Agent", "t")],
        body=b"",
        claims=claims,
        request_id="rid",
        now=1_700_000_000,
    )
    assert event["resource"] == "/decisions/{id}" and event["path"] == "/decisions/D1"
    assert event["httpMethod"] == "GET" and event["pathParameters"] == {"id": "D1"}
    assert event["headers"]["X-Two"] == "2" and event["multiValueHeaders"]["X-Two"] == ["1", "2"]
    assert event["queryStringParameters"] == {"a": "2", "b": ""}
    assert event["multiValueQueryStringParameters"] == {"a": ["1", "2"], "b": [""]}
    assert event["stageVariables"] is None and event["body"] is None and event["isBase64Encoded"] is False
    ctx = event["requestContext"]
    assert ctx["requestId"] == "rid" and ctx["stage"] == "v1" and ctx["resourcePath"] == "/decisions/{id}"
    assert ctx["path"] == "/v1/decisions/D1" and ctx["httpMethod"] == "GET"
    assert ctx["identity"]["sourceIp"] == "127.0.0.1" and ctx["identity"]["userAgent"] == "t"
    got = ctx["authorizer"]["claims"]
    assert got["cognito:groups"] == "review" and got["username"] == "ann"
    assert all(isinstance(v, str) for v in got.values())
    binary = build_event(
        route, params, method="POST", path="/x", query="", headers=[], body=b"\xff\x00", claims=None
    )
    assert binary["isBase64Encoded"] is True and binary["body"] == "/wA="
    assert binary["headers"] is None and "authorizer" not in binary["requestContext"]
    text = build_event(route, params, method="POST", path="/x", query="", headers=[], body=b"{}", claims=None)
    assert text["body"] == "{}" and text["isBase64Encoded"] is False


def test_token_round_trip_tamper_and_expiry(tmp_path: Path) -> None:
    key = tokens.signing_key(tmp_path / "state")
    assert (tmp_path / "state" / tokens.KEY_FILE).stat().st_mode & 0o777 == 0o600
    assert tokens.signing_key(tmp_path / "state") == key  # kept, not remade
    token = tokens.encode(tokens.claims_for("screen", client="acme"), key)
    claims = tokens.verify(token, key)
    assert claims["client_id"] == "acme" and claims["scope"] == "preflight/screen"
    people = tokens.verify(tokens.encode(tokens.claims_for("audit", user="bo"), key), key)
    assert people["cognito:groups"] == ["audit"] and people["username"] == "bo"
    head, payload, sig = token.split(".")
    forged = tokens._b64(json.dumps({**claims, "client_id": "other"}).encode())
    for bad in (
        f"{head}.{forged}.{sig}",
        f"{head}.{payload}.{sig[:-2]}AA",
        f"{head}.{payload}",
        "not-a-token",
        tokens.encode(claims, b"another-key"),
    ):
        with pytest.raises(tokens.InvalidToken):
            tokens.verify(bad, key)
    old = tokens.encode(tokens.claims_for("screen", now=time.time() - 7200, ttl=3600), key)
    with pytest.raises(tokens.InvalidToken, match="expired"):
        tokens.verify(old, key)
    assert tokens.bearer("Bearer abc") == "abc" and tokens.bearer(None) is None


def test_gateway_responses_come_from_the_template() -> None:
    status, headers, body = gateway_response(load_template(), "UNAUTHORIZED")
    assert status == 401 and headers["WWW-Authenticate"] == "Bearer"
    assert json.loads(body)["error"]["code"] == "unauthorized"


def test_the_runner_answers_cors_preflights_as_the_template_says() -> None:
    # The Api's Cors: API Gateway answers OPTIONS on every route's path itself, with no authorizer.
    # The allowed origin is the console's CloudFront domain, resolved on deployment: locally the
    # console is served by the runner (same origin), so no origin is allowed across.
    template = load_template()
    api = LocalApi(template, find_routes(template), b"k" * 32)
    for path in ("/reviews/queue", "/decisions/01ABC/review", "/policy", "/screen"):
        status, headers, body, _ = api.handle("OPTIONS", path, [("Origin", "https://evil.example")], b"", "")
        assert status == 200 and body == b"", path
        assert headers["Access-Control-Allow-Headers"] == ["Authorization,Content-Type,Idempotency-Key"]
        assert "POST" in headers["Access-Control-Allow-Methods"][0]
        assert "Access-Control-Allow-Origin" not in headers
    status, _, _, _ = api.handle("OPTIONS", "/no/such/route", [], b"", "")
    assert status == 404
    assert cors_preflight({"Resources": {"Api": {"Type": "AWS::Serverless::Api", "Properties": {}}}}) is None


def test_gateway_responses_leave_out_what_the_stack_resolves() -> None:
    # Every gateway response names the console's origin (an intrinsic): no mangled header locally.
    for response_type in ("UNAUTHORIZED", "THROTTLED", "DEFAULT_4XX", "DEFAULT_5XX"):
        _, headers, _ = gateway_response(load_template(), response_type)
        assert "Access-Control-Allow-Origin" not in headers
        assert all(isinstance(v, str) and "Fn::" not in v for v in headers.values())


# --- end to end ---


def test_review_audit_and_archive_through_the_runner(runner: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 5 on a laptop: a reviewer approves from the queue, an auditor lists, reports, reads the
    original, and `preflight audit verify --local PORT` finds the archive in step with the table."""
    port, state, _ = runner
    monkeypatch.setenv("PREFLIGHT_LOCAL_STATE", str(state))
    screen, review = tokens.mint("screen", client="acme"), tokens.mint("review", user="rita")
    audit = tokens.mint("audit", user="ava")
    text = "Mail jane.doe@gmail.com for the guest list."
    status, _, screened = call(port, "POST", "/screen", screen, {"text": text, "author": "jane"})
    assert status == 200 and screened["decision"] == "flag", screened
    decision_id = screened["decision_id"]
    status, _, queue = call(port, "GET", "/reviews/queue?limit=100", review)
    assert status == 200 and decision_id in [i["decision_id"] for i in queue["items"]]
    verdict = {"action": "approve", "note": "the address is our events desk"}
    status, _, reviewed = call(port, "POST", f"/decisions/{decision_id}/review", review, verdict)
    assert status == 200 and reviewed["status"] == "approved_by_reviewer" and reviewed["chain"]["verified"]
    status, _, again = call(port, "POST", f"/decisions/{decision_id}/review", review, verdict)
    assert status == 409 and again["current"]["status"] == "approved_by_reviewer"
    day = screened["screened_at"][:10]
    after = (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat()
    status, _, listed = call(port, "GET", f"/decisions?from={day}&to={after}&decision=flag", audit)
    assert status == 200 and decision_id in [i["decision_id"] for i in listed["items"]]
    status, _, report = call(port, "GET", f"/reports/summary?from={day}&to={after}", audit)
    assert status == 200 and report["totals"]["reviews"]["approve"] >= 1
    status, _, original = call(port, "GET", f"/decisions/{decision_id}/original", audit)
    assert status == 200 and original["text"] == text
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "PREFLIGHT_"))}
    env["PREFLIGHT_LOCAL_STATE"] = str(state)
    command = [sys.executable, "-m", "preflight_tools.cli.main", "audit", "verify", "--local", str(port)]
    command += ["--from", day, "--to", after, "--json"]
    deadline = time.monotonic() + 20
    while True:  # the stream reaches the archive a moment after the answers
        done = subprocess.run(command, env=env, capture_output=True, text=True, cwd=REPO, timeout=60)
        if done.returncode == 0 or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "jane.doe@gmail.com" not in done.stdout


def test_end_to_end(runner: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    port, state, proc = runner
    monkeypatch.setenv("PREFLIGHT_LOCAL_STATE", str(state))
    screen = tokens.mint("screen", client="acme")
    review = tokens.mint("review", user="rita")

    draft = {"text": "Call me at 415.555.0199, the pricing is under NDA", "author": "jane"}
    status, headers, body = call(port, "POST", "/screen", screen, draft)
    assert status == 200, body
    assert body["decision"] == "flag" and body["client_id"] == "acme"
    assert headers.get("x-amzn-RequestId")

    for token in (screen, review):
        status, _, got = call(port, "GET", f"/decisions/{body['decision_id']}", token)
        assert status == 200, got
        assert got["decision_id"] == body["decision_id"]

    status, headers, err = call(port, "POST", "/screen", None, draft)
    assert (
        status == 401 and err["error"]["code"] == "unauthorized" and headers["WWW-Authenticate"] == "Bearer"
    )
    status, _, err = call(port, "POST", "/screen", screen[:-3] + "AAA", draft)
    assert status == 401
    # A reviewer's token lacks the route's scope: the authorizer refuses it, as in AWS.
    status, _, err = call(port, "POST", "/screen", review, draft)
    assert status == 401
    # A signed-in person in no group passes the authorizer; the handler refuses the role.
    nobody = tokens.mint("none", user="eve")
    status, _, err = call(port, "GET", f"/decisions/{body['decision_id']}", nobody)
    assert status == 403 and err["error"]["code"] == "forbidden"
    status, _, err = call(port, "GET", "/nowhere", screen)
    assert status == 404 and err["error"]["code"] == "not_found"
    status, _, err = call(port, "GET", "/screen", screen)
    assert status == 404

    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=15) == 0
