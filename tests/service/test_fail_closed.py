"""Fail closed: when the decision cannot be written or the original cannot be sealed, the answer is
503 ``unavailable`` and never a decision (least of all ``approve``), and nothing is half-written."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from botocore.client import BaseClient
from botocore.exceptions import ClientError, EndpointConnectionError, ReadTimeoutError

from tests.service.conftest import FakeContext, call, decision_event, screen_event, table_snapshot

CLEAN = {"text": "Happy Friday from the whole team!", "author": "ops", "channel": "linkedin"}


def _client_error(code: str, operation: str, **extra: Any) -> ClientError:
    return ClientError({"Error": {"Code": code, "Message": f"simulated {code}"}, **extra}, operation)


def _throttled(**_: Any) -> Any:
    raise _client_error("ProvisionedThroughputExceededException", "TransactWriteItems")


def _cancelled_by_throttling(**_: Any) -> Any:
    reasons = [{"Code": "ThrottlingError"}, {"Code": "None"}]
    raise _client_error("TransactionCanceledException", "TransactWriteItems", CancellationReasons=reasons)


def _cancelled_by_conflict(**_: Any) -> Any:
    reasons = [{"Code": "TransactionConflict"}, {"Code": "None"}]
    raise _client_error("TransactionCanceledException", "TransactWriteItems", CancellationReasons=reasons)


def _unreachable(**_: Any) -> Any:
    raise EndpointConnectionError(endpoint_url="https://dynamodb.us-east-1.amazonaws.com")


def _timed_out(**_: Any) -> Any:
    raise ReadTimeoutError(endpoint_url="https://dynamodb.us-east-1.amazonaws.com")


def _kms_down(**_: Any) -> Any:
    raise _client_error("KMSInternalException", "GenerateDataKey")


def _kms_key_disabled(**_: Any) -> Any:
    raise _client_error("DisabledException", "GenerateDataKey")


def _kms_unreachable(**_: Any) -> Any:
    raise EndpointConnectionError(endpoint_url="https://kms.us-east-1.amazonaws.com")


def _secret_unavailable(**_: Any) -> Any:
    raise _client_error("InternalServiceError", "GetSecretValue")


@pytest.fixture
def service() -> Any:
    from preflight.api.screen import _service

    return _service()


# (what fails, the client attribute on the service, the method, the fake)
FAULTS = [
    pytest.param("store.client", "transact_write_items", _throttled, id="dynamodb-throttled"),
    pytest.param(
        "store.client", "transact_write_items", _cancelled_by_throttling, id="dynamodb-cancelled-throttling"
    ),
    pytest.param(
        "store.client", "transact_write_items", _cancelled_by_conflict, id="dynamodb-cancelled-conflict"
    ),
    pytest.param("store.client", "transact_write_items", _unreachable, id="dynamodb-unreachable"),
    pytest.param("store.client", "transact_write_items", _timed_out, id="dynamodb-timeout"),
    pytest.param("sealer.vault.kms", "generate_data_key", _kms_down, id="kms-internal-error"),
    pytest.param("sealer.vault.kms", "generate_data_key", _kms_key_disabled, id="kms-key-disabled"),
    pytest.param("sealer.vault.kms", "generate_data_key", _kms_unreachable, id="kms-unreachable"),
    pytest.param(
        "sealer.vault.secrets", "get_secret_value", _secret_unavailable, id="fingerprint-secret-unavailable"
    ),
    # The record hash is a MAC under the audit key: no MAC, no decision (issue 9).
    pytest.param("mac.vault.kms", "generate_mac", _kms_down, id="audit-mac-key-internal-error"),
    pytest.param("mac.vault.kms", "generate_mac", _kms_key_disabled, id="audit-mac-key-disabled"),
    pytest.param("mac.vault.kms", "generate_mac", _kms_unreachable, id="audit-mac-key-unreachable"),
]


def _assert_unavailable(status: int, body: dict[str, Any], raw: str) -> None:
    assert status == 503, body
    assert body["error"]["code"] == "unavailable"
    assert "decision" not in body and "approve" not in raw and "flag" not in raw


@pytest.mark.parametrize("with_key", [False, True], ids=["no-key", "idempotency-key"])
@pytest.mark.parametrize(("target", "method", "fake"), FAULTS)
def test_write_path_fault_is_503_and_writes_nothing(
    screen_handler, dynamodb, service, monkeypatch, target: str, method: str, fake: Callable, with_key: bool
) -> None:
    client = service
    for attribute in target.split("."):
        client = getattr(client, attribute)
    monkeypatch.setattr(client, method, fake)
    if method == "get_secret_value":  # the key is read once and cached; forget it for this test
        monkeypatch.setattr(service.sealer, "_fingerprint_key", None)
    before = table_snapshot(dynamodb)
    event = screen_event(
        CLEAN, client_id=f"client-{uuid.uuid4().hex[:8]}", key=str(uuid.uuid4()) if with_key else None
    )
    response = screen_handler(event, FakeContext())
    _assert_unavailable(response["statusCode"], json.loads(response["body"]), response["body"])
    assert table_snapshot(dynamodb) == before


@pytest.fixture
def dynamodb_outage(monkeypatch) -> None:
    """Every DynamoDB call from any client (the decision store and the idempotency layer) fails."""
    real = BaseClient._make_api_call

    def make_api_call(self: BaseClient, operation: str, params: dict[str, Any]) -> Any:
        if self.meta.service_model.service_name == "dynamodb":
            raise EndpointConnectionError(endpoint_url="https://dynamodb.us-east-1.amazonaws.com")
        return real(self, operation, params)

    monkeypatch.setattr(BaseClient, "_make_api_call", make_api_call)


@pytest.mark.parametrize("with_key", [False, True], ids=["no-key", "idempotency-key"])
def test_dynamodb_outage_is_503(screen_handler, service, dynamodb_outage, with_key: bool) -> None:
    event = screen_event(
        CLEAN, client_id=f"client-{uuid.uuid4().hex[:8]}", key=str(uuid.uuid4()) if with_key else None
    )
    response = screen_handler(event, FakeContext())
    _assert_unavailable(response["statusCode"], json.loads(response["body"]), response["body"])


def test_read_during_an_outage_is_503(screen_handler, decision_handler, monkeypatch) -> None:
    status, created = call(screen_handler, screen_event(CLEAN))
    assert status == 200, created
    from preflight.api.decisions import _reader

    def down(**_: Any) -> Any:
        raise _client_error("InternalServerError", "Query")

    monkeypatch.setattr(_reader().store.client, "query", down)
    status, body = call(decision_handler, decision_event(created["decision_id"], role="audit"))
    assert status == 503, body
    assert body["error"]["code"] == "unavailable"


def test_the_service_recovers_after_the_fault(screen_handler, service, monkeypatch) -> None:
    monkeypatch.setattr(service.store.client, "transact_write_items", _throttled)
    assert call(screen_handler, screen_event(CLEAN))[0] == 503
    monkeypatch.undo()
    status, body = call(screen_handler, screen_event(CLEAN))
    assert (status, body["decision"]) == (200, "approve")
