"""The archive audit's comparison with each item's first archived version, as a property: whatever
single field a table writer changes in a decision's immutable fields or in an event, with every hash
after it recomputed without the audit key, the stream's archiving of the new version makes verify
report that item ``altered`` (and the MAC check a ``chain_break``). In memory: the bucket, the table
and KMS are fakes with the adapters' interfaces, so Hypothesis can try many changes."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from boto3.dynamodb.types import TypeSerializer
from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.records import DecisionRecord, LogEvent
from preflight.service.archive import archive_object
from preflight.service.archive_audit import ArchiveAudit
from preflight.service.chain import sign_event
from preflight.service.ids import new_decision_id
from preflight.service.integrity import LogMac
from preflight.service.records import IMMUTABLE_FIELDS, sign_record
from preflight.store.archive import StoredVersion
from preflight.store.items import KEY_ATTRIBUTES

from tests.forgery import EVENT_FIELDS, plain_sha256

KEY = "arn:aws:kms:us-east-1:123456789012:key/audit"
SCREENED = datetime(2031, 3, 4, 10, 0, tzinfo=UTC)
_serializer = TypeSerializer()


class FakeKms:
    """GenerateMac/VerifyMac of one HMAC key, as store.vault.KeyVault offers them."""

    secret = b"the audit key never leaves KMS"

    def generate_mac(self, key_id: str, message: bytes) -> bytes:
        return hmac.new(self.secret, message, hashlib.sha256).digest()

    def verify_mac(self, key_id: str, message: bytes, mac: bytes) -> bool:
        return key_id == KEY and hmac.compare_digest(self.generate_mac(key_id, message), mac)


class FakeBucket:
    """Object versions with the time S3 stored them."""

    def __init__(self) -> None:
        self.objects: dict[str, list[tuple[str, datetime, bytes]]] = {}
        self.clock = SCREENED

    def archive(self, image: dict[str, Any]) -> None:
        obj = archive_object(image)
        if obj.key not in self.objects:  # IfNoneMatch: the same content is one object
            self.clock += timedelta(seconds=1)
            self.objects[obj.key] = [("v1", self.clock, obj.body)]

    def list_versions(self, prefix: str) -> Iterator[StoredVersion]:
        for key in sorted(k for k in self.objects if k.startswith(prefix)):
            for version_id, stored, _ in self.objects[key]:
                yield StoredVersion(key, version_id, stored)

    def get_body(self, key: str, version_id: str | None = None) -> bytes:
        return next(body for vid, _, body in self.objects[key] if vid == version_id)


class FakeItems:
    def __init__(self, items: list[dict[str, Any]]) -> None:
        self.items = items

    def typed(self) -> list[dict[str, Any]]:
        return [{k: _serializer.serialize(v) for k, v in item.items()} for item in self.items]

    def decisions_in_range(self, day: str, shard: int, start: str, end: str) -> Iterator[dict[str, Any]]:
        if shard == 0:
            yield from (i for i in self.typed() if i["SK"]["S"] == "#DECISION")

    def partition(self, decision_id: str) -> list[dict[str, Any]]:
        return self.typed()


def record_signed(attributes: dict[str, Any], mac: LogMac) -> dict[str, Any]:
    return sign_record(DecisionRecord.from_attributes(attributes), mac).attributes()


def _log(mac: LogMac) -> list[dict[str, Any]]:
    """A flagged decision and its review, signed with the audit key."""
    decision_id = new_decision_id(SCREENED)
    at = SCREENED.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    decision = record_signed(
        {
            "decision_id": decision_id, "screened_at": at, "day": at[:10], "author": "ann", "channel": "x",
            "metadata": {"campaign": "spring"}, "client_id": "c1", "decision": "flag",
            "status": "rejected_by_reviewer", "findings": [{"category": "pii.phone", "start": 11, "end": 23}],
            "categories": ["pii.phone"], "redacted_text": "Call me at ************",
            "text_fingerprint": "ab" * 32,
            "policy_version": "p1", "engine_version": "e1", "complete": True, "request_id": "r1",
            "original": {"ciphertext": "c2VhbGVk"},
        },
        mac,
    )  # fmt: skip
    decision |= {"PK": f"DEC#{decision_id}", "SK": "#DECISION"}
    event = sign_event(
        LogEvent(
            decision_id=decision_id, seq=1, prev_hash=decision["record_hash"], type="review", actor="rita",
            at=at, action="reject", note="no phone numbers", previous_status="pending_review",
            new_status="rejected_by_reviewer",
        ),
        mac,
    ).attributes()  # fmt: skip
    return [decision, event | {"PK": f"DEC#{decision_id}", "SK": "EVENT#000001"}]


def _hashes_recomputed(items: list[dict[str, Any]], sk: str, field: str, value: Any) -> list[dict[str, Any]]:
    decision, event = (dict(i) for i in items)
    if sk == "#DECISION":
        decision[field] = value
        decision["record_hash"] = plain_sha256("record", {k: decision.get(k) for k in IMMUTABLE_FIELDS})
    else:
        event[field] = value
    event["prev_hash"] = decision["record_hash"]
    body = {k: v for k, v in event.items() if k not in KEY_ATTRIBUTES and k != "event_hash"}
    event["event_hash"] = plain_sha256("event", body)
    return [decision, event]


VALUES = st.one_of(st.text(max_size=12), st.integers(-3, 10**6), st.booleans(), st.none())


@settings(max_examples=150, deadline=None)
@given(
    target=st.sampled_from(["#DECISION", "EVENT#000001"]),
    record_field=st.sampled_from(IMMUTABLE_FIELDS),
    event_field=st.sampled_from(EVENT_FIELDS),
    value=VALUES,
)
def test_a_rewritten_item_archived_beside_its_first_version_is_altered(
    target: str, record_field: str, event_field: str, value: Any
) -> None:
    mac = LogMac(KEY, vault=FakeKms())  # type: ignore[arg-type]
    items = _log(mac)
    bucket, table = FakeBucket(), FakeItems(items)
    for image in table.typed():
        bucket.archive(image)
    audit = ArchiveAudit(table, bucket, shards=1, mac=mac)  # type: ignore[arg-type]
    window = (SCREENED, SCREENED + timedelta(seconds=1))
    assert audit.verify(*window).problems == []

    field = record_field if target == "#DECISION" else event_field
    if value == items[0 if target == "#DECISION" else 1].get(field):
        value = f"{value}-changed"
    table.items = _hashes_recomputed(items, target, field, value)
    for image in table.typed():  # the stream archives the new versions
        bucket.archive(image)
    report = audit.verify(*window)
    altered = {p.sk for p in report.problems if p.kind == "altered"}
    assert target in altered, report.problems
    assert any(p.kind == "chain_break" for p in report.problems), report.problems
