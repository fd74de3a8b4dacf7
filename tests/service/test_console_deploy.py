"""The console's deployment (issue 10) as template.yaml declares it, and the API's CORS: the console
is served from CloudFront, another origin than the API, so the API (its functions and API Gateway's
own answers) allows that origin and no other."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from typing import Any

import pytest
from preflight.api.common import CORS_ALLOW_HEADERS, cors_headers, lambda_entry, new_resolver
from preflight.api.errors import ApiError
from preflight.settings import Settings

from tests.service.conftest import FakeContext, api_event, template

CONSOLE = "https://d111111abcdef8.cloudfront.net"
ORIGIN_SUB = {"Fn::Sub": "'https://${ConsoleDistribution.DomainName}'"}


def _resources() -> dict[str, Any]:
    return template()["Resources"]


def _with_origin(event: dict[str, Any], origin: str | None) -> dict[str, Any]:
    if origin is not None:
        event["headers"] = {**event["headers"], "Origin": origin}
        event["multiValueHeaders"] = {**event["multiValueHeaders"], "Origin": [origin]}
    return event


def _headers(response: dict[str, Any]) -> dict[str, str]:
    merged = {k: v[-1] for k, v in (response.get("multiValueHeaders") or {}).items()}
    return {k.lower(): str(v) for k, v in {**merged, **(response.get("headers") or {})}.items()}


# --- CORS in the functions ------------------------------------------------------------------------


def _app() -> Any:
    app = new_resolver(console_origin=CONSOLE)

    @app.get("/decisions/<id>")
    def read(id: str) -> dict[str, str]:
        if id == "denied":
            raise ApiError("forbidden", "not yours")
        if id == "broken":
            raise RuntimeError("a bug")
        return {"id": id}

    return app


@pytest.mark.parametrize("decision_id", ["d1", "denied"])
def test_answers_carry_cors_for_the_console_origin_only(decision_id: str) -> None:
    app = _app()
    for origin, allowed in ((CONSOLE, True), ("https://evil.example", False), (None, False)):
        event = _with_origin(
            api_event("GET", "/decisions/{id}", role="review", params={"id": decision_id}), origin
        )
        headers = _headers(app.resolve(event, FakeContext()))
        assert (headers.get("access-control-allow-origin") == CONSOLE) is allowed, (origin, headers)
        if allowed:
            assert set(CORS_ALLOW_HEADERS) <= set(headers["access-control-allow-headers"].split(","))


def test_the_last_resort_500_reaches_the_console_too() -> None:
    handler = lambda_entry(_app())
    event = _with_origin(api_event("GET", "/decisions/{id}", role="review", params={"id": "broken"}), CONSOLE)
    settings = Settings(console_origin=CONSOLE)
    import preflight.api.common as common

    original = common.get_settings
    common.get_settings = lambda: settings  # type: ignore[assignment]
    try:
        response = handler(event, FakeContext())
    finally:
        common.get_settings = original  # type: ignore[assignment]
    assert response["statusCode"] == 500
    assert _headers(response)["access-control-allow-origin"] == CONSOLE
    assert cors_headers({"headers": {"origin": "https://evil.example"}}, CONSOLE) == {}
    assert cors_headers({"headers": {"Origin": CONSOLE}}, "") == {}


def test_no_console_origin_means_no_cors_headers() -> None:
    app = new_resolver(console_origin="")

    @app.get("/decisions/<id>")
    def read(id: str) -> dict[str, str]:
        return {"id": id}

    event = _with_origin(api_event("GET", "/decisions/{id}", role="review", params={"id": "d1"}), CONSOLE)
    assert "access-control-allow-origin" not in _headers(app.resolve(event, FakeContext()))


@pytest.mark.parametrize("bad", ["d1.cloudfront.net", "https://d1.cloudfront.net/", "https://x/console", "*"])
def test_the_console_origin_setting_must_be_an_origin(bad: str) -> None:
    with pytest.raises(ValueError, match="console_origin"):
        Settings(console_origin=bad)
    assert Settings.from_env({"PREFLIGHT_CONSOLE_ORIGIN": CONSOLE}).console_origin == CONSOLE


# --- CORS in API Gateway ----------------------------------------------------------------------------


def test_the_template_gives_the_functions_and_the_gateway_one_console_origin() -> None:
    env = template()["Globals"]["Function"]["Environment"]["Variables"]
    assert env["PREFLIGHT_CONSOLE_ORIGIN"] == {"Fn::Sub": "https://${ConsoleDistribution.DomainName}"}
    api = _resources()["Api"]["Properties"]
    cors = api["Cors"]
    assert cors["AllowOrigin"] == ORIGIN_SUB
    assert cors["AllowHeaders"].strip("'").split(",") == CORS_ALLOW_HEADERS
    assert set(cors["AllowMethods"].strip("'").split(",")) == {"GET", "POST", "OPTIONS"}
    assert api["Auth"]["AddDefaultAuthorizerToCorsPreflight"] is False  # a preflight has no token
    # Every answer API Gateway gives itself (401 above all) reaches the page.
    for name, spec in api["GatewayResponses"].items():
        assert spec["ResponseParameters"]["Headers"]["Access-Control-Allow-Origin"] == ORIGIN_SUB, name


# --- the console's hosting ----------------------------------------------------------------------------


def test_the_console_bucket_is_private_and_read_by_the_distribution_alone() -> None:
    resources = _resources()
    bucket = resources["ConsoleBucket"]["Properties"]
    assert set(bucket["PublicAccessBlockConfiguration"].values()) == {True}
    assert bucket["VersioningConfiguration"]["Status"] == "Enabled"
    assert bucket["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]["ServerSideEncryptionByDefault"]
    statements = resources["ConsoleBucketPolicy"]["Properties"]["PolicyDocument"]["Statement"]
    allows = [s for s in statements if s["Effect"] == "Allow"]
    assert len(allows) == 1 and allows[0]["Principal"] == {"Service": "cloudfront.amazonaws.com"}
    assert allows[0]["Action"] == "s3:GetObject"
    source = allows[0]["Condition"]["StringEquals"]["AWS:SourceArn"]["Fn::Sub"]
    assert source.endswith(":distribution/${ConsoleDistribution}")
    config = resources["ConsoleDistribution"]["Properties"]["DistributionConfig"]
    (origin,) = config["Origins"]
    assert origin["OriginAccessControlId"] == {"Fn::GetAtt": "ConsoleOriginAccessControl.Id"}
    assert origin["S3OriginConfig"]["OriginAccessIdentity"] == ""  # OAC, not the legacy OAI
    assert config["DefaultRootObject"] == "index.html"
    behaviour = config["DefaultCacheBehavior"]
    assert behaviour["ViewerProtocolPolicy"] == "redirect-to-https"
    assert behaviour["ResponseHeadersPolicyId"] == {"Ref": "ConsoleResponseHeadersPolicy"}


def test_the_security_headers_are_strict() -> None:
    config = _resources()["ConsoleResponseHeadersPolicy"]["Properties"]["ResponseHeadersPolicyConfig"]
    security = config["SecurityHeadersConfig"]
    csp = " ".join(security["ContentSecurityPolicy"]["ContentSecurityPolicy"]["Fn::Sub"].split())
    directives = {d.split()[0]: d.split()[1:] for d in csp.split("; ")}
    assert directives["default-src"] == ["'none'"]
    assert directives["script-src"] == ["'self'"] and directives["style-src"] == ["'self'"]
    assert "unsafe" not in csp and "data:" not in directives["script-src"]
    assert directives["frame-ancestors"] == ["'none'"] and directives["object-src"] == ["'none'"]
    assert directives["connect-src"] == [
        "'self'",
        "https://${UserPoolDomain}.auth.${AWS::Region}.amazoncognito.com",
        "https://*.execute-api.${AWS::Region}.${AWS::URLSuffix}",
    ]
    assert security["StrictTransportSecurity"]["AccessControlMaxAgeSec"] >= 31536000
    assert security["ContentTypeOptions"]["Override"] is True
    assert security["FrameOptions"]["FrameOption"] == "DENY"
    assert security["ReferrerPolicy"]["ReferrerPolicy"] in ("no-referrer", "strict-origin-when-cross-origin")
    assert all(part["Override"] for part in security.values())


def test_the_people_client_signs_in_to_the_console_with_code_and_pkce() -> None:
    client = _resources()["PeopleClient"]["Properties"]
    assert client["GenerateSecret"] is False and client["AllowedOAuthFlows"] == ["code"]
    assert client["AllowedOAuthFlowsUserPoolClient"] is True
    for urls in (client["CallbackURLs"], client["LogoutURLs"]):
        condition, with_extra, alone = urls["Fn::If"]
        assert condition == "HasConsoleExtraUrls"
        assert alone == [{"Fn::Sub": "https://${ConsoleDistribution.DomainName}/"}]
        assert with_extra["Fn::Split"][1]["Fn::Sub"].startswith("https://${ConsoleDistribution.DomainName}/,")


def test_the_stack_outputs_what_the_console_config_needs() -> None:
    outputs = template()["Outputs"]
    for name in (
        "ConsoleUrl",
        "ApiUrl",
        "CognitoDomain",
        "PeopleClientId",
        "Region",
        "ReviewTimeTargetHours",
    ):
        assert name in outputs, name
    parameter = template()["Parameters"]["ReviewTimeTargetHours"]
    assert parameter["Default"] == 4 and outputs["ReviewTimeTargetHours"]["Value"] == {
        "Ref": "ReviewTimeTargetHours"
    }


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_spa_routing_function_serves_index_for_the_consoles_paths_only() -> None:
    code = _resources()["ConsoleSpaRouting"]["Properties"]["FunctionCode"]
    cases = {
        "/": "/index.html",
        "/queue": "/index.html",
        "/decisions/01JABCDEF": "/index.html",
        "/log/": "/index.html",
        "/config.json": "/config.json",
        "/assets/index-1a2b3c.js": "/assets/index-1a2b3c.js",
        "/favicon.svg": "/favicon.svg",
    }
    script = (
        code
        + f"\nconst cases = {json.dumps(list(cases))};\n"
        + ("console.log(JSON.stringify(cases.map(u => handler({request: {uri: u}}).uri)));")
    )
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, timeout=30, check=True)
    assert json.loads(out.stdout) == list(cases.values())
    assert not re.search(r"\b(require|fetch|eval)\b", code)
