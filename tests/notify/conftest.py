"""Notifications under moto: the screening handler writes real decisions, moto's DynamoDB Streams
gives the records DynamoDB would, and a rule on the event bus copies whatever reaches it to an SQS
queue that the tests read.

Everything here lives for this package only (its own tables, key, secret and bus) and is torn down
after it, so tests/service keeps its own session. The screening API module is loaded as a private
copy: the shared one captures the settings of whichever session imports it first.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import boto3
import pytest
from moto import mock_aws
from preflight_tools.local.template import create_table_from_template, load_template

from tests.service.conftest import FakeContext, call, create_mac_key, screen_event

REPO = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"
BUS = "notify-test-PreflightEvents"

# The drafts: one with raw sensitive values (phone, e-mail, card) and a confidentiality marking, and
# a clean one.
PHONE, EMAIL, CARD = "415.555.0199", "jane.doe@gmail.com", "4111 1111 1111 1111"
FLAGGED_TEXT = f"Call me at {PHONE} or mail {EMAIL}, card {CARD}: the new pricing is under NDA until Monday!"
CLEAN_TEXT = "Happy Friday from the whole team!"
RAW_VALUES = (PHONE, EMAIL, CARD, "4111111111111111", "NDA until Monday", "Happy Friday", "jane")


@dataclass
class Aws:
    table_name: str
    stream_arn: str
    bus_name: str
    queue_url: str
    dynamodb: Any
    events: Any
    sqs: Any


@pytest.fixture(scope="package")
def aws() -> Iterator[Aws]:
    env = {
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        # moto 5.2.5 with current botocore: DynamoDB Streams answers 404 without it.
        "AWS_ACCOUNT_ID_ENDPOINT_MODE": "disabled",
        "POWERTOOLS_TRACE_DISABLED": "1",
        "POWERTOOLS_SERVICE_NAME": "preflight",
        "POWERTOOLS_METRICS_NAMESPACE": "Preflight",
        "PREFLIGHT_TABLE_NAME": "notify-test-decisions",
        "PREFLIGHT_IDEMPOTENCY_TABLE_NAME": "notify-test-idempotency",
        "PREFLIGHT_EVENT_BUS_NAME": BUS,
    }
    keys = [
        *env,
        "PREFLIGHT_ORIGINALS_KEY_ID",
        "PREFLIGHT_FINGERPRINT_SECRET_ARN",
        "PREFLIGHT_AUDIT_MAC_KEY_ID",
    ]
    old = {k: os.environ.get(k) for k in keys}
    os.environ.update(env)
    mock = mock_aws()
    mock.start()
    try:
        kms_key = boto3.client("kms").create_key(Description="notify originals")["KeyMetadata"]["Arn"]
        secret = boto3.client("secretsmanager").create_secret(
            Name="notify-test-fingerprint", SecretString="notify-hmac-key"
        )
        os.environ["PREFLIGHT_ORIGINALS_KEY_ID"] = kms_key
        os.environ["PREFLIGHT_FINGERPRINT_SECRET_ARN"] = secret["ARN"]
        os.environ["PREFLIGHT_AUDIT_MAC_KEY_ID"] = create_mac_key(boto3.client("kms"), "notify audit MAC")
        dynamodb = boto3.client("dynamodb")
        template = load_template(REPO / "template.yaml")
        create_table_from_template(dynamodb, "DecisionsTable", env["PREFLIGHT_TABLE_NAME"], template)
        create_table_from_template(
            dynamodb, "IdempotencyTable", env["PREFLIGHT_IDEMPOTENCY_TABLE_NAME"], template
        )
        stream_arn = dynamodb.describe_table(TableName=env["PREFLIGHT_TABLE_NAME"])["Table"][
            "LatestStreamArn"
        ]
        events, sqs = boto3.client("events"), boto3.client("sqs")
        events.create_event_bus(Name=BUS)
        queue_url = sqs.create_queue(QueueName="notify-test-capture")["QueueUrl"]
        queue_arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"][
            "QueueArn"
        ]
        events.put_rule(Name="capture", EventBusName=BUS, EventPattern=json.dumps({"source": ["Preflight"]}))
        events.put_targets(Rule="capture", EventBusName=BUS, Targets=[{"Id": "queue", "Arn": queue_arn}])
        _clear_settings()
        yield Aws(env["PREFLIGHT_TABLE_NAME"], stream_arn, BUS, queue_url, dynamodb, events, sqs)
    finally:
        mock.stop()
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        _clear_settings()


def _clear_settings() -> None:
    from preflight.settings import get_settings

    get_settings.cache_clear()


@pytest.fixture(scope="package")
def screen_handler(aws: Aws) -> Iterator[Any]:
    """POST /screen exactly as functions/screen/app.py serves it, over a private copy of its module."""
    from preflight.api.common import lambda_entry

    name = "_notify_tests_api_screen"
    spec = importlib.util.spec_from_file_location(name, REPO / "layers/preflight/preflight/api/screen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
        yield lambda_entry(module.app)
    finally:
        sys.modules.pop(name, None)


@pytest.fixture(scope="package")
def notify_handler(aws: Aws) -> Any:
    """The NotifyFunction entry point (functions/notify/app.py)."""
    return importlib.import_module("functions.notify.app").lambda_handler


@pytest.fixture
def capture(aws: Aws) -> Iterator[Any]:
    """capture() -> the EventBridge events that reached the bus since the test started."""
    drain(aws)
    yield lambda: drain(aws)


def drain(aws: Aws) -> list[dict[str, Any]]:
    seen: list[dict[str, Any]] = []
    while True:
        messages = aws.sqs.receive_message(QueueUrl=aws.queue_url, MaxNumberOfMessages=10).get("Messages", [])
        if not messages:
            return seen
        for message in messages:
            seen.append(json.loads(message["Body"]))
            aws.sqs.delete_message(QueueUrl=aws.queue_url, ReceiptHandle=message["ReceiptHandle"])


def screen(handler: Any, text: str, *, channel: str = "x", key: str | None = None) -> dict[str, Any]:
    body = {"text": text, "author": "jane", "channel": channel, "metadata": {"campaign": "spring"}}
    status, answer = call(handler, screen_event(body, key=key))
    assert status == 200, answer
    return answer


def raw_item(aws: Aws, pk: str, sk: str) -> dict[str, Any]:
    item = aws.dynamodb.get_item(
        TableName=aws.table_name, Key={"PK": {"S": pk}, "SK": {"S": sk}}, ConsistentRead=True
    ).get("Item")
    assert item is not None, (pk, sk)
    return item


# --- stream records in the shape Lambda delivers them ---

_sequence = iter(range(10**20, 10**21))


def stream_record(
    new_image: dict[str, Any], *, event_name: str = "INSERT", sequence: str | None = None
) -> dict:
    """A Lambda DynamoDB-stream record (`sam local generate-event dynamodb update`, tests/notify/data)
    carrying ``new_image`` (attribute-value JSON, as DynamoDB holds the item)."""
    template = json.loads((DATA / "dynamodb_stream_insert.json").read_text())["Records"][0]
    record = copy.deepcopy(template)
    record["eventName"] = event_name
    record["eventID"] = f"{next(_sequence):x}"
    record["dynamodb"]["Keys"] = {"PK": new_image["PK"], "SK": new_image["SK"]}
    record["dynamodb"]["NewImage"] = new_image
    record["dynamodb"]["SequenceNumber"] = sequence or str(next(_sequence))
    record["dynamodb"]["SizeBytes"] = len(json.dumps(new_image))
    record["dynamodb"]["StreamViewType"] = "NEW_IMAGE"
    return record


def stream_event(*records: dict[str, Any]) -> dict[str, Any]:
    return {"Records": list(records)}


def read_stream(aws: Aws) -> list[dict[str, Any]]:
    """Every record of the table's stream so far, as moto's DynamoDB Streams returns it, turned into
    the Lambda event-record shape (Lambda adds eventSourceARN; the time is epoch seconds)."""
    streams = boto3.client("dynamodbstreams")
    records: list[dict[str, Any]] = []
    for shard in streams.describe_stream(StreamArn=aws.stream_arn)["StreamDescription"]["Shards"]:
        iterator = streams.get_shard_iterator(
            StreamArn=aws.stream_arn, ShardId=shard["ShardId"], ShardIteratorType="TRIM_HORIZON"
        )["ShardIterator"]
        while iterator:
            page = streams.get_records(ShardIterator=iterator, Limit=1000)
            records.extend(page["Records"])
            if not page["Records"]:
                break
            iterator = page.get("NextShardIterator")
    lambda_records = []
    for record in records:
        record = copy.deepcopy(record)
        created = record["dynamodb"].get("ApproximateCreationDateTime")
        if isinstance(created, datetime):
            record["dynamodb"]["ApproximateCreationDateTime"] = int(created.timestamp())
        record["eventVersion"] = "1.1"
        record["eventSourceARN"] = aws.stream_arn
        lambda_records.append(record)
    return lambda_records


def context() -> FakeContext:
    return FakeContext()
