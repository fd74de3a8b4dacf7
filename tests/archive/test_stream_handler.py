"""ArchiveFunction: stream events (the shape `sam local generate-event dynamodb update` gives) to
Object Lock objects; partial batch failures; replays."""

from __future__ import annotations

import hashlib
import importlib
import json
from typing import Any

import pytest
import rfc8785
from preflight.service.archive import ArchiveService, archive_object
from preflight.service.ids import decision_day, decision_time
from preflight.store.archive import ArchiveBucket, ArchiveUnavailable
from preflight.streams import archive as archive_stream

from tests.archive.conftest import Archive, FakeContext, bodies, partition, screen, stream_event

SENSITIVE_DRAFT = "Mail me at jane.doe@gmail.com or pay with card 4111 1111 1111 1111 today"


@pytest.fixture
def archive_handler(archive: Archive, monkeypatch: pytest.MonkeyPatch) -> Any:
    """functions/archive/app.py's handler, configured for this test's bucket through its environment."""
    from preflight.settings import get_settings

    monkeypatch.setenv("PREFLIGHT_ARCHIVE_BUCKET", archive.name)
    monkeypatch.setenv("PREFLIGHT_ARCHIVE_KEY_ID", archive.key_arn)
    get_settings.cache_clear()
    monkeypatch.setattr(archive_stream, "_service", None)
    yield importlib.import_module("functions.archive.app").lambda_handler
    get_settings.cache_clear()


def test_a_decision_becomes_one_locked_canonical_object(
    screen_handler: Any, dynamodb: Any, s3: Any, archive: Archive, archive_handler: Any
) -> None:
    decision_id = screen(screen_handler, SENSITIVE_DRAFT)
    (image,) = partition(dynamodb, decision_id)
    answer = archive_handler(stream_event([image]), FakeContext())
    assert answer == {"batchItemFailures": []}

    stored = bodies(s3, archive.name)
    assert len(stored) == 1
    key, body = next(iter(stored.items()))
    sha = hashlib.sha256(body).hexdigest()
    screened_at = image["screened_at"]["S"]
    assert key == f"v1/{screened_at[:10]}/{decision_id}/DECISION/{sha}.json"
    assert decision_day(decision_id) == screened_at[:10]
    assert decision_time(decision_id).strftime("%Y-%m-%dT%H:%M:%S.%f")[:23] + "Z" == screened_at
    # The body is the item's typed JSON, canonical: parsing it gives the table's item back.
    assert json.loads(body) == image
    assert body == rfc8785.dumps(json.loads(body))
    head = s3.head_object(Bucket=archive.name, Key=key)
    assert head["ObjectLockMode"] == "COMPLIANCE"
    assert head["ServerSideEncryption"] == "aws:kms"
    assert head["SSEKMSKeyId"] == archive.key_arn
    with pytest.raises(s3.exceptions.ClientError):
        s3.delete_object(Bucket=archive.name, Key=key, VersionId=head["VersionId"])


def test_replaying_a_batch_writes_nothing(
    screen_handler: Any, dynamodb: Any, s3: Any, archive: Archive, archive_handler: Any
) -> None:
    ids = [screen(screen_handler, f"Happy Friday number {n}!") for n in range(3)]
    event = stream_event([image for i in ids for image in partition(dynamodb, i)])
    assert archive_handler(event, FakeContext()) == {"batchItemFailures": []}
    versions = s3.list_object_versions(Bucket=archive.name)["Versions"]
    assert len(versions) == 3
    # The same records again (Lambda retries from the earliest failed record, so this is normal).
    assert archive_handler(event, FakeContext()) == {"batchItemFailures": []}
    assert s3.list_object_versions(Bucket=archive.name)["Versions"] == versions
    # And the put itself says it found the object.
    image = partition(dynamodb, ids[0])[0]
    assert archive.service.archive(image)[1] is False


def test_a_changed_item_is_a_new_object_beside_the_old(
    screen_handler: Any, dynamodb: Any, s3: Any, archive: Archive, archive_handler: Any
) -> None:
    decision_id = screen(screen_handler, "Call me at 415.555.0199 about the deal")
    (image,) = partition(dynamodb, decision_id)
    assert archive_handler(stream_event([image]), FakeContext()) == {"batchItemFailures": []}
    reviewed = {**image, "status": {"S": "approved_by_reviewer"}}
    reviewed.pop("GSI1PK", None)
    reviewed.pop("GSI1SK", None)
    event = stream_event([reviewed], event_name="MODIFY", first_seq=2)
    assert archive_handler(event, FakeContext()) == {"batchItemFailures": []}
    keys = sorted(bodies(s3, archive.name))
    assert len(keys) == 2
    assert {k.rsplit("/", 1)[0] for k in keys} == {f"v1/{decision_day(decision_id)}/{decision_id}/DECISION"}


class FailingFor(ArchiveBucket):
    """S3 refusing the writes of one decision (throttling, a denied key...), accepting the others."""

    def __init__(self, inner: ArchiveBucket, decision_id: str) -> None:
        super().__init__(inner.bucket, inner.key_id)
        self.decision_id = decision_id

    def put_if_absent(self, key: str, body: bytes, sha256_b64: str) -> bool:
        if f"/{self.decision_id}/" in key:
            raise ArchiveUnavailable("archive write refused: SlowDown")
        return super().put_if_absent(key, body, sha256_b64)


@pytest.mark.parametrize("failure", ["s3_refuses", "malformed_image"])
def test_a_failed_record_is_reported_alone(
    failure: str, screen_handler: Any, dynamodb: Any, s3: Any, archive: Archive
) -> None:
    ids = [screen(screen_handler, f"Our launch event number {n} is on Monday") for n in range(3)]
    images = [partition(dynamodb, i)[0] for i in ids]
    service = archive.service
    if failure == "s3_refuses":
        service = ArchiveService(FailingFor(archive.service.bucket, ids[1]))
    else:  # a DEC# item whose id is not a ULID cannot be filed under a day
        images[1] = {**images[1], "PK": {"S": "DEC#not-a-decision-id"}}
    event = stream_event(images, first_seq=100)
    answer = archive_stream.handle(event, FakeContext(), service)
    failed_sequence = event["Records"][1]["dynamodb"]["SequenceNumber"]
    assert answer == {"batchItemFailures": [{"itemIdentifier": failed_sequence}]}
    stored = bodies(s3, archive.name)
    assert sorted(stored) == sorted(archive_object(images[n]).key for n in (0, 2))


def test_records_outside_the_decision_log_or_without_new_image_are_skipped(archive: Archive, s3: Any) -> None:
    counter = {"PK": {"S": "COUNT#2026-01-01#03"}, "SK": {"S": "#COUNTS"}, "total": {"N": "4"}}
    event = stream_event([counter])
    removed = stream_event([{"PK": {"S": "DEC#01HWV9KJZZH6FY72NTXM163NBM"}, "SK": {"S": "#DECISION"}}])
    removed["Records"][0]["eventName"] = "REMOVE"
    del removed["Records"][0]["dynamodb"]["NewImage"]
    for batch in (event, removed):
        assert archive_stream.handle(batch, FakeContext(), archive.service) == {"batchItemFailures": []}
    assert bodies(s3, archive.name) == {}
