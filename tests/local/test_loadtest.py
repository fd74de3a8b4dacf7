"""The load test (scripts/loadtest): a small run end to end against its own runner, so that CI
catches a broken script, and its checks on made-up runs, so that each one is seen to fail when the
table or the answers are wrong. The full run (10,000 requests) is `make loadtest`, not part of pytest."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections import Counter
from typing import Any

import pytest
from preflight_tools import loadtest
from preflight_tools.loadtest import Answer, Draft, Run, Sent, Table, evaluate
from preflight_tools.local.template import REPO


def test_small_run_end_to_end() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "PREFLIGHT_"))}
    done = subprocess.run(
        [
            *(sys.executable, str(REPO / "scripts" / "loadtest"), "--requests", "200", "--clients", "4"),
            *("--seed", "3", "--max-seconds", "150", "--json"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=200,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    report = json.loads(done.stdout)
    assert report["passed"] is True
    assert report["post_requests"] == 200 and report["status_counts"] == {"200": 200}
    assert report["idempotent_retries"] == 10 and report["distinct_decisions"] == 190
    assert report["read_back"]["requests"] == 190 and report["read_back"]["status_counts"] == {"200": 190}
    assert report["decisions"]["approve"] + report["decisions"]["flag"] == 190
    assert report["decisions"]["flag"] > 0 and report["decisions"]["approve"] > 0
    names = {c["name"]: c["ok"] for c in report["checks"]}
    for name in (
        "decision items = distinct successful decision ids",
        "daily counters' total = distinct successful decision ids",
        "one idempotency guard per key, naming its decision",
        "idempotent retries return the original decision",
        "the runner stopped cleanly",
    ):
        assert names[name] is True, report["checks"]
    assert 0 < report["latency_ms"]["p50"] <= report["latency_ms"]["p95"] <= report["latency_ms"]["p99"]


def test_the_generator_means_what_the_engine_decides(engine: Any) -> None:
    drafts = loadtest.make_drafts(1000, 0.05, ["a", "b"], random.Random(11))
    assert len(drafts) == 950
    assert sum(2 if d.mode != "single" else 1 for d in drafts) == 1000
    assert Counter(d.mode for d in drafts) == {"single": 900, "retry": 25, "concurrent": 25}
    assert all(d.key for d in drafts if d.mode != "single")
    assert 0.3 < sum(d.expected == "flag" for d in drafts) / len(drafts) < 0.5
    wrong = [
        (d.expected, d.body["text"])
        for d in drafts[:400]
        if engine.screen(d.body["text"]).decision != d.expected
    ]
    assert not wrong


@pytest.mark.parametrize(
    "url", ["http://10.0.0.5:3000", "http://example.com:3000", "https://127.0.0.1:3000", "127.0.0.1:3000"]
)
def test_refuses_anything_but_loopback_http(url: str) -> None:
    with pytest.raises(loadtest.LoadTestError):
        loadtest.require_loopback(url, "the runner's URL")


def test_accepts_loopback() -> None:
    assert loadtest.require_loopback("http://127.0.0.1:3000", "x") == ("127.0.0.1", 3000)
    assert loadtest.require_loopback("http://localhost:8000/", "x") == ("localhost", 8000)
    assert loadtest.require_loopback("http://[::1]:3000", "x") == ("::1", 3000)


def test_non_loopback_url_fails_before_sending(capsys: pytest.CaptureFixture[str]) -> None:
    status = loadtest.main(["--url", "http://192.168.1.5:3000", "--dynamodb-endpoint", "http://127.0.0.1:9"])
    assert status == 1
    assert "not on loopback" in capsys.readouterr().err


def test_banner_parsing() -> None:
    banner = (
        "Preflight local runner: http://127.0.0.1:41234 (stage v1)\n"
        "  data: DynamoDB tables a, b, KMS and Secrets Manager in moto's in-memory server at "
        "http://127.0.0.1:39999: the data is gone when this process stops\n"
    )
    assert loadtest.parse_banner(banner) == ("http://127.0.0.1:41234", "http://127.0.0.1:39999")
    other = banner.replace(
        "a, b, KMS and Secrets Manager in moto's in-memory server at http://127.0.0.1:39999: the data",
        "a, b at http://localhost:8000 (PREFLIGHT_DYNAMODB_ENDPOINT); KMS at http://127.0.0.1:1",
    )
    assert loadtest.parse_banner(other) == ("http://127.0.0.1:41234", "http://localhost:8000")
    assert loadtest.parse_banner("Preflight local runner: http://127.0.0.1:1 (stage v1)\n") is None


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert loadtest.percentile(values, 50) == 50.0
    assert loadtest.percentile(values, 99) == 99.0
    assert loadtest.percentile([7.0], 95) == 7.0 and loadtest.percentile([], 50) == 0.0


# --- the checks, on made-up runs -------------------------------------------------------------------


def _decision(decision_id: str, flagged: bool) -> dict[str, Any]:
    findings = [{"category": "pii.phone", "start": 3, "end": 9}] if flagged else []
    return {
        "decision_id": decision_id,
        "decision": "flag" if flagged else "approve",
        "status": "pending_review" if flagged else "approved",
        "findings": findings,
    }


def _healthy() -> tuple[Run, Table]:
    """Three drafts: one plain, one retried in a row, one retried concurrently; all well answered."""
    drafts = [
        Draft(0, "c1", {"text": "a"}, "approve"),
        Draft(1, "c1", {"text": "b"}, "flag", key="k1", mode="retry"),
        Draft(2, "c2", {"text": "c"}, "approve", key="k2", mode="concurrent"),
    ]
    answers = {0: _decision("D0", False), 1: _decision("D1", True), 2: _decision("D2", False)}
    run = Run(drafts)
    for draft in drafts:
        for attempt in range(1 if draft.mode == "single" else 2):
            run.sent.append(Sent(draft, attempt, Answer(200, 5.0, dict(answers[draft.index]))))
            run.http_statuses[200] += 1
    run.reads = {a["decision_id"]: Answer(200, 2.0, {**a, "history": []}) for a in answers.values()}
    table = Table(["D0", "D1", "D2"], 3, {"GUARD#c1#h1": "D1", "GUARD#c2#h2": "D2"})
    return run, table


def _failed(run: Run, table: Table | None) -> set[str]:
    return {c.name for c in evaluate(run, table) if not c.ok}


def test_a_healthy_run_passes() -> None:
    run, table = _healthy()
    checks = evaluate(run, table)
    assert len(checks) == 10 and all(c.ok for c in checks), checks


def test_a_doubled_or_lost_decision_fails() -> None:
    run, table = _healthy()
    table.decision_ids.append("D2")  # written twice
    assert _failed(run, table) == {"decision items = distinct successful decision ids"}
    run, table = _healthy()
    table.decision_ids.remove("D0")  # lost
    table.counter_total_delta = 2
    assert _failed(run, table) == {
        "decision items = distinct successful decision ids",
        "daily counters' total = distinct successful decision ids",
    }
    run, table = _healthy()
    table.counter_total_delta = 4  # a decision counted twice
    assert _failed(run, table) == {"daily counters' total = distinct successful decision ids"}


def test_a_retry_that_made_a_new_decision_fails() -> None:
    run, table = _healthy()
    retry = next(s for s in run.sent if s.draft.index == 1 and s.attempt == 1)
    retry.answer.body = _decision("D9", True)
    run.reads["D9"] = Answer(200, 2.0, _decision("D9", True))
    table.decision_ids.append("D9")
    table.counter_total_delta = 4
    failed = _failed(run, table)
    assert "idempotent retries return the original decision" in failed
    assert "distinct drafts got distinct ids" in failed
    assert "one idempotency guard per key, naming its decision" in failed


def test_a_5xx_a_transport_error_or_a_missing_guard_fails() -> None:
    run, table = _healthy()
    run.sent[0].answer = Answer(503, 5.0, {"error": {"code": "unavailable"}})
    run.http_statuses[503] += 1
    failed = _failed(run, table)
    assert {"no 5xx", "every screening answered 200"} <= failed
    run, table = _healthy()
    run.sent[0].answer = Answer(0, 5.0, error="ConnectionResetError")
    assert "no transport error" in _failed(run, table)
    run, table = _healthy()
    del table.guards["GUARD#c2#h2"]
    assert _failed(run, table) == {"one idempotency guard per key, naming its decision"}


def test_a_read_back_that_differs_or_is_missing_fails() -> None:
    run, table = _healthy()
    run.reads["D1"].body["findings"] = []
    assert _failed(run, table) == {"every decision reads back identical"}
    run, table = _healthy()
    run.reads["D2"] = Answer(404, 2.0, {"error": {"code": "not_found"}})
    assert _failed(run, table) == {"every decision reads back identical"}


def test_an_aborted_run_or_an_unread_table_fails() -> None:
    run, table = _healthy()
    run.sent.pop()
    run.aborted = "the sends did not finish within --max-seconds (4 of 5 done)"
    assert "every send answered" in _failed(run, table)
    run, _ = _healthy()
    assert _failed(run, None) == {"table matches the answers"}
