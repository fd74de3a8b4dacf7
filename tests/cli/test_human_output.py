"""``preflight screen`` for people: the highlighted draft and a line per finding on a terminal (or with
``--format text``), JSON in a pipe; batches with progress and a summary; nothing of a draft acts on
the terminal."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import select
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight_tools.cli.main import main
from preflight_tools.cli.render import decision_text, highlighted_draft, visible

from tests.conftest import ACME

FLAGGED = "Call me at 415.555.0199 about Project Falcon."
CLEAN = "Happy Friday from the whole team!"
SGR = re.compile(r"\x1b\[[0-9;]*m")
# How long a command on a pseudo-terminal may take to finish, model loading included, on a busy machine.
_COMMAND_LIMIT_S = 300
BIN = Path(sys.executable).parent


def run(capsys, monkeypatch, argv: list[str], stdin: bytes | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def finding_fields(capsys, monkeypatch) -> list[dict]:
    _, out, _ = run(capsys, monkeypatch, ["screen", "--format", "json", "--rules", str(ACME), FLAGGED])
    return json.loads(out)["findings"]


def test_format_text_shows_the_draft_highlighted_and_a_line_per_finding(capsys, monkeypatch):
    findings = finding_fields(capsys, monkeypatch)
    assert len(findings) == 2
    status, out, _ = run(capsys, monkeypatch, ["screen", "--format", "text", "--rules", str(ACME), FLAGGED])
    assert status == 1
    lines = out.splitlines()
    assert lines[0].startswith("FLAG") and "2 findings" in lines[0]
    # Not a terminal: no colour; the highlighted runs are bracketed and numbered.
    assert "\x1b" not in out
    assert "Call me at «415.555.0199»[1] about «Project Falcon»[2]." in lines
    for number, finding in enumerate(findings, start=1):
        (line,) = [line for line in lines if line.startswith(f"  [{number}] ")]
        for key in ("category", "severity", "rule_id", "message", "guidance"):
            assert finding[key] in line, key


def test_json_stays_the_default_off_a_terminal_and_with_format_json(capsys, monkeypatch):
    for argv in (["screen"], ["screen", "--format", "json"]):
        status, out, _ = run(capsys, monkeypatch, [*argv, "--rules", str(ACME), FLAGGED])
        assert status == 1 and json.loads(out)["decision"] == "flag"


def _on_a_terminal(argv: list[str], env: dict[str, str]) -> str:
    """What the command prints when its stdout is a terminal (a pseudo-terminal here)."""
    leader, follower = pty.openpty()
    with subprocess.Popen(
        [str(BIN / "preflight"), *argv], stdout=follower, stderr=subprocess.PIPE, env=env
    ) as process:
        os.close(follower)
        chunks = []
        # Read until the command has exited and the terminal holds nothing more. No fixed quiet spell
        # ends the read: on a loaded machine the command may print nothing for a minute while it
        # loads the model (a 60-second quiet limit read an empty screen there).
        deadline = time.monotonic() + _COMMAND_LIMIT_S
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 1)
            if not ready:
                if process.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: the command is done
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(timeout=max(1.0, deadline - time.monotonic()))
    os.close(leader)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


@pytest.mark.slow
def test_on_a_terminal_screen_prints_the_human_view_in_colour_unless_no_color():
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "PREFLIGHT_RULES")}
    coloured = _on_a_terminal(["screen", "--rules", str(ACME), FLAGGED], env)
    assert "\x1b[" in coloured
    plain_view = SGR.sub("", coloured)
    assert (
        plain_view.startswith("FLAG") and "Call me at 415.555.0199[1] about Project Falcon[2]." in plain_view
    )
    assert "\x1b[1;7;31mProject Falcon\x1b[0m" in coloured  # high: reverse red
    no_colour = _on_a_terminal(["screen", "--rules", str(ACME), FLAGGED], {**env, "NO_COLOR": "1"})
    assert "\x1b" not in no_colour and "«Project Falcon»[2]" in no_colour


# --- nothing of a draft acts on the terminal ------------------------------------------------------

# Text, control characters, bidi and zero-width characters, and the rest of escape sequences.
CONTROL_HEAVY = st.lists(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(["\x1b", "\x07", "\x9b", "\r", "\x08", "\u202e", "\u2066", "\u200b", "\ufeff", "\n"]),
        st.sampled_from(["[31m", "]0;title", "[2J", "\u2028", "\u200d"]),
    ),
    max_size=40,
).map("".join)


def _unsafe(char: str) -> bool:
    category = unicodedata.category(char)
    return char not in "\n\t\u200d" and category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")


@st.composite
def drafts_with_findings(draw):
    text = draw(CONTROL_HEAVY)
    spans = draw(
        st.lists(
            st.tuples(
                st.integers(0, len(text)),
                st.integers(0, len(text)),
                st.sampled_from(["low", "medium", "high"]),
            ),
            max_size=5,
        )
    )
    findings = [
        {"start": min(a, b), "end": max(a, b), "severity": severity, "category": "pii.phone", "rule_id": "r",
         "message": draw(CONTROL_HEAVY), "guidance": draw(st.one_of(st.none(), CONTROL_HEAVY))}
        for a, b, severity in spans
    ]  # fmt: skip
    return text, findings


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts_with_findings())
def test_the_human_view_never_writes_a_control_character_of_the_draft(case):
    text, findings = case
    result = {"decision": "flag", "findings": findings, "complete": True, "policy_version": "0" * 64}
    for colour in (True, False):
        out = decision_text(text, result, colour=colour)
        assert not [c for c in SGR.sub("", out) if _unsafe(c)]


@settings(max_examples=200, deadline=None)
@given(drafts_with_findings())
def test_the_highlight_keeps_every_character_and_numbers_each_finding_once(case):
    text, findings = case
    out = highlighted_draft(text, findings, colour=True)
    markers = re.findall(r"\x1b\[2m((?:\[\d+\])+)\x1b\[0m", out)
    assert sorted(int(n) for group in markers for n in re.findall(r"\d+", group)) == list(
        range(1, len(findings) + 1)
    )
    assert SGR.sub("", re.sub(r"\x1b\[2m(?:\[\d+\])+\x1b\[0m", "", out)) == visible(text)


def test_visible_escapes_what_would_act_on_a_terminal():
    assert visible("a\x1b[2Jb\u202ec\u200dd\te\nf") == "a\\x1b[2Jb\\u202ec\u200dd\te\nf"


# --- batches: progress and summary ----------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_batch_file_shows_progress_with_total_and_ends_with_a_summary(monkeypatch, capsys, tmp_path):
    batch = tmp_path / "drafts.jsonl"
    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate([FLAGGED, CLEAN, CLEAN])]
    batch.write_text("\n".join([*lines, "not json"]) + "\n", encoding="utf-8")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    status = main(["screen", "--jsonl", "--file", str(batch), "--rules", str(ACME)])
    assert status == 2
    err = terminal.getvalue()
    assert "0/4" in err and "0%" in err and "<?" in err  # total, percentage, time left (to come)
    summary = err.strip().splitlines()[-1]
    assert re.fullmatch(r"preflight: 4 drafts, 1 flagged, 2 approved, 1 errors, elapsed \d+\.\ds", summary), (
        summary
    )
    assert len(capsys.readouterr().out.splitlines()) == 4


def test_a_batch_off_a_terminal_has_no_progress_bar_but_its_summary(capsys, monkeypatch):
    stdin = (json.dumps({"id": "a", "text": CLEAN}) + "\n").encode()
    status, out, err = run(capsys, monkeypatch, ["screen", "--jsonl", "--rules", str(ACME)], stdin=stdin)
    assert status == 0 and json.loads(out)["decision"] == "approve"
    assert "%" not in err and err.startswith("preflight: 1 drafts, 0 flagged, 1 approved, 0 errors")


def test_a_batch_in_text_format_gives_each_draft_its_view(capsys, monkeypatch):
    stdin = "\n".join(json.dumps({"id": i, "text": t}) for i, t in (("a", FLAGGED), ("b", CLEAN)))
    status, out, _ = run(
        capsys, monkeypatch, ["screen", "--jsonl", "--format", "text", "--rules", str(ACME)], stdin.encode()
    )
    assert status == 1
    assert "a:  FLAG  2 findings" in out and "b:  APPROVE  0 findings" in out
    assert "«Project Falcon»[2]" in out


def test_eval_shows_progress_and_ends_with_a_summary(monkeypatch, capsys, tmp_path):
    corpus = tmp_path / "labelled.jsonl"
    items = [
        {"id": "f", "text": FLAGGED, "expected_decision": "flag", "categories": ["pii.phone"]},
        {"id": "c", "text": CLEAN, "expected_decision": "approve", "categories": []},
    ]
    corpus.write_text("\n".join([*(json.dumps(i) for i in items), "{broken"]) + "\n", encoding="utf-8")
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    status = main(["eval", str(corpus), "--json", "--rules", str(ACME)])
    assert status == 2  # the broken line
    err = terminal.getvalue()
    assert "0/3" in err and "0%" in err
    assert "preflight: 3 drafts, 1 flagged, 1 approved, 1 errors, elapsed" in err
    assert json.loads(capsys.readouterr().out)["drafts"] == 2
