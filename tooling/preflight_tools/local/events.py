"""An HTTP request as the API Gateway REST proxy event (payload 1.0) AWS would send the handler."""

from __future__ import annotations

import base64
import time
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

from preflight_tools.local.routes import Route

ACCOUNT_ID = "123456789012"
API_ID = "preflightlocal"


def _multi(pairs: Iterable[tuple[str, str]]) -> tuple[dict[str, str], dict[str, list[str]]] | None:
    single: dict[str, str] = {}
    multi: dict[str, list[str]] = {}
    for name, value in pairs:
        single[name] = value  # API Gateway keeps the last value in the single-value map
        multi.setdefault(name, []).append(value)
    return (single, multi) if multi else None


def _cognito_time(value: Any) -> str:
    # A REST Cognito authorizer passes iat/exp as dates in this form, every other claim as a string.
    return datetime.fromtimestamp(int(value), UTC).strftime("%a %b %d %H:%M:%S UTC %Y")


def authorizer_claims(claims: Mapping[str, Any]) -> dict[str, str]:
    """Token claims as a REST API's Cognito authorizer hands them on: strings only."""
    out = {}
    for name, value in claims.items():
        if name in ("iat", "exp") and isinstance(value, int | float):
            out[name] = _cognito_time(value)
        elif isinstance(value, list | tuple):
            out[name] = ",".join(str(v) for v in value)
        else:
            out[name] = str(value)
    return out


def build_event(
    route: Route,
    path_parameters: Mapping[str, str],
    *,
    method: str,
    path: str,
    query: str,
    headers: Iterable[tuple[str, str]],
    body: bytes,
    claims: Mapping[str, Any] | None,
    stage: str = "v1",
    source_ip: str = "127.0.0.1",
    request_id: str | None = None,
    now: float | None = None,
) -> dict[str, Any]:
    now = time.time() if now is None else now
    request_id = request_id or str(uuid.uuid4())
    header_maps = _multi(list(headers))
    query_maps = _multi(parse_qsl(query, keep_blank_values=True)) if query else None
    user_agent = next((v for k, v in (header_maps or ({}, {}))[0].items() if k.lower() == "user-agent"), None)
    host = next((v for k, v in (header_maps or ({}, {}))[0].items() if k.lower() == "host"), "localhost")
    if not body:
        text, encoded = None, False
    else:
        try:
            text, encoded = body.decode("utf-8"), False
        except UnicodeDecodeError:
            text, encoded = base64.b64encode(body).decode("ascii"), True
    context: dict[str, Any] = {
        "accountId": ACCOUNT_ID,
        "apiId": API_ID,
        "resourceId": route.function,
        "stage": stage,
        "requestId": request_id,
        "extendedRequestId": request_id,
        "requestTime": datetime.fromtimestamp(now, UTC).strftime("%d/%b/%Y:%H:%M:%S +0000"),
        "requestTimeEpoch": int(now * 1000),
        "identity": {
            "cognitoIdentityPoolId": None,
            "accountId": None,
            "cognitoIdentityId": None,
            "caller": None,
            "accessKey": None,
            "sourceIp": source_ip,
            "cognitoAuthenticationType": None,
            "cognitoAuthenticationProvider": None,
            "userArn": None,
            "userAgent": user_agent,
            "user": None,
        },
        "domainName": host,
        "path": f"/{stage}{path}",
        "resourcePath": route.resource,
        "httpMethod": method.upper(),
        "protocol": "HTTP/1.1",
    }
    if claims is not None:
        context["authorizer"] = {"claims": authorizer_claims(claims)}
    return {
        "resource": route.resource,
        "path": path,
        "httpMethod": method.upper(),
        "headers": header_maps[0] if header_maps else None,
        "multiValueHeaders": header_maps[1] if header_maps else None,
        "queryStringParameters": query_maps[0] if query_maps else None,
        "multiValueQueryStringParameters": query_maps[1] if query_maps else None,
        "pathParameters": dict(path_parameters) or None,
        "stageVariables": None,
        "requestContext": context,
        "body": text,
        "isBase64Encoded": encoded,
    }
