"""The ``preflight`` command: input sources, exit statuses, the batch that survives bad lines."""

from __future__ import annotations

import hashlib
import io
import json
import sys
from pathlib import Path

import pytest
from preflight_tools.cli.main import main

from tests.conftest import ACME

FLAGGED = "Call me at 415.555.0199 about Project Falcon."
CLEAN = "Happy Friday from the whole team!"


def run(capsys, monkeypatch, argv: list[str], stdin: bytes | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("text", "code", "decision"), [(CLEAN, 0, "approve"), (FLAGGED, 1, "flag")])
def test_screen_argument_prints_decision_and_exit_status(capsys, monkeypatch, text, code, decision) -> None:
    status, out, _ = run(capsys, monkeypatch, ["screen", "--rules", str(ACME), text])
    assert status == code
    assert json.loads(out)["decision"] == decision


def test_screen_reads_file_and_stdin(capsys, monkeypatch, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(FLAGGED, encoding="utf-8")
    status, out, _ = run(capsys, monkeypatch, ["screen", "--rules", str(ACME), "--file", str(draft)])
    assert status == 1 and json.loads(out)["findings"]
    status, out, _ = run(capsys, monkeypatch, ["screen", "--rules", str(ACME)], stdin=FLAGGED.encode())
    assert status == 1
    status, out, _ = run(
        capsys, monkeypatch, ["screen", "--rules", str(ACME), "--file", "-"], stdin=CLEAN.encode()
    )
    assert status == 0


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (["screen", "   "], None, "empty"),
        (["screen"], b"", "empty"),
        (["screen"], b"caf\xe9 au lait", "not valid UTF-8"),
        (["screen", "--file", "/nonexistent/draft.txt"], None, "cannot read"),
        (["screen", "text", "--file", "x"], None, "not both"),
    ],
)
def test_screen_bad_input_exits_2_with_a_message(capsys, monkeypatch, argv, stdin, message) -> None:
    status, out, err = run(capsys, monkeypatch, argv, stdin=stdin)
    assert status == 2
    assert message in err
    assert out == ""


def test_screen_invalid_utf8_file(capsys, monkeypatch, tmp_path: Path) -> None:
    draft = tmp_path / "bad.txt"
    draft.write_bytes(b"\xff\xfe broken")
    status, _, err = run(capsys, monkeypatch, ["screen", "--file", str(draft)])
    assert status == 2 and "not valid UTF-8" in err


def test_usage_error_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["screen", "--no-such-flag"])
    assert caught.value.code == 2


def test_batch_keeps_order_and_survives_bad_lines(capsys, monkeypatch) -> None:
    lines = [
        json.dumps({"id": "a", "text": CLEAN}),
        "{not json",
        json.dumps({"id": "c", "text": FLAGGED}),
        json.dumps({"id": "d"}),
        json.dumps({"id": "e", "text": ""}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "g", "text": 7}),
        "",
        json.dumps({"id": "h", "text": "Another ordinary update."}),
    ]
    stdin = ("\n".join(lines) + "\n").encode() + b'{"id": "i", "text": "caf\xe9"}\n'
    status, out, _ = run(capsys, monkeypatch, ["screen", "--jsonl", "--rules", str(ACME)], stdin=stdin)
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in results] == ["a", 2, "c", "d", "e", 6, "g", "h", 10]
    assert [r.get("decision") for r in results] == [
        "approve",
        None,
        "flag",
        None,
        None,
        None,
        None,
        "approve",
        None,
    ]
    codes = [r["error"]["code"] for r in results if "error" in r]
    assert codes == [
        "invalid_json",
        "missing_text",
        "empty_text",
        "invalid_record",
        "invalid_type",
        "invalid_utf8",
    ]
    assert status == 2


@pytest.mark.parametrize(("texts", "code"), [([CLEAN, CLEAN], 0), ([CLEAN, FLAGGED], 1)])
def test_batch_exit_status(capsys, monkeypatch, texts, code) -> None:
    stdin = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)).encode()
    status, out, _ = run(capsys, monkeypatch, ["screen", "--jsonl", "--rules", str(ACME)], stdin=stdin)
    assert status == code
    assert len(out.splitlines()) == len(texts)


def test_rules_check_and_show(capsys, monkeypatch) -> None:
    status, out, _ = run(capsys, monkeypatch, ["rules", "check", str(ACME)])
    assert status == 0 and "policy ok" in out
    version = out.split("version ")[1].split()[0]
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    buffer = sys.stdout.buffer
    status = main(["rules", "show", "--rules", str(ACME), "--version", version])
    assert status == 0
    shown = buffer.getvalue()
    assert hashlib.sha256(shown).hexdigest() == version
    assert "Project Falcon" in json.loads(shown)["lists"]["code_names"]


def test_rules_show_unknown_version_and_bad_overlay(capsys, monkeypatch, tmp_path: Path) -> None:
    status, _, err = run(capsys, monkeypatch, ["rules", "show", "--version", "0" * 64])
    assert status == 2 and "not " + "0" * 64 in err
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x.yaml").write_text("rules: [{id: claims.health, severity: loud}]\n")
    status, _, err = run(capsys, monkeypatch, ["rules", "check", str(tmp_path / "bad")])
    assert status == 2
    assert "x.yaml" in err and "claims.health" in err and "severity" in err


def test_rules_check_runs_every_rules_examples_and_fails_on_an_overlays_bad_example(
    capsys, monkeypatch, tmp_path: Path
) -> None:
    status, out, _ = run(capsys, monkeypatch, ["rules", "check", str(ACME)])
    assert status == 0 and " 0 failed" in out
    (tmp_path / "org").mkdir()
    (tmp_path / "org" / "tokens.yaml").write_text(
        "rules:\n"
        "  - id: custom.acme_token\n"
        "    category: secret\n"
        "    detector: regex\n"
        "    severity: high\n"
        "    message: Acme token\n"
        "    options: {patterns: [{name: t, pattern: 'acme_[a-z]{10}'}]}\n"
        "    examples: {match: [acme_short], no_match: [acme_abcdefghij]}\n"
    )
    status, out, err = run(capsys, monkeypatch, ["rules", "check", str(tmp_path / "org")])
    assert status == 1 and " 2 failed" in out
    assert err.count("tokens.yaml: custom.acme_token:") == 2


def test_eval_reports_per_category_metrics(capsys, monkeypatch, tmp_path: Path) -> None:
    corpus = tmp_path / "labelled.jsonl"
    rows = [
        {
            "id": "1",
            "text": "Our tea cures migraines.",
            "expected_decision": "flag",
            "categories": ["claims.health"],
        },
        {
            "id": "2",
            "text": "Lovely weather for the picnic.",
            "expected_decision": "approve",
            "categories": [],
        },
        {
            "id": "3",
            "text": "Revenue will double next year!",
            "expected_decision": "approve",
            "categories": [],
        },
        {"id": "4", "text": "Great launch.", "expected_decision": "flag", "categories": ["profanity"]},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    status, out, _ = run(capsys, monkeypatch, ["eval", str(corpus), "--json"])
    report = json.loads(out)
    assert status == 0
    health = report["categories"]["claims.health"]
    assert (health["tp"], health["fp"], health["fn"], health["f1"]) == (1, 0, 0, 1.0)
    assert report["categories"]["claims.financial"]["fp"] == 1
    assert report["categories"]["profanity"]["fn"] == 1
    assert report["decision_accuracy"] == 0.5
    assert report["false_flag_rate"] == 0.5
    assert {w["id"] for w in report["wrong"]} == {"3", "4"}
    status, out, _ = run(capsys, monkeypatch, ["eval", str(corpus)])
    assert "claims.health" in out and "decision accuracy: 0.500" in out


def test_screen_output_gives_each_findings_guidance(capsys, monkeypatch) -> None:
    status, out, _ = run(capsys, monkeypatch, ["screen", "--rules", str(ACME), FLAGGED])
    assert status == 1
    findings = json.loads(out)["findings"]
    by_category = {f["category"]: f for f in findings}
    assert "published support line" in by_category["pii.phone"]["guidance"]
    assert "press office" in by_category["confidential.codename"]["guidance"]  # the overlay's own
    batch = json.dumps({"id": 1, "text": FLAGGED}).encode() + b"\n"
    status, out, _ = run(capsys, monkeypatch, ["screen", "--jsonl", "--rules", str(ACME)], stdin=batch)
    assert [f["guidance"] for f in json.loads(out)["findings"]] == [f["guidance"] for f in findings]


def test_rules_check_accepts_guidance_in_an_overlay_and_refuses_a_non_string(
    capsys, monkeypatch, tmp_path: Path
) -> None:
    good, bad = tmp_path / "good", tmp_path / "bad"
    good.mkdir(), bad.mkdir()
    (good / "org.yaml").write_text("rules: [{id: pii.phone, guidance: Use the published line.}]\n")
    (bad / "org.yaml").write_text("rules: [{id: pii.phone, guidance: [use, the, line]}]\n")
    status, out, _ = run(capsys, monkeypatch, ["rules", "check", str(good)])
    assert status == 0 and "policy ok" in out
    status, _, err = run(capsys, monkeypatch, ["rules", "check", str(bad)])
    assert status == 2 and "pii.phone" in err and "guidance" in err
