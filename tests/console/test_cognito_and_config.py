"""The deployed sign-in (Cognito Hosted UI, authorization code with PKCE) played by Playwright's
network interception: the console asks for a code with an S256 challenge and a state, checks the state
on the way back, and exchanges the code with the verifier that hashes to the challenge. Also: the
queue refreshes by itself at the configured interval."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import uuid
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.console.harness import Runner, sign_in

COGNITO = "auth.preflight-test.example"
CLIENT_ID = "4example0clientid"


def _cognito_config(runner: Runner) -> dict[str, Any]:
    return {
        "apiUrl": runner.url,
        "auth": {"mode": "cognito", "domain": COGNITO, "clientId": CLIENT_ID, "region": "eu-west-1"},
        "reviewTargetHours": 4,
    }


def _play_hosted_ui(page: Any, runner: Runner, access_token: str) -> dict[str, Any]:
    """Route the console's config to Cognito mode and play the Hosted UI; returns what it was sent."""
    seen: dict[str, Any] = {}

    def config(route: Any) -> None:
        route.fulfill(json=_cognito_config(runner))

    def console_page(route: Any) -> None:
        # The deployed CSP lets the page reach the Cognito domain (docs/console.md).
        response = route.fetch()
        headers = dict(response.headers)
        headers["content-security-policy"] = headers["content-security-policy"].replace(
            "connect-src 'self'", f"connect-src 'self' https://{COGNITO}"
        )
        route.fulfill(response=response, headers=headers)

    def cognito(route: Any) -> None:
        url = urlsplit(route.request.url)
        if url.path == "/oauth2/authorize":
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            seen["authorize"] = query
            back = html.escape(f"{query['redirect_uri']}?code=the-code&state={query['state']}")
            # Back to the console as the Hosted UI sends the user (Playwright does not route the
            # target of a redirect it fulfilled, a new navigation it does).
            route.fulfill(
                content_type="text/html", body=f'<meta http-equiv="refresh" content="0;url={back}">'
            )
        elif url.path == "/oauth2/token":
            seen["token"] = {k: v[0] for k, v in parse_qs(route.request.post_data).items()}
            route.fulfill(
                status=200,
                headers={"Access-Control-Allow-Origin": runner.url, "Content-Type": "application/json"},
                body=json.dumps({"access_token": access_token, "token_type": "Bearer", "expires_in": 3600}),
            )
        else:
            route.fulfill(status=404)

    page.route("**/console/config.json", config)
    page.route(re.compile(rf"{re.escape(runner.url)}/console/(\?.*)?$"), console_page)
    page.route(f"https://{COGNITO}/**", cognito)
    return seen


def test_cognito_sign_in_is_an_authorization_code_with_pkce(runner: Runner, page: Any) -> None:
    access_token = runner.token(["review", "audit"], user="carla")
    seen = _play_hosted_ui(page, runner, access_token)
    page.goto(f"{runner.url}/console/")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_test_id("user").wait_for()

    authorize = seen["authorize"]
    assert authorize["response_type"] == "code" and authorize["client_id"] == CLIENT_ID
    assert authorize["code_challenge_method"] == "S256" and len(authorize["state"]) >= 16
    assert authorize["redirect_uri"] == f"{runner.url}/console/"
    assert set(authorize["scope"].split()) == {"openid", "email", "aws.cognito.signin.user.admin"}
    token = seen["token"]
    assert (token["grant_type"], token["code"], token["client_id"]) == (
        "authorization_code",
        "the-code",
        CLIENT_ID,
    )
    assert token["redirect_uri"] == authorize["redirect_uri"]
    digest = base64.urlsafe_b64encode(hashlib.sha256(token["code_verifier"].encode()).digest()).rstrip(b"=")
    assert digest.decode() == authorize["code_challenge"]
    assert 43 <= len(token["code_verifier"]) <= 128

    assert page.get_by_test_id("user").inner_text() == "carla (review, audit)"
    assert "code=" not in page.url and "state=" not in page.url  # the code leaves the address bar
    assert page.evaluate("sessionStorage.getItem('preflight.console.session')") == access_token
    assert page.evaluate("localStorage.length") == 0
    # Both roles: the reviewer's and the auditor's views.
    for name in ("Review queue", "Decision log", "Dashboard"):
        assert page.get_by_role("link", name=name).count() == 1


def test_a_cognito_sign_in_comes_back_to_the_address_it_started_from(runner: Runner, page: Any) -> None:
    # The Hosted UI returns to the registered redirect URI, which carries no route: the draft the
    # reviewer opened from a link must still be the one shown after signing in.
    author = f"cognito-{uuid.uuid4().hex[:8]}"
    decision_id = runner.screen("Ping me at 415.555.0188 before the launch", author)["decision_id"]
    seen = _play_hosted_ui(page, runner, runner.token(["review"], user="carla"))
    page.goto(f"{runner.url}/console/#/decisions/{decision_id}")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_selector(f'article[data-decision-id="{decision_id}"]')
    assert seen["authorize"]["redirect_uri"] == f"{runner.url}/console/"  # the registered URI, unchanged
    assert page.url == f"{runner.url}/console/#/decisions/{decision_id}"


def test_a_sign_in_answer_for_another_request_is_refused(runner: Runner, page: Any) -> None:
    page.route("**/console/config.json", lambda route: route.fulfill(json=_cognito_config(runner)))
    page.goto(f"{runner.url}/console/?code=stolen&state=not-mine")
    assert "does not match" in page.get_by_role("alert").inner_text()
    assert page.evaluate("sessionStorage.length") == 0


def test_the_queue_refreshes_by_itself(runner: Runner, page: Any) -> None:
    def config(route: Any) -> None:
        response = route.fetch()
        route.fulfill(response=response, json={**response.json(), "refreshSeconds": 1})

    page.route("**/console/config.json", config)
    sign_in(page, runner, "rita", ["review"])
    page.locator("body[data-queue-rendered-ms]").wait_for(state="attached")
    decision_id = runner.screen("Mail jane.doe@gmail.com today", f"late-{uuid.uuid4().hex[:6]}")[
        "decision_id"
    ]
    page.locator(f'tr[data-decision-id="{decision_id}"]').wait_for(timeout=10000)


def test_a_refused_token_ends_the_session_and_says_so(runner: Runner, page: Any) -> None:
    sign_in(page, runner, "rita", ["review"])
    page.locator("body[data-queue-rendered-ms]").wait_for(state="attached")
    # A token the API no longer accepts (here: not signed with the runner's key).
    page.evaluate(
        """() => {
          const [h, p] = sessionStorage.getItem('preflight.console.session').split('.');
          sessionStorage.setItem('preflight.console.session', `${h}.${p}.forged`);
        }"""
    )
    page.reload()  # the queue's first read is refused
    assert "session has ended" in page.get_by_role("alert").inner_text()
    assert page.evaluate("sessionStorage.length") == 0
