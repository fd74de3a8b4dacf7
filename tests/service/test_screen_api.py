"""POST /screen and GET /decisions/{id} through the real handlers, under moto."""

from __future__ import annotations

import pytest

from tests.service.conftest import call, decision_event, screen_event

FLAGGED = {"text": "Call me at 415.555.0199 or mail jo.smith77@gmail.com", "author": "jo", "channel": "x"}
CLEAN = {"text": "Happy Friday from the whole team!", "author": "jo", "channel": "linkedin"}


def test_screen_round_trip(screen_handler, decision_handler) -> None:
    status, body = call(screen_handler, screen_event(FLAGGED))
    assert status == 200, body
    assert body["decision"] == "flag" and body["status"] == "pending_review"
    assert {f["category"] for f in body["findings"]} == {"pii.phone", "pii.email"}
    status, read = call(decision_handler, decision_event(body["decision_id"], role="review"))
    assert status == 200, read
    assert read["decision_id"] == body["decision_id"]
    assert read["findings"] == body["findings"]
    assert read["history"] == []


def test_clean_draft_is_approved(screen_handler) -> None:
    status, body = call(screen_handler, screen_event(CLEAN))
    assert (status, body["decision"], body["status"]) == (200, "approve", "approved")
