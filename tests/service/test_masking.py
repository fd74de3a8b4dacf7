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
