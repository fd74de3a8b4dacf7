"""Issue 9: the history must not be rewritable by whoever can write the table.

A table writer can change a decision or an event and store recomputed hashes beside it; without the
audit key (KMS, HMAC_256) the recomputed hashes are not the log's MACs, so GET /decisions/{id}
answers ``chain.verified: false`` and names what does not verify."""

from __future__ import annotations

import hashlib
from typing import Any

import boto3
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight.service.records import IMMUTABLE_FIELDS
from preflight.store.items import plain

from tests.forgery import EVENT_FIELDS, other_key_mac, plain_sha256, relink
from tests.service.conftest import api_event, call, decision_event, screen_event

FLAGGED = {"text": "Call me at 415.555.0199 about the offer", "author": "jo", "channel": "x"}


def _plain(value: Any) -> Any:
    return plain(value)


def _reviewed(screen_handler: Any, review_handler: Any) -> str:
    status, body = call(screen_handler, screen_event(FLAGGED))
    assert status == 200 and body["decision"] == "flag", body
    review = api_event(
        "POST", "/decisions/{id}/review", role="review", params={"id": body["decision_id"]},
        body={"action": "reject", "note": "no phone numbers"}, user="rita",
    )  # fmt: skip
    status, reviewed = call(review_handler, review)
    assert status == 200 and reviewed["chain"]["verified"], reviewed
    return body["decision_id"]


def _partition(table: Any, decision_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    items = table.query(
        KeyConditionExpression="PK = :pk", ExpressionAttributeValues={":pk": f"DEC#{decision_id}"},
        ConsistentRead=True,
    )["Items"]  # fmt: skip
    items = [_plain(i) for i in items]
    return next(i for i in items if i["SK"] == "#DECISION"), [i for i in items if i["SK"] != "#DECISION"]


def _put(table: Any, *items: dict[str, Any]) -> None:
    for item in items:
        table.put_item(Item=item)


@pytest.mark.parametrize("hasher", [plain_sha256, other_key_mac], ids=["sha256", "other-key"])
def test_a_review_event_rewritten_with_recomputed_hashes_does_not_verify(
    screen_handler, review_handler, decision_handler, table, hasher
) -> None:
    decision_id = _reviewed(screen_handler, review_handler)
    decision, events = _partition(table, decision_id)
    # The verdict turned into an approval, as the table's writer could store it.
    changes = {"EVENT#000001": {"action": "approve", "new_status": "approved_by_reviewer", "note": "ok"}}
    forged, forged_events = relink(decision, events, changes, hasher)
    forged |= {"status": "approved_by_reviewer", "review_action": "approve"}
    _put(table, forged, *forged_events)
    status, read = call(decision_handler, decision_event(decision_id, role="audit"))
    assert status == 200, read
    assert read["history"][0]["action"] == "approve"
    assert read["chain"]["verified"] is False
    # A plain hash or another key's MAC, the audit key still named: the MAC does not match.
    assert read["chain"]["problems"] == ["event 1: event_hash does not match its content"]


@pytest.mark.parametrize("hasher", [plain_sha256, other_key_mac], ids=["sha256", "other-key"])
def test_a_decision_rewritten_with_a_recomputed_record_hash_does_not_verify(
    screen_handler, review_handler, decision_handler, table, hasher
) -> None:
    decision_id = _reviewed(screen_handler, review_handler)
    decision, events = _partition(table, decision_id)
    forged, forged_events = relink(decision, events, {"#DECISION": {"author": "sam"}}, hasher)
    _put(table, forged, *forged_events)
    status, read = call(decision_handler, decision_event(decision_id, role="review"))
    assert status == 200 and read["author"] == "sam"
    assert read["chain"]["verified"] is False
    assert read["chain"]["problems"] == [
        "record_hash does not match its content",
        "event 1: event_hash does not match its content",
    ]


def test_an_item_naming_another_key_does_not_verify(
    screen_handler, review_handler, decision_handler, table
) -> None:
    """Swapping ``mac_key_id`` for a key the writer controls, with a valid MAC under that key."""
    from preflight.service.integrity import message

    kms = boto3.client("kms")
    own = kms.create_key(KeySpec="HMAC_256", KeyUsage="GENERATE_VERIFY_MAC")["KeyMetadata"]["Arn"]

    def own_mac(kind: str, body: dict[str, Any]) -> str:
        return kms.generate_mac(KeyId=own, Message=message(kind, body), MacAlgorithm="HMAC_SHA_256")[
            "Mac"
        ].hex()

    decision_id = _reviewed(screen_handler, review_handler)
    decision, events = _partition(table, decision_id)
    forged, forged_events = relink(
        decision, events, {"EVENT#000001": {"note": "fine", "mac_key_id": own}}, own_mac
    )
    _put(table, forged, *forged_events)
    status, read = call(decision_handler, decision_event(decision_id, role="audit"))
    assert status == 200 and read["chain"]["verified"] is False
    assert read["chain"]["problems"] == [f"event 1: event_hash names the key {own}, not the audit key"]


def test_kms_unavailable_reads_as_not_verified(
    screen_handler, review_handler, decision_handler, monkeypatch
) -> None:
    """Reading still works; "verified" is never claimed unchecked (a 503 would hide the decision)."""
    from botocore.exceptions import ClientError
    from preflight.api.decisions import _reader

    decision_id = _reviewed(screen_handler, review_handler)

    def down(**_: Any) -> Any:
        raise ClientError({"Error": {"Code": "KMSInternalException", "Message": "x"}}, "VerifyMac")

    monkeypatch.setattr(_reader().mac.vault.kms, "verify_mac", down)
    status, read = call(decision_handler, decision_event(decision_id, role="audit"))
    assert status == 200 and len(read["history"]) == 1
    assert read["chain"]["verified"] is False
    (problem,) = read["chain"]["problems"]
    assert (
        problem.startswith("not verified: the audit key could not be used")
        and "KMSInternalException" in problem
    )


def test_a_review_whose_event_cannot_be_signed_writes_nothing(
    screen_handler, review_handler, table, monkeypatch
) -> None:
    from botocore.exceptions import ClientError
    from preflight.api.review import _service

    status, body = call(screen_handler, screen_event(FLAGGED))
    decision_id = body["decision_id"]
    before = _partition(table, decision_id)

    def denied(**_: Any) -> Any:
        raise ClientError({"Error": {"Code": "AccessDeniedException", "Message": "x"}}, "GenerateMac")

    monkeypatch.setattr(_service().mac.vault.kms, "generate_mac", denied)
    review = api_event(
        "POST", "/decisions/{id}/review", role="review", params={"id": decision_id},
        body={"action": "approve", "note": ""}, user="rita",
    )  # fmt: skip
    status, answer = call(review_handler, review)
    assert status == 503 and answer["error"]["code"] == "unavailable", answer
    assert _partition(table, decision_id) == before


# --- the class: any single-field change, hashes recomputed without the key, fails verification ---

VALUES = st.one_of(
    st.text(max_size=20),
    st.integers(-5, 10**6),
    st.booleans(),
    st.none(),
    st.lists(st.text(max_size=5), max_size=2),
)


@pytest.fixture(scope="module")
def reviewed_partition(screen_handler, review_handler, table) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    return _partition(table, _reviewed(screen_handler, review_handler))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    target=st.sampled_from(["record", "event"]),
    record_field=st.sampled_from(IMMUTABLE_FIELDS),
    event_field=st.sampled_from(EVENT_FIELDS),
    value=VALUES,
    hasher=st.sampled_from([plain_sha256, "random-key-hmac", "old-hash-kept"]),
    secret=st.binary(min_size=16, max_size=32),
)
def test_any_single_field_change_with_hashes_recomputed_without_the_key_fails(
    reviewed_partition, log_mac, target, record_field, event_field, value, hasher, secret
) -> None:
    import hmac

    from preflight.service.chain import verify_chain
    from preflight.service.integrity import message
    from preflight.service.records import record_problem

    decision, events = reviewed_partition
    assert record_problem(decision, log_mac) is None and verify_chain(decision, events, log_mac) == []
    sk, field = ("#DECISION", record_field) if target == "record" else ("EVENT#000001", event_field)
    original = (decision if target == "record" else events[0]).get(field)
    if _plain(value) == original:
        value = [original, "changed"]
    if hasher == "random-key-hmac":  # any key but the audit key, even with the log's construction

        def forger(kind: str, body: dict[str, Any]) -> str:
            return hmac.new(secret, message(kind, body), hashlib.sha256).hexdigest()

    elif hasher == "old-hash-kept":

        def forger(kind: str, body: dict[str, Any]) -> str:
            return decision["record_hash"] if kind == "record" else events[0]["event_hash"]

    else:
        forger = hasher
    forged, forged_events = relink(decision, events, {sk: {field: value}}, forger)
    problems = ([p] if (p := record_problem(forged, log_mac)) else []) + verify_chain(
        forged, forged_events, log_mac
    )
    assert problems, (target, field, value)
