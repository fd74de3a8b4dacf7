"""Logger, metrics: JSON logs with the request's correlation id and the decision's id and categories
(never the text); EMF metrics for decisions by outcome, findings by category and screening latency."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.service.conftest import FakeContext, screen_event

FLAGGED = {"text": "Mail jo.smith77@gmail.com today", "author": "jo", "channel": "x"}
CLEAN = {"text": "Happy Friday from the whole team!", "author": "jo", "channel": "linkedin"}


def _json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


@pytest.mark.parametrize(
    ("draft", "decision", "categories"),
    [
        pytest.param(FLAGGED, "flag", ["pii.email"], id="flagged"),
        pytest.param(CLEAN, "approve", [], id="clean"),
    ],
)
def test_log_and_metrics_of_a_decision(
    screen_handler, captured_logs, capsys, draft, decision, categories
) -> None:
    event = screen_event(draft)
    response = screen_handler(event, FakeContext())
    assert response["statusCode"] == 200
    decision_id = json.loads(response["body"])["decision_id"]

    logs = _json_lines(captured_logs.getvalue())
    (logged,) = [line for line in logs if line.get("message") == "decision logged"]
    assert logged["correlation_id"] == event["requestContext"]["requestId"]
    assert logged["decision_id"] == decision_id
    assert (logged["decision"], logged["categories"]) == (decision, categories)
    assert logged["level"] == "INFO" and logged["service"] == "preflight"

    (emf,) = [line for line in _json_lines(capsys.readouterr().out) if "_aws" in line]
    directive = emf["_aws"]["CloudWatchMetrics"][0]
    assert directive["Namespace"] == "Preflight"
    names = {m["Name"]: m["Unit"] for m in directive["Metrics"]}
    assert names[f"Decision_{decision}"] == "Count" and emf[f"Decision_{decision}"] in (1, [1], 1.0)
    latency = emf["ScreeningLatency"]
    assert names["ScreeningLatency"] == "Milliseconds"
    assert all(v > 0 for v in (latency if isinstance(latency, list) else [latency]))
    assert {n for n in names if n.startswith("Finding_")} == {f"Finding_{c}" for c in categories}
