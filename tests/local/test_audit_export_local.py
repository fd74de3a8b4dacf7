"""``preflight audit export`` end to end: the command in a subprocess, against the local runner's
real ``GET /decisions`` (route from template.yaml, the audit handler, moto's DynamoDB)."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from preflight_tools.cli.audit_export import CSV_COLUMNS
from preflight_tools.local import tokens
from preflight_tools.local.template import REPO

from tests.local.conftest import call

DRAFTS = [
    ("Happy Friday from the whole team!", "jane"),
    ("Call me at 415.555.0199, the new pricing is under NDA until Monday!", '=HYPERLINK("x")'),
    ("Our product cures anxiety, guaranteed.", "omar"),
]


def _export(port: int, token: str, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "PREFLIGHT_"))}
    return subprocess.run(
        [sys.executable, "-m", "preflight_tools.cli.main", "audit", "export", *argv],
        env={**env, "PREFLIGHT_API_URL": f"http://127.0.0.1:{port}", "PREFLIGHT_TOKEN": token},
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


def test_export_through_the_local_api(runner: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    port, state, _ = runner
    monkeypatch.setenv("PREFLIGHT_LOCAL_STATE", str(state))
    screen = tokens.mint("screen", client="acme")
    ids = []
    for text, author in DRAFTS:
        status, _, body = call(port, "POST", "/screen", screen, {"text": text, "author": author})
        assert status == 200, body
        ids.append(body["decision_id"])

    audit = tokens.mint("audit", user="ava")
    today = datetime.now(UTC).date()
    # 200 days: the command splits them into three windows of at most 92 days for the API.
    span = (
        "--from",
        (today - timedelta(days=198)).isoformat(),
        "--to",
        (today + timedelta(days=2)).isoformat(),
    )
    out = tmp_path / "log.jsonl"
    done = _export(port, audit, *span, "-o", str(out))
    assert done.returncode == 0, done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["decision_id"] for line in lines] == ids[::-1]  # newest first, each once
    assert "3 records written" in done.stderr and "3 pages" in done.stderr

    out = tmp_path / "flagged.csv"
    done = _export(port, audit, *span, "--decision", "flag", "--format", "csv", "-o", str(out))
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8", newline="") as stream:
        rows = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in list(csv.reader(stream))[1:]]
    flagged = [r for r in rows if r["decision_id"] == ids[1]]
    assert flagged and flagged[0]["author"] == '\'=HYPERLINK("x")'
    assert all(r["decision"] == "flag" for r in rows)

    # The API's own validation message comes through, with exit status 2.
    done = _export(port, audit, *span, "--status", "nonsense")
    assert done.returncode == 2 and "status must be one of" in done.stderr

    # A reviewer's token lacks the audit role.
    done = _export(port, tokens.mint("review", user="rita"), *span)
    assert done.returncode == 1 and "403" in done.stderr and "audit role" in done.stderr
