"""The FilterCriteria of NotifyFunction's stream (template.yaml) let through exactly the INSERTs of
flagged decisions and of review events: checked on the records DynamoDB Streams (moto) produced for
real writes, and on hand-made edge cases."""

from __future__ import annotations

from typing import Any

import pytest

from tests.notify.conftest import CLEAN_TEXT, FLAGGED_TEXT, Aws, read_stream, screen, stream_record
from tests.notify.filters import matches, passes, template_filters
from tests.notify.test_notify import put_review_event


def test_patterns_are_the_two_documented_ones() -> None:
    filters = template_filters()
    assert len(filters) == 2
    assert all(f["eventName"] == ["INSERT"] for f in filters)


def test_real_stream_records(aws: Aws, screen_handler: Any) -> None:
    flagged = screen(screen_handler, FLAGGED_TEXT, key="draft-filter-1")  # also writes a guard item
    clean = screen(screen_handler, CLEAN_TEXT)
    put_review_event(aws, flagged["decision_id"])
    # The review also updates the decision (a MODIFY the filter must drop).
    aws.dynamodb.update_item(
        TableName=aws.table_name,
        Key={"PK": {"S": f"DEC#{flagged['decision_id']}"}, "SK": {"S": "#DECISION"}},
        UpdateExpression="SET #s = :s",
        ExpressionAttributeNames={"#s": "status"},
        ExpressionAttributeValues={":s": {"S": "approved_by_reviewer"}},
    )
    ids = {flagged["decision_id"], clean["decision_id"]}
    records = [
        r
        for r in read_stream(aws)
        if r["dynamodb"]["Keys"]["PK"]["S"].split("#", 1)[1] in ids
        or r["dynamodb"]["Keys"]["PK"]["S"].startswith(("GUARD#", "COUNT#"))
    ]
    kinds = {(r["eventName"], r["dynamodb"]["Keys"]["PK"]["S"].split("#")[0]) for r in records}
    assert {("INSERT", "DEC"), ("MODIFY", "DEC"), ("INSERT", "GUARD")} <= kinds
    assert any(k[1] == "COUNT" for k in kinds)

    delivered = [r for r in records if passes(template_filters(), r)]

    assert [(r["eventName"], r["dynamodb"]["Keys"]["SK"]["S"]) for r in delivered] == [
        ("INSERT", "#DECISION"),
        ("INSERT", "EVENT#000001"),
    ]
    assert {r["dynamodb"]["Keys"]["PK"]["S"] for r in delivered} == {f"DEC#{flagged['decision_id']}"}


def _image(**attributes: str) -> dict[str, Any]:
    return {k: {"S": v} for k, v in attributes.items()}


@pytest.mark.parametrize(
    ("event_name", "image", "expected"),
    [
        ("INSERT", _image(PK="DEC#01A", SK="#DECISION", decision="flag"), True),
        ("INSERT", _image(PK="DEC#01A", SK="#DECISION", decision="approve"), False),
        ("MODIFY", _image(PK="DEC#01A", SK="#DECISION", decision="flag"), False),
        ("REMOVE", _image(PK="DEC#01A", SK="#DECISION", decision="flag"), False),
        ("INSERT", _image(PK="DEC#01A", SK="#DECISION"), False),  # no decision attribute
        ("INSERT", _image(PK="DEC#01A", SK="EVENT#000002", type="review"), True),
        ("INSERT", _image(PK="DEC#01A", SK="EVENT#000002", type="original_read"), False),
        ("INSERT", _image(PK="DEC#01A", SK="#EVENT#000002", type="review"), False),  # prefix, not substring
        ("INSERT", _image(PK="GUARD#c#k", SK="#DECISION", decision="flag"), False),
        ("INSERT", _image(PK="COUNT#2026-03-02#01", SK="#COUNTS"), False),
    ],
)
def test_edge_records(event_name: str, image: dict[str, Any], expected: bool) -> None:
    assert passes(template_filters(), stream_record(image, event_name=event_name)) is expected


def test_typed_values_must_match_their_type() -> None:
    # {"decision": {"N": ...}} is not {"decision": {"S": "flag"}}.
    pattern = template_filters()[0]
    record = stream_record({"PK": {"S": "DEC#01A"}, "SK": {"S": "#DECISION"}, "decision": {"N": "1"}})
    assert not matches(pattern, record)


def test_unknown_operators_are_not_misread() -> None:
    with pytest.raises(NotImplementedError):
        matches({"a": [{"anything-but": ["x"]}]}, {"a": "y"})
