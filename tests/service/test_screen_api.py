"""POST /screen and GET /decisions/{id} through the real handlers, under moto: the round trip, and
the stored item field by field (fingerprint, record hash, sealed original)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import uuid
import zlib
from datetime import UTC, datetime, timedelta
from typing import Any

import boto3
import pytest
import rfc8785
from boto3.dynamodb.types import TypeDeserializer
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tests.service.conftest import call, decision_event, raw_item, screen_event

FLAGGED = {"text": "Call me at 415.555.0199 or mail jo.smith77@gmail.com", "author": "jo", "channel": "x"}
CLEAN = {"text": "Happy Friday from the whole team!", "author": "jo", "channel": "linkedin"}
FINGERPRINT_KEY = b"s3cr3t-hmac-key"  # the secret conftest stores in (moto) Secrets Manager

RESPONSE_FIELDS = {"decision_id", "status", "screened_at", "policy_version", "engine_version", "decision"}
STORED_FIELDS = {
    "decision_id", "screened_at", "author", "channel", "metadata", "client_id", "decision", "status",
    "findings", "redacted_text", "text_fingerprint", "policy_version", "engine_version", "request_id",
    "record_hash", "original",
}  # fmt: skip
FINDING_FIELDS = {"category", "rule_id", "severity", "start", "end", "excerpt"}
KEY_ATTRIBUTES = {"PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK", "GSI3PK", "GSI3SK"}
# Not under the record hash: the status (review changes it), the hash itself, and the day (derived
# from screened_at, kept only for the counters and the time index).
MUTABLE_OR_DERIVED = {"status", "record_hash", "day"}


def _plain(value: Any) -> Any:
    from decimal import Decimal

    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _stored(dynamodb: Any, decision_id: str) -> dict[str, Any]:
    raw = raw_item(dynamodb, f"DEC#{decision_id}", "#DECISION")
    assert raw is not None, f"no item for {decision_id}"
    deserializer = TypeDeserializer()
    return {k: _plain(deserializer.deserialize(v)) for k, v in raw.items()}


@pytest.mark.parametrize(
    ("draft", "decision", "status", "categories"),
    [
        pytest.param(FLAGGED, "flag", "pending_review", {"pii.phone", "pii.email"}, id="flagged"),
        pytest.param(CLEAN, "approve", "approved", set(), id="clean"),
    ],
)
def test_screen_round_trip(screen_handler, decision_handler, draft, decision, status, categories) -> None:
    status_code, body = call(screen_handler, screen_event(draft))
    assert status_code == 200, body
    assert set(body) >= RESPONSE_FIELDS
    assert (body["decision"], body["status"]) == (decision, status)
    assert {f["category"] for f in body["findings"]} == categories
    assert len(body["decision_id"]) == 26 and body["screened_at"].endswith("Z")
    assert "original" not in body and "text_fingerprint" not in body

    status_code, read = call(decision_handler, decision_event(body["decision_id"], role="review"))
    assert status_code == 200, read
    assert read.pop("history") == []
    assert read.pop("chain") == {"verified": True, "events": 0, "problems": []}
    assert read == body


def test_decision_ids_sort_by_time(screen_handler, monkeypatch) -> None:
    """ULIDs: a later millisecond sorts later, whatever the random part."""
    from preflight.api.screen import _service

    start = datetime(2030, 5, 6, 7, 8, 9, tzinfo=UTC)
    ticks = iter(start + timedelta(milliseconds=n) for n in range(10))
    monkeypatch.setattr(_service(), "clock", lambda: next(ticks))
    bodies = [call(screen_handler, screen_event(CLEAN))[1] for _ in range(5)]
    ids = [b["decision_id"] for b in bodies]
    assert ids == sorted(ids) and len(set(ids)) == 5
    assert [b["screened_at"] for b in bodies][:2] == ["2030-05-06T07:08:09.000Z", "2030-05-06T07:08:09.001Z"]


def test_stored_item_has_every_field(screen_handler, dynamodb) -> None:
    client = f"client-{uuid.uuid4().hex[:8]}"
    draft = {**FLAGGED, "metadata": {"campaign": "spring", "tool": "acme"}}
    event = screen_event(draft, client_id=client)
    status_code, body = call(screen_handler, event)
    assert status_code == 200, body
    item = _stored(dynamodb, body["decision_id"])

    assert set(item) >= STORED_FIELDS
    assert item["author"] == "jo" and item["channel"] == "x"
    assert item["metadata"] == {"campaign": "spring", "tool": "acme"}
    assert item["client_id"] == client
    assert (item["decision"], item["status"]) == ("flag", "pending_review")
    assert item["request_id"] == event["requestContext"]["requestId"]
    assert (
        item["policy_version"] == body["policy_version"] and item["engine_version"] == body["engine_version"]
    )

    # findings: category, rule, severity, offsets into the draft, an excerpt with the value masked
    text = draft["text"]
    assert {f["category"] for f in item["findings"]} == {"pii.phone", "pii.email"}
    for finding in item["findings"]:
        assert set(finding) >= FINDING_FIELDS
        value = text[finding["start"] : finding["end"]]
        assert value in {"415.555.0199", "jo.smith77@gmail.com"}
        assert value not in finding["excerpt"] and "*" * len(value) in finding["excerpt"]
    assert item["redacted_text"] == "Call me at ************ or mail ********************"

    # keyed fingerprint: HMAC-SHA-256 under the secret, not a plain hash of the text
    expected = hmac.new(FINGERPRINT_KEY, text.encode(), hashlib.sha256).hexdigest()
    assert item["text_fingerprint"] == expected
    assert item["text_fingerprint"] != hashlib.sha256(text.encode()).hexdigest()

    # record hash: HMAC-SHA-256 under the audit key in KMS of the SHA-256 of the RFC 8785 canonical
    # JSON of every immutable field (the key's id among them), not a plain SHA-256 a table writer
    # could recompute
    immutable = set(item) - KEY_ATTRIBUTES - MUTABLE_OR_DERIVED
    assert {"decision_id", "author", "findings", "original", "text_fingerprint", "mac_key_id"} <= immutable
    assert item["mac_key_id"] == os.environ["PREFLIGHT_AUDIT_MAC_KEY_ID"]
    canonical = rfc8785.dumps({k: item[k] for k in immutable})
    assert item["record_hash"] != hashlib.sha256(canonical).hexdigest()
    verified = boto3.client("kms").verify_mac(
        KeyId=item["mac_key_id"],
        Message=b"preflight-record-v1\n" + hashlib.sha256(canonical).digest(),
        MacAlgorithm="HMAC_SHA_256",
        Mac=bytes.fromhex(item["record_hash"]),
    )
    assert verified["MacValid"]
    assert body["record_hash"] == item["record_hash"]


def test_original_is_sealed_and_round_trips(screen_handler, dynamodb) -> None:
    status_code, body = call(screen_handler, screen_event(FLAGGED))
    assert status_code == 200, body
    decision_id = body["decision_id"]
    original = _stored(dynamodb, decision_id)["original"]
    assert set(original) >= {"ciphertext", "encrypted_data_key", "nonce", "key_id", "algorithm"}
    assert (original["algorithm"], original["compression"]) == ("AES-256-GCM", "zlib")
    assert original["key_id"] == os.environ["PREFLIGHT_ORIGINALS_KEY_ID"]
    ciphertext = base64.b64decode(original["ciphertext"])
    assert FLAGGED["text"].encode() not in ciphertext

    # The data key opens only with KMS and only under the decision's encryption context.
    kms = boto3.client("kms")
    data_key = kms.decrypt(
        CiphertextBlob=base64.b64decode(original["encrypted_data_key"]),
        EncryptionContext={"decision_id": decision_id},
    )["Plaintext"]
    nonce = base64.b64decode(original["nonce"])
    plaintext = AESGCM(data_key).decrypt(nonce, ciphertext, decision_id.encode())
    assert zlib.decompress(plaintext).decode() == FLAGGED["text"]
    # bound to its decision: the same ciphertext under another id's associated data does not open
    with pytest.raises(InvalidTag):
        AESGCM(data_key).decrypt(nonce, ciphertext, b"01OTHERDECISION0000000000")


@pytest.mark.parametrize(
    "unit",
    [
        "An ordinary sentence about our product launch this spring. ",
        "Mail jo.smith77@gmail.com or call 415.555.0199 today! ",
        "Ünïcödé prose with emoji 🎉🎉🎉 and accents, repeated. ",
    ],
)
def test_a_draft_at_the_maximum_length_is_logged(screen_handler, decision_handler, unit: str) -> None:
    """The decision item (redacted text, findings, sealed original) fits DynamoDB's 400 KB item limit."""
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    status_code, body = call(screen_handler, screen_event({"text": text, "author": "jo", "channel": "x"}))
    assert status_code == 200, body
    status_code, read = call(decision_handler, decision_event(body["decision_id"], role="audit"))
    assert status_code == 200 and len(read["redacted_text"]) == 100_000


def test_an_incomplete_decision_says_why(screen_handler, decision_handler) -> None:
    """A draft with more to check than a per-draft budget is flagged as incomplete, and the API (like
    the CLI) says which check stopped, in the answer and in the logged decision."""
    text = "Mail jo.smith77@gmail.com or call 415.555.0199 today! " * 1_500
    status_code, body = call(screen_handler, screen_event({"text": text, "author": "jo", "channel": "x"}))
    assert status_code == 200, body
    assert body["complete"] is False and body["decision"] == "flag"
    assert body["incomplete_reasons"] and all(isinstance(r, str) and r for r in body["incomplete_reasons"])
    status_code, read = call(decision_handler, decision_event(body["decision_id"], role="audit"))
    assert status_code == 200 and read["incomplete_reasons"] == body["incomplete_reasons"]

    status_code, clean = call(screen_handler, screen_event(CLEAN))
    assert status_code == 200 and clean["complete"] is True and clean["incomplete_reasons"] == []
