"""The service under moto: tables created from template.yaml itself, so tests and infrastructure
cannot drift; handlers driven with the API Gateway events in events/."""

from __future__ import annotations

import importlib
import io
import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from moto import mock_aws
from preflight_tools.local.template import create_table_from_template, load_template

REPO = Path(__file__).resolve().parents[2]
EVENTS = REPO / "events"


def template() -> dict[str, Any]:
    return load_template(REPO / "template.yaml")


def create_mac_key(kms: Any, description: str = "audit MAC") -> str:
    """An HMAC key as template.yaml's AuditMacKey: the ARN the functions get."""
    made = kms.create_key(Description=description, KeySpec="HMAC_256", KeyUsage="GENERATE_VERIFY_MAC")
    return made["KeyMetadata"]["Arn"]


@pytest.fixture(scope="session")
def log_mac(aws_env: None) -> Any:
    """The audit MAC key the handlers use (generate and verify)."""
    from preflight.service.integrity import LogMac

    return LogMac(os.environ["PREFLIGHT_AUDIT_MAC_KEY_ID"])


@pytest.fixture(scope="session")
def aws_env() -> Iterator[None]:
    env = {
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "POWERTOOLS_TRACE_DISABLED": "1",
        "POWERTOOLS_SERVICE_NAME": "preflight",
        "POWERTOOLS_METRICS_NAMESPACE": "Preflight",
        "PREFLIGHT_TABLE_NAME": "decisions-test",
        "PREFLIGHT_IDEMPOTENCY_TABLE_NAME": "idempotency-test",
    }
    old = {k: os.environ.get(k) for k in (*env, "PREFLIGHT_AUDIT_MAC_KEY_ID", "PREFLIGHT_CURSOR_SECRET_ARN")}
    os.environ.update(env)
    with mock_aws():
        kms = boto3.client("kms")
        key_id = kms.create_key(Description="originals")["KeyMetadata"]["Arn"]
        secret = boto3.client("secretsmanager").create_secret(
            Name="fingerprint", SecretString="s3cr3t-hmac-key"
        )
        os.environ["PREFLIGHT_ORIGINALS_KEY_ID"] = key_id
        os.environ["PREFLIGHT_FINGERPRINT_SECRET_ARN"] = secret["ARN"]
        os.environ["PREFLIGHT_AUDIT_MAC_KEY_ID"] = create_mac_key(kms)
        os.environ["PREFLIGHT_CURSOR_SECRET_ARN"] = boto3.client("secretsmanager").create_secret(
            Name="cursors", SecretString="cursor-hmac-key"
        )["ARN"]
        dynamodb = boto3.client("dynamodb")
        create_table_from_template(dynamodb, "DecisionsTable", env["PREFLIGHT_TABLE_NAME"])
        create_table_from_template(dynamodb, "IdempotencyTable", env["PREFLIGHT_IDEMPOTENCY_TABLE_NAME"])
        from preflight.settings import get_settings

        get_settings.cache_clear()
        yield
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    from preflight.settings import get_settings

    get_settings.cache_clear()


@pytest.fixture(scope="session")
def screen_handler(aws_env: None) -> Any:
    return importlib.import_module("functions.screen.app").lambda_handler


@pytest.fixture(scope="session")
def decision_handler(aws_env: None) -> Any:
    return importlib.import_module("functions.get_decision.app").lambda_handler


@pytest.fixture(scope="session")
def table(aws_env: None) -> Any:
    return boto3.resource("dynamodb").Table(os.environ["PREFLIGHT_TABLE_NAME"])


class FakeContext:
    function_name = "preflight-test"
    memory_limit_in_mb = 1769
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:preflight-test"
    aws_request_id = "req-test"

    @staticmethod
    def get_remaining_time_in_millis() -> int:
        return 30_000


def load_event(name: str) -> dict[str, Any]:
    return json.loads((EVENTS / f"{name}.json").read_text())


def screen_event(
    body: Any = None,
    *,
    role: str = "screen",
    client_id: str = "client-a",
    key: str | None = None,
    content_type: str = "application/json",
    raw_body: str | None = None,
    key_header: str = "Idempotency-Key",
) -> dict[str, Any]:
    event = load_event("screen_valid")
    event["headers"] = {k: v for k, v in event["headers"].items() if k.lower() != "idempotency-key"}
    event["headers"]["Content-Type"] = content_type
    event["multiValueHeaders"] = {k: [v] for k, v in event["headers"].items()}
    if key is not None:
        event["headers"][key_header] = key
        event["multiValueHeaders"][key_header] = [key]
    event["body"] = raw_body if raw_body is not None else json.dumps(body)
    event["requestContext"]["authorizer"] = {"claims": claims_for(role, client_id)}
    return event


def decision_event(decision_id: str, *, role: str, client_id: str = "client-a") -> dict[str, Any]:
    event = load_event("get_decision_review")
    event["path"] = f"/decisions/{decision_id}"
    event["pathParameters"] = {"id": decision_id}
    event["requestContext"]["path"] = (
        event["requestContext"].get("path", "").rsplit("/", 1)[0] + f"/{decision_id}"
    )
    event["requestContext"]["authorizer"] = {"claims": claims_for(role, client_id)}
    return event


def claims_for(role: str, client_id: str = "client-a", user: str | None = None) -> dict[str, str]:
    if role == "none":
        return {}
    if role == "screen":
        return {"client_id": client_id, "scope": "preflight/screen", "token_use": "access", "sub": client_id}
    if role == "nobody":
        return {
            "client_id": client_id,
            "scope": "openid",
            "token_use": "access",
            "sub": "u1",
            "username": "eve",
        }
    return {
        "client_id": "people-app",
        "scope": "openid email aws.cognito.signin.user.admin",
        "cognito:groups": role,
        "username": user or f"{role}-user",
        "sub": f"{role}-sub",
        "token_use": "access",
    }


def api_event(
    method: str,
    resource: str,
    *,
    role: str,
    params: dict[str, str] | None = None,
    query: dict[str, str] | None = None,
    body: Any = None,
    user: str | None = None,
    client_id: str = "client-a",
) -> dict[str, Any]:
    """An API Gateway proxy event for any route, from the shape of the files in events/."""
    event = load_event("get_decision_review")
    path = resource
    for name, value in (params or {}).items():
        path = path.replace("{" + name + "}", value)
    event |= {
        "resource": resource,
        "path": path,
        "httpMethod": method,
        "pathParameters": params or None,
        "queryStringParameters": query or None,
        "multiValueQueryStringParameters": {k: [v] for k, v in query.items()} if query else None,
        "body": json.dumps(body) if body is not None else None,
    }
    if body is not None:
        event["headers"] = {**event["headers"], "Content-Type": "application/json"}
        event["multiValueHeaders"] = {**event["multiValueHeaders"], "Content-Type": ["application/json"]}
    context = event["requestContext"]
    context |= {"resourcePath": resource, "httpMethod": method, "path": f"/v1{path}"}
    context["authorizer"] = {"claims": claims_for(role, client_id, user)}
    return event


@pytest.fixture(scope="session")
def review_handler(aws_env: None) -> Any:
    return importlib.import_module("functions.review.app").lambda_handler


@pytest.fixture(scope="session")
def audit_handler(aws_env: None) -> Any:
    return importlib.import_module("functions.audit.app").lambda_handler


@pytest.fixture(scope="session")
def original_handler(aws_env: None) -> Any:
    return importlib.import_module("functions.original.app").lambda_handler


def call(handler: Any, event: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    response = handler(event, FakeContext())
    return response["statusCode"], json.loads(response["body"])


# --- inspecting the tables (scans here are the test's own, never the application's) ---


@pytest.fixture(scope="session")
def dynamodb(aws_env: None) -> Any:
    return boto3.client("dynamodb")


def raw_item(dynamodb: Any, pk: str, sk: str) -> dict[str, Any] | None:
    """The item exactly as DynamoDB holds it (attribute-value JSON)."""
    return dynamodb.get_item(
        TableName=os.environ["PREFLIGHT_TABLE_NAME"],
        Key={"PK": {"S": pk}, "SK": {"S": sk}},
        ConsistentRead=True,
    ).get("Item")


def scan_all(dynamodb: Any, table_name: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for page in dynamodb.get_paginator("scan").paginate(TableName=table_name, ConsistentRead=True):
        items.extend(page["Items"])
    return items


def decision_items(dynamodb: Any) -> list[dict[str, Any]]:
    return [
        i
        for i in scan_all(dynamodb, os.environ["PREFLIGHT_TABLE_NAME"])
        if i["PK"]["S"].startswith("DEC#") and i["SK"]["S"] == "#DECISION"
    ]


def counter_items(dynamodb: Any) -> dict[str, dict[str, int]]:
    """{PK: {counter: n}} for every COUNT# item."""
    return {
        i["PK"]["S"]: {k: int(v["N"]) for k, v in i.items() if "N" in v}
        for i in scan_all(dynamodb, os.environ["PREFLIGHT_TABLE_NAME"])
        if i["PK"]["S"].startswith("COUNT#")
    }


def table_snapshot(dynamodb: Any) -> tuple[int, dict[str, dict[str, int]]]:
    """(number of decision items, every counter) - to show that a call wrote nothing."""
    return len(decision_items(dynamodb)), counter_items(dynamodb)


@pytest.fixture
def captured_logs() -> Iterator[io.StringIO]:
    """Everything the Powertools Logger writes (JSON lines) during the test.

    The Logger's handler holds the stream it was created with, so capsys cannot see it; the
    stream is swapped for a buffer here and restored after."""
    from preflight.observability import logger

    buffer = io.StringIO()
    handlers = [h for h in logger.handlers if isinstance(h, logging.StreamHandler)]
    assert handlers, "the Powertools Logger has no stream handler"
    old = [h.setStream(buffer) for h in handlers]
    try:
        yield buffer
    finally:
        for handler, stream in zip(handlers, old, strict=True):
            handler.setStream(stream)
