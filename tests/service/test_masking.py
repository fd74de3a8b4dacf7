"""What travels with a draft is screened like the draft: metadata values and review notes are
stored (and archived) as the engine masks them, and a sensitive value in metadata flags the draft."""

from __future__ import annotations

import json
import os
import uuid
from typing import Any

import pytest

from tests.service.conftest import call, scan_all, screen_event

CARD = "4556 7375 8689 9855"
EMAIL = "ottilie.brandvold@gmail.com"
SECRET = "ghp_Rt5Lm3Nv7Zq1Wx5Yb9Cd2Fg6Hj4Kp0Sa3Ue8"
RAW = (CARD, CARD.replace(" ", ""), EMAIL, SECRET)
CLEAN_TEXT = "Our spring webinar opens for registration today."


def _table_text() -> str:
    items = scan_all_table()
    return json.dumps([{k: v for k, v in i.items() if k != "original"} for i in items])


def scan_all_table() -> list[dict[str, Any]]:
    import boto3

    return scan_all(boto3.client("dynamodb"), os.environ["PREFLIGHT_TABLE_NAME"])


@pytest.mark.parametrize("value", [f"card {CARD}", f"reach {EMAIL}", f"token {SECRET}"])
def test_sensitive_metadata_flags_the_draft_and_is_stored_masked(screen_handler, value) -> None:
    body = {"text": CLEAN_TEXT, "author": "ann", "metadata": {"campaign": "spring", "contact": value}}
    status, answer = call(screen_handler, screen_event(body, client_id=f"meta-{uuid.uuid4().hex[:6]}"))
    assert status == 200, answer
    assert answer["decision"] == "flag" and answer["status"] == "pending_review"
    fields = {f.get("field") for f in answer["findings"]}
    assert fields == {"metadata.contact"}, answer["findings"]
    (finding,) = answer["findings"]
    assert answer["metadata"]["campaign"] == "spring"
    masked = answer["metadata"]["contact"]
    assert len(masked) == len(value) and set(masked[finding["start"] : finding["end"]]) <= {"*", " "}
    assert finding["category"] in answer["categories"]
    assert answer["redacted_text"] == CLEAN_TEXT
    for raw in RAW:
        assert raw not in json.dumps(answer)
        assert raw not in _table_text()


def test_clean_metadata_is_kept_as_sent(screen_handler) -> None:
    metadata = {"campaign": "spring-2031", "blank": "  ", "empty": ""}
    status, answer = call(
        screen_handler, screen_event({"text": CLEAN_TEXT, "author": "ann", "metadata": metadata})
    )
    assert status == 200, answer
    assert answer["decision"] == "approve" and answer["findings"] == []
    assert answer["metadata"] == metadata


# --- review notes ---


def _flagged_decision(screen_handler) -> str:
    status, body = call(
        screen_handler, screen_event({"text": "Mail jane.doe@gmail.com for the list.", "author": "ann"})
    )
    assert status == 200 and body["decision"] == "flag", body
    return body["decision_id"]


def _archive(decision_id: str) -> str:
    """The decision's items as the archive stores them (the stream's NEW_IMAGE of each)."""
    import boto3
    from preflight.service.archive import ArchiveService
    from preflight.store.archive import ArchiveBucket
    from preflight_tools.local.streams import create_bucket

    from tests.service.conftest import template

    s3 = boto3.client("s3")
    name = f"archive-{uuid.uuid4().hex[:12]}"
    key_arn = create_bucket(s3, boto3.client("kms"), template(), name)
    service = ArchiveService(ArchiveBucket(name, key_arn))
    images = boto3.client("dynamodb").query(
        TableName=os.environ["PREFLIGHT_TABLE_NAME"],
        KeyConditionExpression="PK = :pk",
        ExpressionAttributeValues={":pk": {"S": f"DEC#{decision_id}"}},
        ConsistentRead=True,
    )["Items"]
    assert any(i["SK"]["S"].startswith("EVENT#") for i in images)
    for image in images:
        service.archive(image)
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket=name).get("Contents", [])]
    assert keys, "nothing was archived"
    return "\n".join(s3.get_object(Bucket=name, Key=k)["Body"].read().decode() for k in keys)


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_a_sensitive_note_never_reaches_the_table_or_the_archive(
    screen_handler, review_handler, action
) -> None:
    from tests.service.conftest import api_event

    decision_id = _flagged_decision(screen_handler)
    note = f"Customer card {CARD}; write to {EMAIL}; the leaked token {SECRET} was rotated."
    event = api_event(
        "POST",
        "/decisions/{id}/review",
        role="review",
        params={"id": decision_id},
        body={"action": action, "note": note},
    )
    status, answer = call(review_handler, event)
    assert status == 200, answer
    (review,) = [e for e in answer["history"] if e["type"] == "review"]
    assert review["note"].startswith("Customer card ") and "*" in review["note"]
    assert answer["chain"]["verified"], answer["chain"]
    archived = _archive(decision_id)
    for raw in RAW:
        assert raw not in json.dumps(answer)
        assert raw not in _table_text()
        assert raw not in archived


def test_a_harmless_note_is_kept_as_written(screen_handler, review_handler) -> None:
    from tests.service.conftest import api_event

    decision_id = _flagged_decision(screen_handler)
    note = "Our public support line; the NDA sentence goes before posting."
    event = api_event(
        "POST",
        "/decisions/{id}/review",
        role="review",
        params={"id": decision_id},
        body={"action": "reject", "note": note},
    )
    status, answer = call(review_handler, event)
    assert status == 200, answer
    assert [e["note"] for e in answer["history"] if e["type"] == "review"] == [note]


@pytest.mark.parametrize("key", [CARD, EMAIL, SECRET])
def test_a_sensitive_metadata_key_is_refused_and_nothing_is_written(screen_handler, dynamodb, key) -> None:
    from tests.service.conftest import table_snapshot

    before = table_snapshot(dynamodb)
    body = {"text": CLEAN_TEXT, "author": "ann", "metadata": {key: "x"}}
    status, answer = call(screen_handler, screen_event(body))
    assert status == 400 and answer["error"]["code"] == "validation_error", answer
    assert [d["path"] for d in answer["error"]["details"]] == ["metadata.<key>"]
    assert table_snapshot(dynamodb) == before
    for raw in RAW:
        assert raw not in json.dumps(answer)


def test_a_process_serving_screen_and_review_builds_one_engine(screen_handler, review_handler) -> None:
    """The local runner serves every route in one process: a reviewer's note is masked by the screen
    route's engine, not by a second one built on the first note (seconds, under the runner's
    one-request-at-a-time lock, while every other user waits)."""
    from preflight.api import review, screen

    masker = review._service().mask_note
    assert masker._engine() is screen.engine
