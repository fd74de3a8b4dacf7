"""Retries with an Idempotency-Key: the same decision and nothing new written; the same key with
another body is 422; a repeat while the first is running is 409; keys belong to one client; the
guard item answers when the idempotency record is lost; errors are never cached as the answer."""

from __future__ import annotations

import json
import os
import time
import uuid
import warnings
from typing import Any

import pytest

from tests.service.conftest import (
    FakeContext,
    call,
    decision_items,
    scan_all,
    screen_event,
    table_snapshot,
)

DRAFT = {"text": "Mail jo.smith77@gmail.com for the brochure.", "author": "jo", "channel": "x"}
OTHER = {"text": "Mail jo.smith77@gmail.com for the flyer.", "author": "jo", "channel": "x"}


def _new_key() -> str:
    return str(uuid.uuid4())


def _new_client() -> str:
    return f"client-{uuid.uuid4().hex[:8]}"


def _idempotency_records(dynamodb: Any) -> dict[str, dict[str, Any]]:
    return {i["id"]["S"]: i for i in scan_all(dynamodb, os.environ["PREFLIGHT_IDEMPOTENCY_TABLE_NAME"])}


@pytest.fixture
def service() -> Any:
    from preflight.api.screen import _service

    return _service()


@pytest.mark.parametrize(
    ("first_header", "retry_header"),
    [
        pytest.param("Idempotency-Key", "Idempotency-Key", id="canonical"),
        pytest.param("idempotency-key", "idempotency-key", id="lower-case"),
        pytest.param("Idempotency-Key", "IDEMPOTENCY-KEY", id="mixed-case-retry"),
    ],
)
def test_retry_returns_the_same_decision_and_writes_nothing(
    screen_handler, dynamodb, first_header, retry_header
) -> None:
    key, client = _new_key(), _new_client()
    status, first = call(
        screen_handler, screen_event(DRAFT, client_id=client, key=key, key_header=first_header)
    )
    assert status == 200, first
    before = table_snapshot(dynamodb)
    for _ in range(2):
        status, retry = call(
            screen_handler, screen_event(DRAFT, client_id=client, key=key, key_header=retry_header)
        )
        assert status == 200, retry
        assert retry == first
    assert table_snapshot(dynamodb) == before


def test_same_key_different_body_is_422(screen_handler, dynamodb) -> None:
    key, client = _new_key(), _new_client()
    assert call(screen_handler, screen_event(DRAFT, client_id=client, key=key))[0] == 200
    before = table_snapshot(dynamodb)
    for other in (OTHER, {**DRAFT, "channel": "linkedin"}, {**DRAFT, "metadata": {"a": "b"}}):
        status, body = call(screen_handler, screen_event(other, client_id=client, key=key))
        assert status == 422, body
        assert body["error"]["code"] == "idempotency_key_reused"
    assert table_snapshot(dynamodb) == before


def test_key_is_scoped_to_the_client(screen_handler, dynamodb) -> None:
    key = _new_key()
    status_a, a = call(screen_handler, screen_event(DRAFT, client_id=_new_client(), key=key))
    count = len(decision_items(dynamodb))
    status_b, b = call(screen_handler, screen_event(DRAFT, client_id=_new_client(), key=key))
    assert (status_a, status_b) == (200, 200)
    assert a["decision_id"] != b["decision_id"]
    assert b["client_id"] != a["client_id"]
    assert len(decision_items(dynamodb)) == count + 1


def test_without_a_key_every_call_is_a_new_decision(screen_handler, dynamodb) -> None:
    count = len(decision_items(dynamodb))
    ids = {call(screen_handler, screen_event(DRAFT))[1]["decision_id"] for _ in range(2)}
    assert len(ids) == 2
    assert len(decision_items(dynamodb)) == count + 2


def test_repeat_while_the_first_is_running_is_409(screen_handler, dynamodb, service, monkeypatch) -> None:
    """The retry arrives while the first request is still screening (re-entrant call)."""
    key, client = _new_key(), _new_client()
    inner: list[tuple[int, dict[str, Any]]] = []
    real = service.screen_and_log

    def slow_first(*args: Any, **kwargs: Any) -> Any:
        if not inner:
            inner.append(call(screen_handler, screen_event(DRAFT, client_id=client, key=key)))
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "screen_and_log", slow_first)
    status, first = call(screen_handler, screen_event(DRAFT, client_id=client, key=key))
    assert status == 200, first
    assert inner[0][0] == 409, inner
    assert inner[0][1]["error"]["code"] == "idempotency_in_progress"
    monkeypatch.undo()
    # once the first has finished, the retry gets its answer
    assert call(screen_handler, screen_event(DRAFT, client_id=client, key=key)) == (200, first)


def test_in_progress_record_expires_with_the_invocation(
    screen_handler, dynamodb, service, monkeypatch
) -> None:
    """A first call that timed out (killed, so no cleanup) must not block its key for the whole TTL:
    the in-progress record carries the invocation's deadline, after which a retry screens again."""

    class Killed(BaseException):
        """What a Lambda timeout looks like from inside: nothing after it runs."""

    class ShortContext(FakeContext):
        @staticmethod
        def get_remaining_time_in_millis() -> int:
            return 50

    key, client = _new_key(), _new_client()
    before = set(_idempotency_records(dynamodb))

    def killed(*args: Any, **kwargs: Any) -> Any:
        raise Killed

    monkeypatch.setattr(service, "screen_and_log", killed)
    with warnings.catch_warnings():
        # Powertools warns (and then fails to save) when it cannot see the invocation's deadline
        warnings.filterwarnings("error", message="Couldn't determine the remaining time")
        with pytest.raises(Killed):
            screen_handler(screen_event(DRAFT, client_id=client, key=key), ShortContext())
    monkeypatch.undo()

    (record,) = [r for k, r in _idempotency_records(dynamodb).items() if k not in before]
    assert record["status"]["S"] == "INPROGRESS"
    assert "in_progress_expiration" in record, "the in-progress record has no deadline"
    time.sleep(0.1)
    status, body = call(screen_handler, screen_event(DRAFT, client_id=client, key=key))
    assert status == 200, body


def test_guard_answers_when_the_idempotency_record_is_lost(screen_handler, dynamodb) -> None:
    key, client = _new_key(), _new_client()
    before_records = set(_idempotency_records(dynamodb))
    status, first = call(screen_handler, screen_event(DRAFT, client_id=client, key=key))
    assert status == 200, first
    lost = [k for k in _idempotency_records(dynamodb) if k not in before_records]
    assert len(lost) == 1
    for record_id in lost:
        dynamodb.delete_item(
            TableName=os.environ["PREFLIGHT_IDEMPOTENCY_TABLE_NAME"], Key={"id": {"S": record_id}}
        )

    before = table_snapshot(dynamodb)
    status, retry = call(screen_handler, screen_event(DRAFT, client_id=client, key=key))
    assert status == 200, retry
    assert retry["decision_id"] == first["decision_id"]
    assert retry == first
    assert table_snapshot(dynamodb) == before


@pytest.mark.parametrize(
    ("failing_body", "status"),
    [
        pytest.param({"text": "   ", "author": "jo"}, 400, id="empty-text"),
        pytest.param({"text": "x" * 100_001, "author": "jo"}, 413, id="too-long"),
    ],
)
def test_errors_are_not_cached_as_the_answer(screen_handler, dynamodb, failing_body, status) -> None:
    """A failed first attempt leaves the key free: the corrected retry is screened (not 422)."""
    key, client = _new_key(), _new_client()
    got, body = call(screen_handler, screen_event(failing_body, client_id=client, key=key))
    assert got == status, body
    got, body = call(screen_handler, screen_event(DRAFT, client_id=client, key=key))
    assert got == 200, body


def test_failed_write_is_not_cached(screen_handler, dynamodb, service, monkeypatch) -> None:
    from botocore.exceptions import EndpointConnectionError

    key, client = _new_key(), _new_client()

    def outage(**_: Any) -> Any:
        raise EndpointConnectionError(endpoint_url="https://dynamodb.us-east-1.amazonaws.com")

    monkeypatch.setattr(service.store.client, "transact_write_items", outage)
    status, body = call(screen_handler, screen_event(DRAFT, client_id=client, key=key))
    assert status == 503, body
    monkeypatch.undo()
    count = len(decision_items(dynamodb))
    status, body = call(screen_handler, screen_event(DRAFT, client_id=client, key=key))
    assert status == 200, body
    assert len(decision_items(dynamodb)) == count + 1


@pytest.mark.parametrize(
    ("key", "status"),
    [
        pytest.param("k" * 255, 200, id="255-chars"),
        pytest.param("k" * 256, 400, id="256-chars"),
        pytest.param("", 200, id="empty-is-no-key"),
    ],
)
def test_key_length(screen_handler, key, status) -> None:
    got, body = call(screen_handler, screen_event(DRAFT, client_id=_new_client(), key=key))
    assert got == status, body
    if status == 400:
        assert body["error"]["code"] == "validation_error"
        assert body["error"]["details"][0]["path"] == "Idempotency-Key"


def _expire_records(dynamodb: Any, record_ids: list[str]) -> None:
    """What 24 hours do to a Powertools record: its `expiration` passes (DynamoDB's TTL deletes it
    some time later; Powertools treats it as absent from that moment)."""
    for record_id in record_ids:
        dynamodb.update_item(
            TableName=os.environ["PREFLIGHT_IDEMPOTENCY_TABLE_NAME"],
            Key={"id": {"S": record_id}},
            UpdateExpression="SET expiration = :past",
            ExpressionAttributeValues={":past": {"N": str(int(time.time()) - 60)}},
        )


def _all_items(dynamodb: Any) -> int:
    return len(scan_all(dynamodb, os.environ["PREFLIGHT_TABLE_NAME"]))


@pytest.mark.parametrize("lose", ["expired", "deleted"])
def test_guard_binds_the_key_to_the_body_after_the_record_expires(screen_handler, dynamodb, lose) -> None:
    """After the Powertools record is gone, the guard alone answers: the same body gets the original
    decision, another body is 422 and is neither screened nor logged."""
    key, client = _new_key(), _new_client()
    before_records = set(_idempotency_records(dynamodb))
    status, first = call(screen_handler, screen_event(DRAFT, client_id=client, key=key))
    assert status == 200, first
    records = [k for k in _idempotency_records(dynamodb) if k not in before_records]
    assert len(records) == 1
    if lose == "expired":
        _expire_records(dynamodb, records)
    else:
        for record_id in records:
            dynamodb.delete_item(
                TableName=os.environ["PREFLIGHT_IDEMPOTENCY_TABLE_NAME"], Key={"id": {"S": record_id}}
            )

    snapshot, items = table_snapshot(dynamodb), _all_items(dynamodb)
    for other in (
        OTHER,
        {**DRAFT, "channel": "linkedin"},
        {**DRAFT, "metadata": {"a": "b"}},
        {**DRAFT, "author": "al"},
    ):
        status, body = call(screen_handler, screen_event(other, client_id=client, key=key))
        assert status == 422, body
        assert body["error"]["code"] == "idempotency_key_reused"
        assert table_snapshot(dynamodb) == snapshot and _all_items(dynamodb) == items
    # the defaults count as sent: {"channel": "other"} is the body without a channel
    status, retry = call(screen_handler, screen_event(DRAFT, client_id=client, key=key))
    assert status == 200, retry
    assert retry["decision_id"] == first["decision_id"]
    assert retry == first
    assert table_snapshot(dynamodb) == snapshot and _all_items(dynamodb) == items


def test_the_guard_holds_a_keyed_fingerprint_not_the_body(screen_handler, dynamodb) -> None:
    import hashlib

    import rfc8785
    from preflight.store import keys

    key, client = _new_key(), _new_client()
    assert call(screen_handler, screen_event(DRAFT, client_id=client, key=key))[0] == 200
    (guard,) = [
        i
        for i in scan_all(dynamodb, os.environ["PREFLIGHT_TABLE_NAME"])
        if i["PK"]["S"] == keys.guard_pk(client, key)
    ]
    stored = guard["body_fingerprint"]["S"]
    body = {**DRAFT, "metadata": {}}
    for unkeyed in (rfc8785.dumps(body), DRAFT["text"].encode()):
        assert stored not in {hashlib.sha256(unkeyed).hexdigest(), hashlib.md5(unkeyed).hexdigest()}
    assert DRAFT["text"] not in str(guard)
    # Powertools' record validates the same keyed fingerprint, never a plain hash of the body
    for record in _idempotency_records(dynamodb).values():
        for unkeyed in (body, {"text": DRAFT["text"]}):
            assert hashlib.md5(json.dumps(unkeyed, sort_keys=True).encode()).hexdigest() not in str(record)


def test_a_guard_from_before_body_fingerprints_compares_the_decision(screen_handler, dynamodb) -> None:
    """Guards written before this change name only the decision: the retry is compared with what the
    decision holds (the text's keyed fingerprint, author, channel, metadata)."""
    from preflight.store import keys

    key, client = _new_key(), _new_client()
    before_records = set(_idempotency_records(dynamodb))
    status, first = call(screen_handler, screen_event(DRAFT, client_id=client, key=key))
    assert status == 200, first
    dynamodb.update_item(
        TableName=os.environ["PREFLIGHT_TABLE_NAME"],
        Key={"PK": {"S": keys.guard_pk(client, key)}, "SK": {"S": keys.GUARD_SK}},
        UpdateExpression="REMOVE body_fingerprint",
    )
    _expire_records(dynamodb, [k for k in _idempotency_records(dynamodb) if k not in before_records])
    items = _all_items(dynamodb)
    status, body = call(screen_handler, screen_event(OTHER, client_id=client, key=key))
    assert status == 422 and body["error"]["code"] == "idempotency_key_reused", body
    status, retry = call(screen_handler, screen_event(DRAFT, client_id=client, key=key))
    assert status == 200 and retry["decision_id"] == first["decision_id"], retry
    assert _all_items(dynamodb) == items
