"""The archive under moto: decisions made by the real screening handler, stream events in the shape
`sam local generate-event dynamodb update` gives (events/dynamodb_stream.json), an Object Lock bucket
created as the template declares it.

tests/service's session fixture sets up moto once per session and is not re-entrant; the screening
handler binds to the environment it is first imported in. So this package reuses that environment
when tests/service already imported the handler, and otherwise sets up its own and tears it down
(moto stopped, the handler's modules forgotten) before tests/service runs.
"""

from __future__ import annotations

import copy
import importlib
import json
import os
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import boto3
import pytest
from boto3.dynamodb.types import TypeSerializer
from moto import mock_aws
from preflight.service import chain
from preflight.service.archive import ArchiveService
from preflight.service.archive_audit import plain_item
from preflight.settings import get_settings
from preflight.store.archive import ArchiveBucket
from preflight_tools.local.streams import create_bucket
from preflight_tools.local.template import create_table_from_template, load_template

from tests.forgery import Hasher, relink
from tests.service.conftest import (  # noqa: F401
    EVENTS,
    REPO,
    FakeContext,
    call,
    captured_logs,
    create_mac_key,
    screen_event,
)

NEW_STATUS = {"approve": "approved_by_reviewer", "reject": "rejected_by_reviewer"}
SCREEN_MODULES = ("functions.screen.app", "preflight.api.screen")
ENV = {
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "POWERTOOLS_TRACE_DISABLED": "1",
    "POWERTOOLS_SERVICE_NAME": "preflight",
    "POWERTOOLS_METRICS_NAMESPACE": "Preflight",
    "PREFLIGHT_TABLE_NAME": "decisions-test",
    "PREFLIGHT_IDEMPOTENCY_TABLE_NAME": "idempotency-test",
    # DynamoDB Streams' DescribeStream answers 404 under moto 5.2.5 with current botocore otherwise.
    "AWS_ACCOUNT_ID_ENDPOINT_MODE": "disabled",
}


@contextmanager
def archive_environment() -> Iterator[None]:
    """moto (or tests/service's, when active) with the tables, keys and environment the handlers
    need; on leaving, the environment as it was and the handlers' modules forgotten."""
    reuse = all(name in sys.modules for name in SCREEN_MODULES)
    old = {
        k: os.environ.get(k)
        for k in (
            *ENV,
            "PREFLIGHT_ORIGINALS_KEY_ID",
            "PREFLIGHT_FINGERPRINT_SECRET_ARN",
            "PREFLIGHT_AUDIT_MAC_KEY_ID",
        )
    }
    mock = None
    if reuse:  # tests/service's aws_env is active: its tables, keys and the handler bound to them
        os.environ["AWS_ACCOUNT_ID_ENDPOINT_MODE"] = "disabled"
    else:
        os.environ.update(ENV)
        mock = mock_aws()
        mock.start()
        os.environ["PREFLIGHT_ORIGINALS_KEY_ID"] = boto3.client("kms").create_key()["KeyMetadata"]["Arn"]
        os.environ["PREFLIGHT_FINGERPRINT_SECRET_ARN"] = boto3.client("secretsmanager").create_secret(
            Name="archive-fingerprint", SecretString="s3cr3t-hmac-key"
        )["ARN"]
        os.environ["PREFLIGHT_AUDIT_MAC_KEY_ID"] = create_mac_key(boto3.client("kms"), "archive audit MAC")
        dynamodb = boto3.client("dynamodb")
        create_table_from_template(dynamodb, "DecisionsTable", ENV["PREFLIGHT_TABLE_NAME"])
        create_table_from_template(dynamodb, "IdempotencyTable", ENV["PREFLIGHT_IDEMPOTENCY_TABLE_NAME"])
        get_settings.cache_clear()
    yield
    if mock is not None:
        mock.stop()
        for name in (*SCREEN_MODULES, "functions.archive.app"):
            sys.modules.pop(name, None)
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    get_settings.cache_clear()


@pytest.fixture(scope="package")
def archive_aws() -> Iterator[None]:
    with archive_environment():
        yield


@pytest.fixture(scope="package")
def screen_handler(archive_aws: None) -> Any:
    return importlib.import_module("functions.screen.app").lambda_handler


@pytest.fixture(scope="package")
def dynamodb(archive_aws: None) -> Any:
    return boto3.client("dynamodb")


@pytest.fixture
def s3(archive_aws: None) -> Any:
    return boto3.client("s3")


@dataclass
class Archive:
    """One test's bucket (Object Lock, as in the template) and the service writing to it."""

    name: str
    key_arn: str
    service: ArchiveService


@pytest.fixture
def archive(archive_aws: None, s3: Any) -> Archive:
    return new_archive(s3)


def new_archive(s3: Any) -> Archive:
    """A bucket of its own (Object Lock, as in the template) and the service writing to it."""
    name = f"archive-test-{uuid.uuid4().hex[:12]}"
    key_arn = create_bucket(s3, boto3.client("kms"), load_template(REPO / "template.yaml"), name)
    return Archive(name, key_arn, ArchiveService(ArchiveBucket(name, key_arn)))


def audit_mac() -> Any:
    """The audit MAC key the handlers sign with (the writers' right, as the review API holds it)."""
    from preflight.service.integrity import LogMac

    return LogMac(get_settings().audit_mac_key_id)


def table_name() -> str:
    return get_settings().table_name


def now() -> datetime:
    return datetime.now(UTC)


class Window:
    """[start, end) around the decisions a test makes, so others in the table stay out of it."""

    def __init__(self) -> None:
        self.start = now() - timedelta(milliseconds=1)
        self.end: datetime | None = None

    def close(self) -> tuple[str, str]:
        time.sleep(0.002)
        self.end = now() + timedelta(milliseconds=1)
        return iso(self.start), iso(self.end)


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def screen(handler: Any, text: str, *, key: str | None = None, author: str = "jane") -> str:
    status, body = call(handler, screen_event({"text": text, "author": author, "channel": "x"}, key=key))
    assert status == 200, body
    return body["decision_id"]


def partition(dynamodb: Any, decision_id: str) -> list[dict[str, Any]]:
    """A decision's items exactly as DynamoDB holds them (typed JSON), in SK order."""
    return dynamodb.query(
        TableName=table_name(),
        KeyConditionExpression="PK = :pk",
        ExpressionAttributeValues={":pk": {"S": f"DEC#{decision_id}"}},
        ConsistentRead=True,
    )["Items"]


def stream_event(
    images: list[dict[str, Any]], *, event_name: str = "INSERT", first_seq: int = 1
) -> dict[str, Any]:
    """A Lambda DynamoDB stream event carrying ``images`` (NEW_IMAGE view), built on the record that
    `sam local generate-event dynamodb update` produces."""
    sample = json.loads((EVENTS / "dynamodb_stream.json").read_text())["Records"][0]
    records = []
    for n, image in enumerate(images):
        record = copy.deepcopy(sample)
        record["eventName"] = event_name
        record["eventID"] = uuid.uuid4().hex
        record["eventSourceARN"] = (
            f"arn:aws:dynamodb:us-east-1:123456789012:table/{table_name()}/stream/2026-01-01T00:00:00.000"
        )
        record["dynamodb"] = {
            "ApproximateCreationDateTime": int(time.time()),
            "Keys": {"PK": image["PK"], "SK": image["SK"]},
            "NewImage": image,
            "SequenceNumber": f"{first_seq + n:028d}",
            "SizeBytes": len(json.dumps(image)),
            "StreamViewType": "NEW_IMAGE",
        }
        records.append(record)
    return {"Records": records}


def add_event(dynamodb: Any, decision_id: str, event_type: str, actor: str, **fields: Any) -> dict[str, Any]:
    """Append a history event as the design writes it (seq, prev_hash, event_hash); for a review,
    move the decision's status too. The review API is built elsewhere; this is its data contract."""
    items = partition(dynamodb, decision_id)
    decision = plain_item(next(i for i in items if i["SK"]["S"] == "#DECISION"))
    events = [plain_item(i) for i in items if i["SK"]["S"].startswith("EVENT#")]
    seq = len(events) + 1
    at = iso(now())[:23] + "Z"
    event: dict[str, Any] = {
        "decision_id": decision_id,
        "seq": seq,
        "type": event_type,
        "actor": actor,
        "at": at,
        "prev_hash": events[-1]["event_hash"] if events else decision["record_hash"],
        **fields,
        "mac_key_id": audit_mac().key_id,
    }
    if event_type == "review":
        event["previous_status"] = decision["status"]
        event["new_status"] = NEW_STATUS[fields["action"]]
    event["event_hash"] = audit_mac().sign("event", chain.event_body(event))
    serializer = TypeSerializer()
    item = {k: serializer.serialize(v) for k, v in event.items()}
    item |= {"PK": {"S": f"DEC#{decision_id}"}, "SK": {"S": f"EVENT#{seq:06d}"}}
    dynamodb.put_item(TableName=table_name(), Item=item, ConditionExpression="attribute_not_exists(PK)")
    if event_type == "review":
        dynamodb.update_item(
            TableName=table_name(),
            Key={"PK": {"S": f"DEC#{decision_id}"}, "SK": {"S": "#DECISION"}},
            UpdateExpression="SET #s = :s REMOVE GSI1PK, GSI1SK",
            ExpressionAttributeNames={"#s": "status"},
            ExpressionAttributeValues={":s": {"S": event["new_status"]}},
        )
    return item


def archive_all(archive: Archive, dynamodb: Any, decision_ids: list[str]) -> int:
    written = 0
    for decision_id in decision_ids:
        for image in partition(dynamodb, decision_id):
            written += archive.service.archive(image)[1]
    return written


def bodies(s3: Any, bucket: str) -> dict[str, bytes]:
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket=bucket).get("Contents", [])]
    return {k: s3.get_object(Bucket=bucket, Key=k)["Body"].read() for k in keys}


__all__ = ["FakeContext"]


# --- rewriting the log as whoever can write the table could ---


def rewrite(dynamodb: Any, decision_id: str, changes: dict[str, dict[str, Any]], hasher: Hasher) -> None:
    """Change items of a decision's partition (``changes`` by SK) and recompute every hash from the
    first changed item on with ``hasher``, relinking each ``prev_hash``: a rewrite that leaves no
    link broken, as a table writer would make it. Items before the change are put back unchanged."""
    serializer = TypeSerializer()
    items = [plain_item(i) for i in partition(dynamodb, decision_id)]
    decision, events = relink(
        next(i for i in items if i["SK"] == "#DECISION"),
        [i for i in items if i["SK"].startswith("EVENT#")],
        changes,
        hasher,
    )
    for item in [decision, *events]:
        typed = {k: serializer.serialize(v) for k, v in item.items()}
        dynamodb.put_item(TableName=table_name(), Item=typed)
