"""No raw sensitive value from a draft is stored in clear, logged or put in metrics: the only copy
is the sealed original. Checked on the whole table, the idempotency table, the logs (the Powertools
Logger's JSON lines), the metrics (EMF on stdout) and every error body, on success and failure."""

from __future__ import annotations

import json
import logging
import os
import re
import uuid
from typing import Any

import pytest

from tests.service.conftest import FakeContext, call, decision_event, scan_all, screen_event

# Values no other test uses, so a hit can only come from this module's drafts.
EMAIL = "marguerite.okonkwo61@gmail.com"
PHONE = "(628) 555-0173"
CARD = "4556 7375 8689 9855"
SSN = "536-22-8419"
TOKEN = "ghp_Zq8Lm3Nv7Rt1Wx5Yb9Cd2Fg6Hj4Kp0Sa3Ue7"
VALUES = {"email": EMAIL, "phone": PHONE, "card": CARD, "ssn": SSN, "token": TOKEN}
DRAFT_TEXT = (
    f"Customer update: reach Marguerite at {EMAIL} or {PHONE}. Card on file {CARD}, "
    f"SSN {SSN}. CI token {TOKEN} rotates Friday."
)
DRAFT = {"text": DRAFT_TEXT, "author": "growth-team", "channel": "linkedin", "metadata": {"campaign": "q3"}}


def _forms(value: str) -> set[str]:
    """The value as written and with separators dropped (a card or SSN stored as bare digits is as bad)."""
    forms = {value, value.lower()}
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 7 and not value.startswith("ghp_"):
        forms.add(digits)
    return forms


def assert_no_raw_value(text: str, where: str) -> None:
    for name, value in VALUES.items():
        for form in _forms(value):
            assert form not in text, f"raw {name} ({form!r}) found in {where}"


def _without_original(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k != "original"}


def test_draft_is_flagged_on_every_value(screen_handler) -> None:
    """The premise: the engine recognises each value (so masking is what keeps it out)."""
    status, body = call(screen_handler, screen_event(DRAFT, client_id="leak-premise"))
    assert status == 200, body
    masked = {DRAFT_TEXT[f["start"] : f["end"]] for f in body["findings"]}
    assert set(VALUES.values()) <= masked, masked


@pytest.mark.parametrize("with_key", [False, True], ids=["no-key", "idempotency-key"])
def test_no_raw_value_in_the_tables_logs_or_metrics(
    screen_handler, decision_handler, dynamodb, captured_logs, capsys, caplog, with_key
) -> None:
    caplog.set_level(logging.DEBUG)
    client = f"leak-{uuid.uuid4().hex[:8]}"
    key = str(uuid.uuid4()) if with_key else None
    response = screen_handler(screen_event(DRAFT, client_id=client, key=key), FakeContext())
    assert response["statusCode"] == 200, response["body"]
    decision_id = json.loads(response["body"])["decision_id"]
    if with_key:  # the idempotent replay, answered from the idempotency record
        replay = screen_handler(screen_event(DRAFT, client_id=client, key=key), FakeContext())
        assert json.loads(replay["body"])["decision_id"] == decision_id
    read = decision_handler(decision_event(decision_id, role="audit"), FakeContext())
    assert read["statusCode"] == 200

    # the responses
    assert_no_raw_value(response["body"], "the POST /screen response")
    assert_no_raw_value(read["body"], "the GET /decisions response")

    # every item of both tables, serialized whole; the decision's sealed original is the one exception
    items = scan_all(dynamodb, os.environ["PREFLIGHT_TABLE_NAME"])
    ours = [i for i in items if i.get("decision_id", {}).get("S") == decision_id]
    assert any("original" in i for i in ours), "the decision item was not found"
    for item in items:
        assert_no_raw_value(json.dumps(_without_original(item)), f"table item {item['PK']['S']}")
    for item in ours:
        if "original" in item:
            assert_no_raw_value(json.dumps(item["original"]), "the sealed original (ciphertext)")
    for item in scan_all(dynamodb, os.environ["PREFLIGHT_IDEMPOTENCY_TABLE_NAME"]):
        assert_no_raw_value(json.dumps(item), "the idempotency table")

    # the logs (service logger JSON lines, and anything else logged at DEBUG), and the metrics
    logs = captured_logs.getvalue()
    assert decision_id in logs, "the log capture saw nothing: the check below would prove nothing"
    assert_no_raw_value(logs, "the service logs")
    assert_no_raw_value("\n".join(r.getMessage() for r in caplog.records), "library logs")
    out = capsys.readouterr()
    assert '"_aws"' in out.out, "no EMF metrics were printed"
    assert_no_raw_value(out.out + out.err, "stdout/stderr (metrics)")


def _fail_write(**_: Any) -> Any:
    from botocore.exceptions import ClientError

    raise ClientError({"Error": {"Code": "ThrottlingException", "Message": f"throttled {SSN}?"}}, "Transact")


@pytest.mark.parametrize(
    ("case", "body", "status"),
    [
        pytest.param("too-long", {**DRAFT, "text": DRAFT_TEXT + " x" * 50_000}, 413, id="too-long"),
        pytest.param("bad-field", {**DRAFT, "channel": "myspace"}, 400, id="validation-error"),
        pytest.param("write-fails", DRAFT, 503, id="write-fails"),
        pytest.param("crash", DRAFT, 500, id="unhandled-error"),
    ],
)
def test_no_raw_value_on_error_paths(
    screen_handler, dynamodb, captured_logs, capsys, monkeypatch, case, body, status
) -> None:
    from preflight.api.screen import _service

    service = _service()
    if case == "write-fails":
        monkeypatch.setattr(service.store.client, "transact_write_items", _fail_write)
    if case == "crash":

        def crash(*_: Any, **__: Any) -> Any:
            raise RuntimeError("unexpected")

        monkeypatch.setattr(service, "screen_and_log", crash)
    before = len(scan_all(dynamodb, os.environ["PREFLIGHT_TABLE_NAME"]))
    response = screen_handler(screen_event(body, client_id=f"leak-{case}"), FakeContext())
    assert response["statusCode"] == status, response["body"][:300]
    assert_no_raw_value(response["body"], "the error body")
    assert len(scan_all(dynamodb, os.environ["PREFLIGHT_TABLE_NAME"])) == before
    logs = captured_logs.getvalue()
    if status >= 500:
        assert logs, "nothing was logged"
    # The simulated AWS error message carries the SSN on purpose: the logs may name the error code,
    # never the message of a foreign error.
    assert_no_raw_value(logs, "the service logs")
    out = capsys.readouterr()
    assert_no_raw_value(out.out + out.err, "stdout/stderr")
