"""The local runner renders Powertools' JSON log records as readable lines (same content)."""

from __future__ import annotations

import io
import json
import logging

from aws_lambda_powertools import Logger
from preflight_tools.local import logs


def _logger(stream: io.StringIO, service: str) -> Logger:
    return Logger(service=service, logger_handler=logging.StreamHandler(stream))


def test_records_become_one_readable_line(monkeypatch) -> None:
    monkeypatch.delenv("PREFLIGHT_LOG_FORMAT", raising=False)
    stream = io.StringIO()
    logger = _logger(stream, "preflight-logs-test")
    logs.install("preflight-logs-test")
    logger.info("decision logged", extra={"decision_id": "D1", "categories": ["pii.email"]})
    logger.warning("slow")
    first, second = stream.getvalue().splitlines()
    assert "INFO" in first and "decision logged" in first
    assert "decision_id=D1" in first and 'categories=["pii.email"]' in first
    assert "service" not in first and "timestamp" not in first
    assert "WARNING" in second and second.rstrip().endswith("slow")
    assert not first.lstrip().startswith("{")


def test_json_stays_when_asked(monkeypatch) -> None:
    monkeypatch.setenv("PREFLIGHT_LOG_FORMAT", "json")
    stream = io.StringIO()
    logger = _logger(stream, "preflight-logs-json")
    logs.install("preflight-logs-json")
    logger.info("kept", extra={"decision_id": "D2"})
    assert json.loads(stream.getvalue())["decision_id"] == "D2"
