"""Issue 12: one typed decision record below the service and the store.

The statuses and their transitions have one home (preflight.records) used by review, audit, chain
verification and the OpenAPI document; the store alone maps a record to its item (keys, indexes, the
review queue) and back, keeping the stored format; appending to a history is one loop."""

from __future__ import annotations

import string
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.records import (
    DECISIONS,
    FINAL_STATUSES,
    REVIEW_ACTIONS,
    STATUSES,
    DecisionRecord,
    IllegalTransition,
    LogEvent,
    next_status,
)
from preflight.store.items import KEY_ATTRIBUTES, decision_item, event_item, event_of, record_of

from tests.service.workflow import FLAGGED_TEXTS, fresh_workflow, stored_partition

FIELDS = st.text(string.ascii_lowercase + "_", min_size=1, max_size=12)
VALUES = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.integers(-5, 10**6),
    st.booleans(),
    st.lists(st.text(max_size=5), max_size=2),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
)
TEXT = st.text(string.ascii_letters + string.digits + "@.-", min_size=1, max_size=16)


def _record(**changes: Any) -> DecisionRecord:
    base = DecisionRecord(
        decision_id="01JX0000000000000000000000", screened_at="2026-03-02T10:00:00.000Z", day="2026-03-02",
        author="ann", channel="x", metadata={"campaign": "spring"}, client_id="c1", decision="flag",
        status="pending_review", findings=[{"category": "pii.phone", "start": 11, "end": 23}],
        categories=["pii.phone"], redacted_text="Call me at ************", text_fingerprint="ab" * 32,
        policy_version="p1", engine_version="e1", complete=True, incomplete_reasons=[], request_id="r1",
        original={"ciphertext": "c2VhbGVk"}, mac_key_id="key", record_hash="cd" * 32,
    )  # fmt: skip
    return replace(base, **changes)


RECORDS = st.builds(
    _record,
    decision_id=st.text(string.ascii_uppercase + string.digits, min_size=26, max_size=26),
    author=TEXT,
    status=st.sampled_from(STATUSES),
    screened_at=st.datetimes(datetime(2024, 1, 1), datetime(2030, 1, 1), timezones=st.just(UTC)).map(
        lambda t: t.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    ),
).map(lambda r: replace(r, day=r.screened_at[:10]))


# --- the statuses and their transitions ---


def test_the_statuses_have_one_home() -> None:
    from preflight.api.openapi import DecisionView
    from preflight.service.log_query import ListQuery

    schema = DecisionView.model_json_schema()
    assert tuple(schema["properties"]["status"]["enum"]) == STATUSES
    assert tuple(schema["properties"]["decision"]["enum"]) == DECISIONS
    start, end = datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 2, tzinfo=UTC)
    for status in STATUSES:
        assert ListQuery(start, end, status=status).status == status
    assert {"approved", "approved_by_reviewer", "rejected_by_reviewer"} == FINAL_STATUSES


@settings(max_examples=150, deadline=None)
@given(
    current=st.one_of(st.sampled_from(STATUSES), st.text(max_size=20), st.lists(st.text(), max_size=2)),
    action=st.one_of(st.sampled_from(REVIEW_ACTIONS), st.text(max_size=10), st.lists(st.text(), max_size=2)),
)
def test_only_a_pending_decision_moves_and_only_by_a_verdict(current: Any, action: Any) -> None:
    """Any value, even an unhashable one read from a tampered item: a status or IllegalTransition."""
    if current == "pending_review" and action in REVIEW_ACTIONS:
        assert (
            next_status(current, action)
            == {
                "approve": "approved_by_reviewer",
                "reject": "rejected_by_reviewer",
            }[action]
        )
    else:
        with pytest.raises(IllegalTransition):
            next_status(current, action)


@settings(max_examples=100, deadline=None)
@given(record=RECORDS, action=st.sampled_from(REVIEW_ACTIONS), reviewer=TEXT)
def test_a_verdict_moves_a_pending_record_and_nothing_else(record, action, reviewer) -> None:
    at = "2026-03-03T09:00:00.000Z"
    if record.status in FINAL_STATUSES:
        with pytest.raises(IllegalTransition):
            record.reviewed(action, reviewer, at)
        return
    transition = record.reviewed(action, reviewer, at)
    assert transition.before == record and not transition.after.awaiting_review
    assert transition.after.status in FINAL_STATUSES
    assert transition.changes() == {
        "status": transition.after.status,
        "reviewed_by": reviewer,
        "reviewed_at": at,
        "review_action": action,
    }


# --- records as stored, and as items ---


@settings(max_examples=150, deadline=None)
@given(stored=st.dictionaries(st.one_of(st.sampled_from(["decision_id", "status", "seq"]), FIELDS), VALUES))
def test_a_record_or_event_gives_back_exactly_what_was_stored(stored: dict[str, Any]) -> None:
    """What is verified is what the table holds: no attribute dropped, added or changed on the way
    (unknown ones, and named ones stored as null, included)."""
    assert DecisionRecord.from_attributes(stored).attributes() == stored
    assert LogEvent.from_attributes(stored).attributes() == stored


@settings(max_examples=150, deadline=None)
@given(record=RECORDS, shard=st.integers(0, 15))
def test_a_record_is_keyed_as_before_and_queued_only_while_pending(record, shard) -> None:
    """The item format the table, the hashes and the archives already hold, byte for byte."""
    item = decision_item(record, shard)
    sort_key = f"{record.screened_at}#{record.decision_id}"
    keys = {
        "PK": f"DEC#{record.decision_id}", "SK": "#DECISION",
        "GSI2PK": f"DAY#{record.day}#{shard:02d}", "GSI2SK": sort_key,
        "GSI3PK": f"AUTHOR#{record.author}", "GSI3SK": sort_key,
    }  # fmt: skip
    if record.status == "pending_review":
        keys |= {"GSI1PK": f"QUEUE#{shard:02d}", "GSI1SK": sort_key}
    assert item == record.attributes() | keys
    assert record_of(item) == record


@settings(max_examples=100, deadline=None)
@given(
    seq=st.integers(1, 999_999),
    kind=st.sampled_from(["review", "original_read"]),
    actor=TEXT,
    note=st.text(max_size=20),
)
def test_an_event_is_keyed_as_before(seq, kind, actor, note) -> None:
    review = {"action": "reject", "note": note} if kind == "review" else {}
    event = LogEvent(
        decision_id="01JX0000000000000000000000", seq=seq, type=kind, actor=actor,
        at="2026-03-03T09:00:00.000Z", prev_hash="ab" * 32, mac_key_id="key", event_hash="cd" * 32, **review,
    )  # fmt: skip
    item = event_item(event)
    keys = {"PK": "DEC#01JX0000000000000000000000", "SK": f"EVENT#{seq:06d}"}
    if kind == "review":
        at_id = "2026-03-03T09:00:00.000Z#01JX0000000000000000000000"
        keys |= {"GSI3PK": f"REVIEWER#{actor}", "GSI3SK": at_id}
    assert item == event.attributes() | keys and set(keys) <= set(KEY_ATTRIBUTES)
    back = event_of(item)
    assert back == event and back.position == seq


# --- verification knows the transitions ---


def test_a_signed_review_event_that_is_no_transition_does_not_verify(log_mac) -> None:
    """A verdict event the log's writer could only have made by a bug (signed with the audit key, so
    no MAC catches it): ``approve`` recorded as moving the decision to rejected."""
    from preflight.service.chain import event_body, verify_chain
    from preflight.service.records import record_body

    decision = _record(mac_key_id=log_mac.key_id, status="rejected_by_reviewer").attributes()
    decision["record_hash"] = log_mac.sign("record", record_body(decision))
    event: dict[str, Any] = {
        "decision_id": decision["decision_id"], "seq": 1, "type": "review", "actor": "rita",
        "at": "2026-03-03T09:00:00.000Z", "action": "approve", "note": "",
        "previous_status": "pending_review", "new_status": "rejected_by_reviewer",
        "prev_hash": decision["record_hash"], "mac_key_id": log_mac.key_id,
    }  # fmt: skip
    event["event_hash"] = log_mac.sign("event", event_body(event))
    assert verify_chain(decision, [event], log_mac) == [
        "event 1: 'approve' does not move pending_review to rejected_by_reviewer"
    ]
    honest = event | {"action": "reject"}
    honest["event_hash"] = log_mac.sign("event", event_body(honest))
    assert verify_chain(decision, [honest], log_mac) == []


# --- one append loop, and the store's condition from the transition ---


@pytest.fixture
def flow(screen_handler, dynamodb):
    return fresh_workflow(dynamodb)


def _flagged(flow) -> str:
    return flow.screen(FLAGGED_TEXTS[0])["decision_id"]


def _taking_the_head_once(flow, method: str) -> list[int]:
    """Wrap the store's ``method`` so that, the first time, another reader's event takes the
    sequence number first; returns the list the competitor's sequence numbers go to."""
    real, append_event = getattr(flow.store, method), flow.store.append_event
    taken: list[int] = []

    def racing(*args: Any) -> Any:
        event = next(a for a in args if isinstance(a, LogEvent))
        if not taken:
            rival = replace(event, type="original_read", actor="other", action=None, note=None,
                            previous_status=None, new_status=None)  # fmt: skip
            from preflight.service.chain import sign_event

            append_event(sign_event(rival, flow.review.mac))
            taken.append(event.seq)
        return real(*args)

    setattr(flow.store, method, racing)
    return taken


@pytest.mark.parametrize("method", ["append_event", "record_transition"])
def test_an_append_that_loses_the_head_reads_it_again(flow, method) -> None:
    from preflight.api.screen import _service

    decision_id = _flagged(flow)
    taken = _taking_the_head_once(flow, method)
    if method == "append_event":
        read = flow.audit.read_original(decision_id, "aud", _service().sealer, flow.review.mac)
        assert read["recorded_as"] == 2 and read["text"] == FLAGGED_TEXTS[0]
    else:
        after = flow.review.review(decision_id, "reject", "no personal data", "rita")
        assert after["status"] == "rejected_by_reviewer" and after["chain"]["verified"], after
        assert [e["type"] for e in after["history"]] == ["original_read", "review"]
    assert taken == [1]
    from preflight.service.chain import verify_chain

    decision, events = stored_partition(flow.store, decision_id)
    assert [e["seq"] for e in events] == [1, 2] and verify_chain(decision, events, flow.review.mac) == []


def test_the_store_writes_a_transition_only_from_its_status(flow) -> None:
    """The condition comes from the record's transition: a move planned on a stale read loses, and
    nothing is written."""
    from preflight.store.errors import ConditionFailed

    decision_id = _flagged(flow)
    stale, _ = flow.store.get_partition(decision_id)
    flow.review.review(decision_id, "approve", "", "rita")
    before = stored_partition(flow.store, decision_id)
    transition = stale.reviewed("reject", "ian", "2031-01-01T00:00:00.000Z")
    at = "2031-01-01T00:00:00.000Z"
    event = LogEvent(decision_id=decision_id, seq=2, type="review", actor="ian", at=at)
    with pytest.raises(ConditionFailed):
        flow.store.record_transition(transition, event, {})
    assert stored_partition(flow.store, decision_id) == before
    assert "GSI1PK" not in before[0] and before[0]["status"] == "approved_by_reviewer"


def test_the_event_a_review_writes_is_hashed_once(flow, monkeypatch) -> None:
    """The verdict's event is signed once; the answer's chain check verifies what was read from the
    table (the record) and links the new event without computing its MAC again."""
    import preflight.service.integrity as integrity

    decision_id = _flagged(flow)
    hashed: list[str] = []
    real_message = integrity.message

    def counting(kind: Any, body: Any) -> bytes:
        hashed.append(kind)
        return real_message(kind, body)

    monkeypatch.setattr(integrity, "message", counting)
    after = flow.review.review(decision_id, "approve", "", "rita")
    assert after["chain"] == {"verified": True, "events": 1, "problems": []}
    assert sorted(hashed) == ["event", "record"]


def test_the_record_hash_covers_named_fields_of_the_record() -> None:
    from dataclasses import fields

    from preflight.records import IMMUTABLE_FIELDS

    named = {f.name for f in fields(DecisionRecord)}
    assert set(IMMUTABLE_FIELDS) <= named
    changed_later = {"status", "record_hash", "reviewed_by", "reviewed_at", "review_action"}
    assert not changed_later & set(IMMUTABLE_FIELDS)
