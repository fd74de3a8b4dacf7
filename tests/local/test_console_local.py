"""The runner's side of the console (preflight_tools.local.console): its files, its config.json, and the
local sign-in page that only loopback gets; and that the built bundle has no way to make a token."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from preflight_tools.local import console, tokens

KEY = b"k" * 64
TEMPLATE: dict = {}
LOCAL = [("Host", "127.0.0.1:3000")]


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    root = tmp_path / "dist"
    (root / "assets").mkdir(parents=True)
    (root / "index.html").write_text("<!doctype html><title>console</title>")
    (root / "assets" / "app-1234.js").write_text("console.log(1)")
    (tmp_path / "secret.txt").write_text("outside the bundle")
    return root


def _serve(method: str, path: str, headers=LOCAL, body: bytes = b"", ip: str = "127.0.0.1", dist=None):
    return console.serve(
        method, path, list(headers), body, ip, KEY, TEMPLATE, **({"dist": dist} if dist else {})
    )


def test_root_and_console_redirect_to_the_console() -> None:
    for path in ("/", "/console"):
        status, headers, _, _ = _serve("GET", path)
        assert (status, headers["Location"]) == (302, ["/console/"])


def test_files_come_from_dist_with_a_strict_csp(dist: Path) -> None:
    status, headers, body, _ = _serve("GET", "/console/", dist=dist)
    assert status == 200 and body.startswith(b"<!doctype html>")
    csp = headers["Content-Security-Policy"][0]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "form-action 'none'" in csp
    assert headers["X-Content-Type-Options"] == ["nosniff"]
    status, headers, body, _ = _serve("GET", "/console/assets/app-1234.js", dist=dist)
    assert (status, body) == (200, b"console.log(1)")
    assert (
        headers["Content-Type"][0].startswith("text/javascript")
        and "immutable" in headers["Cache-Control"][0]
    )


def test_an_unbuilt_console_says_how_to_build_it(tmp_path: Path) -> None:
    status, _, body, _ = _serve("GET", "/console/", dist=tmp_path / "nothing")
    assert status == 503 and b"make console" in body
    assert "make console" in console.banner_line("127.0.0.1", 3000, tmp_path / "nothing")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["..", ".", "", "%2e%2e", "assets", "secret.txt", "index.html", ".git", "a%2F..", "\\.."]
        ),
        min_size=1,
        max_size=5,
    )
)
def test_no_path_reads_outside_dist(tmp_path_factory: pytest.TempPathFactory, parts: list[str]) -> None:
    root = tmp_path_factory.mktemp("d") / "dist"
    root.mkdir()
    (root / "index.html").write_text("index")
    (root.parent / "secret.txt").write_text("SECRET")
    # The runner hands serve the request target; its path may hold escapes and dot segments.
    for target in ("/console/" + "/".join(parts), unquote("/console/" + "/".join(parts))):
        status, _, body, _ = _serve("GET", target, dist=root)
        assert b"SECRET" not in body
        assert status in (200, 404)


def test_config_points_the_console_at_this_runner_in_local_mode() -> None:
    status, headers, body, _ = _serve("GET", "/console/config.json", headers=[("Host", "localhost:4000")])
    document = json.loads(body)
    assert status == 200 and headers["Content-Type"] == ["application/json"]
    assert document["apiUrl"] == "http://localhost:4000"
    assert document["auth"]["mode"] == "local" and document["reviewTargetHours"] > 0
    status, _, _, _ = _serve("GET", "/console/config.json", headers=[("Host", "evil\r\nx")])
    assert status == 400


def test_review_target_comes_from_the_template_parameter_when_there_is_one() -> None:
    template = {"Parameters": {console.REVIEW_TARGET_PARAMETER: {"Type": "Number", "Default": 6}}}
    assert console.review_target_hours(template) == 6
    assert console.review_target_hours({}) == console.DEFAULT_REVIEW_TARGET_HOURS


def _sign_in(body: str, headers=LOCAL, ip: str = "127.0.0.1"):
    return _serve("POST", "/console/local-sign-in", headers=headers, body=body.encode(), ip=ip)


def test_local_sign_in_mints_a_token_with_the_roles_picked_in_the_fragment() -> None:
    status, headers, _, _ = _sign_in("user=rita&role=review&role=audit")
    assert status == 303
    location = headers["Location"][0]
    assert location.startswith("./#local_token=")  # a fragment: never sent to a server
    claims = tokens.verify(location.split("=", 1)[1], KEY)
    assert claims["username"] == "rita" and sorted(claims["cognito:groups"]) == ["audit", "review"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("user=&role=review", b"User name"),
        ("user=a%20b&role=review", b"User name"),
        ("user=rita", b"at least one role"),
        ("user=rita&role=screen", b"at least one role"),
        ("user=rita&role=review&role=admin", b"at least one role"),
    ],
)
def test_local_sign_in_refuses_bad_forms(body: str, message: bytes) -> None:
    status, _, page, _ = _sign_in(body)
    assert status == 400 and message in page


@pytest.mark.parametrize(
    ("headers", "ip"),
    [
        ([("Host", "127.0.0.1:3000")], "192.168.1.20"),  # another machine
        ([("Host", "attacker.example:3000")], "127.0.0.1"),  # a DNS name re-bound to loopback
        ([("Host", "10.0.0.5:3000")], "127.0.0.1"),
        ([], "127.0.0.1"),
    ],
)
def test_local_sign_in_exists_only_on_loopback(headers: list, ip: str) -> None:
    for method in ("GET", "POST"):
        status, _, body, _ = _serve(
            method, "/console/local-sign-in", headers=headers, body=b"user=x&role=audit", ip=ip
        )
        assert status == 404 and b"token" not in body


@pytest.mark.parametrize(
    "extra",
    [
        [("Origin", "http://attacker.example")],
        [("Sec-Fetch-Site", "cross-site")],
        [("Sec-Fetch-Site", "same-site")],
    ],
)
def test_local_sign_in_refuses_forms_posted_from_other_sites(extra: list) -> None:
    status, headers, _, _ = _sign_in("user=rita&role=review", headers=[*LOCAL, *extra])
    assert status == 403 and "Location" not in headers


def test_the_local_sign_in_page_is_a_form_without_script() -> None:
    status, headers, body, _ = _serve("GET", "/console/local-sign-in")
    assert status == 200 and headers["Content-Type"][0].startswith("text/html")
    assert b"<form" in body and b"<script" not in body and b" style=" not in body
    assert "form-action 'self'" in headers["Content-Security-Policy"][0]  # the one page that posts


@pytest.mark.skipif(not console.built(), reason="console/dist is not built (make console)")
def test_the_built_bundle_cannot_make_a_token() -> None:
    """The deployed console is this bundle: no sign-in page, no signing key, no minting."""
    text = "".join(
        p.read_text(encoding="utf-8") for p in console.DIST.rglob("*") if p.suffix in (".js", ".html")
    )
    assert "local-sign-in" not in text
    assert "token-signing" not in text and "HMAC" not in text and "importKey" not in text
    assert "localStorage" not in text and "document.cookie" not in text
