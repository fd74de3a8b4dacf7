"""NotifyFunction: decisions written by the screening handler, read from the table's stream, reach
the event bus as DraftFlagged / DraftReviewed with the documented detail and nothing of the draft."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from boto3.dynamodb.types import TypeSerializer
from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.records import LogEvent
from preflight.service.chain import sign_event
from preflight.store.events import MAX_ENTRIES_PER_CALL, EventPublisher

from tests.notify.conftest import (
    CLEAN_TEXT,
    FLAGGED_TEXT,
    RAW_VALUES,
    Aws,
    context,
    raw_item,
    read_stream,
    screen,
    stream_event,
    stream_record,
)
from tests.notify.filters import passes, template_filters

FLAGGED_KEYS = {
    "decision_id",
    "screened_at",
    "channel",
    "categories",
    "severity",
    "policy_version",
}
SEVERITY_ORDER = {"low": 1, "medium": 2, "high": 3}
_serializer = TypeSerializer()


def handle(event: dict[str, Any], events_client: Any, bus_name: str) -> dict[str, Any]:
    """The stream handler's logic with an EventBridge client of the test's choosing. Imported here,
    not at collection: preflight.observability must be created after the fixtures set POWERTOOLS_*."""
    from preflight.service.notify import NotifyService
    from preflight.streams.notify import handle as notify_handle

    return notify_handle(event, None, NotifyService(EventPublisher(bus_name, client=events_client)))


def _mac() -> Any:
    from preflight.service.integrity import LogMac

    return LogMac(os.environ["PREFLIGHT_AUDIT_MAC_KEY_ID"])


def put_review_event(aws: Aws, decision_id: str, *, reviewer: str = "rita", action: str = "approve") -> dict:
    """A review event item as docs/service-design.md defines it (the review API writes the same)."""
    decision = raw_item(aws, f"DEC#{decision_id}", "#DECISION")
    new_status = "approved_by_reviewer" if action == "approve" else "rejected_by_reviewer"
    event = sign_event(
        LogEvent(
            decision_id=decision_id, seq=1, prev_hash=decision["record_hash"]["S"], type="review",
            actor=reviewer, at="2026-03-02T10:15:00.000Z", action=action, note="checked with legal",
            previous_status="pending_review", new_status=new_status,
        ),
        _mac(),
    ).attributes()  # fmt: skip
    event |= {"PK": f"DEC#{decision_id}", "SK": "EVENT#000001", "GSI3PK": f"REVIEWER#{reviewer}"}
    item = {k: _serializer.serialize(v) for k, v in event.items()}
    aws.dynamodb.put_item(TableName=aws.table_name, Item=item, ConditionExpression="attribute_not_exists(PK)")
    return event


def records_of(aws: Aws, *decision_ids: str) -> list[dict[str, Any]]:
    """The stream's records of these decisions' partitions (decision, events, in stream order)."""
    wanted = {f"DEC#{d}" for d in decision_ids}
    return [r for r in read_stream(aws) if r["dynamodb"]["Keys"]["PK"]["S"] in wanted]


def assert_nothing_of_the_draft(bodies: list[dict[str, Any]]) -> None:
    text = json.dumps(bodies)
    for raw in (*RAW_VALUES, FLAGGED_TEXT, CLEAN_TEXT, "spring", "redacted", "excerpt", "author", "metadata"):
        assert raw not in text, raw
    assert "*" * 12 not in text  # no masked excerpt or redacted text either


def test_stream_to_bus_end_to_end(aws: Aws, screen_handler: Any, notify_handler: Any, capture: Any) -> None:
    flagged = screen(screen_handler, FLAGGED_TEXT, channel="linkedin", key="draft-notify-1")
    clean = screen(screen_handler, CLEAN_TEXT)
    assert (flagged["decision"], clean["decision"]) == ("flag", "approve")
    review = put_review_event(aws, flagged["decision_id"])

    # What DynamoDB Streams holds for both partitions, filtered as the event source mapping would.
    records = records_of(aws, flagged["decision_id"], clean["decision_id"])
    assert len(records) == 3  # two decision INSERTs and the review event
    delivered = [r for r in records if passes(template_filters(), r)]
    assert len(delivered) == 2

    response = notify_handler(stream_event(*delivered), context())
    assert response == {"batchItemFailures": []}

    events = capture()
    by_type = {e["detail-type"]: e for e in events}
    assert len(events) == 2 and set(by_type) == {"DraftFlagged", "DraftReviewed"}
    assert all(e["source"] == "Preflight" for e in events)

    stored = raw_item(aws, f"DEC#{flagged['decision_id']}", "#DECISION")
    findings = [{"severity": f["M"]["severity"]["S"]} for f in stored["findings"]["L"]]
    detail = by_type["DraftFlagged"]["detail"]
    assert set(detail) == FLAGGED_KEYS
    assert detail["decision_id"] == flagged["decision_id"]
    assert detail["screened_at"] == flagged["screened_at"]
    assert detail["channel"] == "linkedin"
    assert detail["categories"] == flagged["categories"]
    assert {"pii.phone", "pii.email", "confidential.marking"} <= set(detail["categories"])
    assert detail["severity"] == max((f["severity"] for f in findings), key=SEVERITY_ORDER.get) == "high"
    assert detail["policy_version"] == flagged["policy_version"]

    reviewed = by_type["DraftReviewed"]["detail"]
    assert reviewed == {
        "decision_id": flagged["decision_id"],
        "action": "approve",
        "new_status": "approved_by_reviewer",
        "reviewer": "rita",
        "reviewed_at": review["at"],
    }
    assert by_type["DraftReviewed"]["time"].startswith("2026-03-02T10:15:00")
    assert_nothing_of_the_draft(events)


def test_records_built_from_stored_items(
    aws: Aws, screen_handler: Any, notify_handler: Any, capture: Any
) -> None:
    """Items read back from the table, wrapped as NewImage in the `sam local generate-event` shape."""
    flagged = screen(screen_handler, FLAGGED_TEXT)
    item = raw_item(aws, f"DEC#{flagged['decision_id']}", "#DECISION")
    assert "redacted_text" in item and "findings" in item and "author" in item  # the image is complete

    response = notify_handler(stream_event(stream_record(item)), context())

    assert response == {"batchItemFailures": []}
    [event] = capture()
    assert event["detail-type"] == "DraftFlagged"
    assert event["detail"]["decision_id"] == flagged["decision_id"]
    assert_nothing_of_the_draft([event])


def test_clean_decisions_and_other_records_publish_nothing(
    aws: Aws, screen_handler: Any, notify_handler: Any, capture: Any
) -> None:
    """Even if they reached the function (a wider filter), these records announce nothing."""
    clean = screen(screen_handler, CLEAN_TEXT)
    flagged = screen(screen_handler, FLAGGED_TEXT)
    clean_item = raw_item(aws, f"DEC#{clean['decision_id']}", "#DECISION")
    flagged_item = raw_item(aws, f"DEC#{flagged['decision_id']}", "#DECISION")
    original_read = sign_event(
        LogEvent(
            decision_id=flagged["decision_id"],
            seq=1,
            prev_hash="0" * 64,
            type="original_read",
            actor="audrey",
            at="2026-03-02T11:00:00.000Z",
        ),
        _mac(),
    ).attributes()
    original_read |= {"PK": f"DEC#{flagged['decision_id']}", "SK": "EVENT#000001"}
    records = [
        stream_record(clean_item),
        stream_record(flagged_item, event_name="MODIFY"),  # a review changing the status
        stream_record({k: _serializer.serialize(v) for k, v in original_read.items()}),
    ]

    response = notify_handler(stream_event(*records), context())

    assert response == {"batchItemFailures": []}
    assert capture() == []


class FailingEvents:
    """EventBridge (moto) that refuses the entries naming one decision, as PutEvents does: the call
    succeeds, FailedEntryCount counts them and their entries carry an ErrorCode, in request order."""

    def __init__(self, client: Any, refuse: str) -> None:
        self.client, self.refuse, self.calls = client, refuse, []

    def put_events(self, Entries: list[dict[str, Any]]) -> dict[str, Any]:
        self.calls.append(len(Entries))
        assert len(Entries) <= MAX_ENTRIES_PER_CALL
        refused = [self.refuse in json.loads(e["Detail"])["decision_id"] for e in Entries]
        accepted = [e for e, r in zip(Entries, refused, strict=True) if not r]
        answers = iter(self.client.put_events(Entries=accepted)["Entries"] if accepted else [])
        entries = [
            {"ErrorCode": "InternalFailure", "ErrorMessage": "try again"} if r else next(answers)
            for r in refused
        ]
        return {"FailedEntryCount": sum(refused), "Entries": entries}


def test_partial_failure_reports_only_the_refused_record(aws: Aws, screen_handler: Any, capture: Any) -> None:
    decisions = [screen(screen_handler, FLAGGED_TEXT) for _ in range(12)]
    records = [stream_record(raw_item(aws, f"DEC#{d['decision_id']}", "#DECISION")) for d in decisions]
    refused = decisions[4]["decision_id"]
    events = FailingEvents(aws.events, refuse=refused)

    response = handle(stream_event(*records), events, aws.bus_name)

    assert response == {"batchItemFailures": [{"itemIdentifier": records[4]["dynamodb"]["SequenceNumber"]}]}
    assert events.calls == [10, 2]  # one PutEvents per 10 entries
    published = {e["detail"]["decision_id"] for e in capture()}
    assert published == {d["decision_id"] for d in decisions} - {refused}


def test_a_failed_call_reports_every_record_of_that_call(aws: Aws, screen_handler: Any, capture: Any) -> None:
    flagged = screen(screen_handler, FLAGGED_TEXT)
    records = [stream_record(raw_item(aws, f"DEC#{flagged['decision_id']}", "#DECISION"))]
    response = handle(stream_event(*records), aws.events, "no-such-bus")

    assert response == {"batchItemFailures": [{"itemIdentifier": records[0]["dynamodb"]["SequenceNumber"]}]}
    assert capture() == []


def test_an_unreadable_record_is_reported_alone(aws: Aws, screen_handler: Any, capture: Any) -> None:
    flagged = screen(screen_handler, FLAGGED_TEXT)
    good = stream_record(raw_item(aws, f"DEC#{flagged['decision_id']}", "#DECISION"))
    broken_image = {"PK": {"S": "DEC#01BROKEN"}, "SK": {"S": "#DECISION"}, "decision": {"S": "flag"}}
    broken = stream_record(broken_image)  # a flagged decision without its id and time

    response = handle(stream_event(good, broken), aws.events, aws.bus_name)

    assert response == {"batchItemFailures": [{"itemIdentifier": broken["dynamodb"]["SequenceNumber"]}]}
    assert [e["detail"]["decision_id"] for e in capture()] == [flagged["decision_id"]]


@pytest.mark.parametrize(
    ("severities", "expected"),
    [(["low", "high", "medium"], "high"), (["medium", "low"], "medium"), (["low"], "low"), ([], None)],
)
def test_highest_severity(severities: list[str], expected: str | None) -> None:
    from preflight.service.notify import highest_severity

    assert highest_severity([{"severity": s} for s in severities]) == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["low", "medium", "high", "critical", "", None])))
def test_severity_scale_is_the_engines(severities: list[str | None]) -> None:
    """The notifier ranks by the engine's own scale (no copy of it to drift); names off the scale
    are passed over."""
    from preflight.engine.findings import Severity
    from preflight.service.notify import highest_severity

    on_scale = [Severity[s] for s in severities if s in Severity.__members__]
    expected = max(on_scale).name if on_scale else None
    assert highest_severity([{"severity": s} for s in severities]) == expected


def test_no_bus_name_is_refused() -> None:
    with pytest.raises(ValueError, match="PREFLIGHT_EVENT_BUS_NAME"):
        EventPublisher("")
