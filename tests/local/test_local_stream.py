"""The local runner's stream path (preflight_tools.local.streams): the template's filter, and the embedded
table's real DynamoDB stream read into ArchiveFunction's handler."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from preflight.service.archive import archive_object, parse_key
from preflight.streams import archive as archive_stream
from preflight_tools.local.streams import StreamPoller, filter_patterns, function_spec, lambda_record, matches
from preflight_tools.local.template import load_template

from tests.archive.conftest import (
    REPO,
    Archive,
    archive_environment,
    bodies,
    new_archive,
    partition,
    screen,
    table_name,
)


# The archive tests' moto environment, for this module only: the runners that later modules of
# tests/local start in subprocesses must not inherit its variables.
@pytest.fixture(scope="module")
def archive_aws() -> Iterator[None]:
    with archive_environment():
        yield


@pytest.fixture(scope="module")
def screen_handler(archive_aws: None) -> Any:
    return importlib.import_module("functions.screen.app").lambda_handler


@pytest.fixture(scope="module")
def dynamodb(archive_aws: None) -> Any:
    return boto3.client("dynamodb")


@pytest.fixture
def s3(archive_aws: None) -> Any:
    return boto3.client("s3")


@pytest.fixture
def archive(archive_aws: None, s3: Any) -> Archive:
    return new_archive(s3)


def _record(pk: str, event_name: str = "INSERT") -> dict[str, Any]:
    keys = {"PK": {"S": pk}, "SK": {"S": "#X"}}
    return {"eventName": event_name, "dynamodb": {"Keys": keys, "NewImage": keys, "SequenceNumber": "1"}}


def test_the_template_keeps_decisions_and_events_only() -> None:
    spec = function_spec(load_template(REPO / "template.yaml"))
    assert spec["event"]["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
    assert spec["event"]["DestinationConfig"]["OnFailure"]["Destination"] == {
        "Fn::GetAtt": "ArchiveFailureBucket.Arn"
    }
    patterns = filter_patterns(spec["event"])
    kept = lambda record: any(matches(p, record) for p in patterns)  # noqa: E731
    assert kept(_record("DEC#01HWV9KJZZH6FY72NTXM163NBM"))
    assert kept(_record("DEC#01HWV9KJZZH6FY72NTXM163NBM", "MODIFY"))
    assert not kept(_record("DEC#01HWV9KJZZH6FY72NTXM163NBM", "REMOVE"))
    assert not kept(_record("COUNT#2026-01-01#03"))
    assert not kept(_record("GUARD#client-a#abc"))


def test_the_embedded_stream_is_archived_once(
    screen_handler: Any, dynamodb: Any, s3: Any, archive: Archive
) -> None:
    decision_id = screen(screen_handler, "Mail me at jane.doe@gmail.com", key="stream-check")
    spec = function_spec(load_template(REPO / "template.yaml"))

    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        return archive_stream.handle(event, context, archive.service)

    def drain() -> int:
        """A reader from the stream's start (as a restarted runner is), until nothing is left."""
        poller = StreamPoller(
            table_name(),
            handler,
            spec["event"],
            dynamodb=boto3.client("dynamodb"),
            streams=boto3.client("dynamodbstreams"),
            lock=threading.Lock(),
        )
        read = 0
        while batch := poller.poll_once():
            read += batch
        return read

    assert drain() >= 3  # the decision, its guard and its counter at least
    stored = bodies(s3, archive.name)
    (image,) = partition(dynamodb, decision_id)
    assert archive_object(image).key in stored
    # Only decision-log items: the guards and counters written with decisions are not archived.
    parts = {parse_key(key).sk_part[:5] for key in stored}  # type: ignore[union-attr]
    assert parts <= {"DECIS", "EVENT"} and "DECIS" in parts
    versions = s3.list_object_versions(Bucket=archive.name)["Versions"]
    # A second reader from the stream's start writes nothing new.
    drain()
    assert s3.list_object_versions(Bucket=archive.name)["Versions"] == versions


def test_stream_records_take_lambdas_shape() -> None:
    from datetime import UTC, datetime

    record = {
        "eventID": "e1",
        "eventName": "INSERT",
        "eventVersion": "1.1",
        "awsRegion": "us-east-1",
        "dynamodb": {
            "ApproximateCreationDateTime": datetime(2026, 1, 1, tzinfo=UTC),
            "Keys": {"PK": {"S": "DEC#X"}, "SK": {"S": "#DECISION"}},
            "NewImage": {"PK": {"S": "DEC#X"}, "SK": {"S": "#DECISION"}, "blob": {"B": b"\x00\x01"}},
            "SequenceNumber": "7",
            "SizeBytes": 10,
            "StreamViewType": "NEW_IMAGE",
        },
    }
    shaped = lambda_record(record, "arn:stream", "us-east-1")
    assert shaped["eventSource"] == "aws:dynamodb" and shaped["eventSourceARN"] == "arn:stream"
    assert shaped["dynamodb"]["ApproximateCreationDateTime"] == 1767225600
    assert shaped["dynamodb"]["NewImage"]["blob"] == {"B": "AAE="}
