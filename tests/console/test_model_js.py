"""The console's pure helpers (console/src/model.js) run in Node against Python's own answers:
highlight segments at UTF-16 offsets (emoji and other astral characters included, findings that
overlap or are empty), the code-point fallback, the CSV formula rule of `preflight audit export`, and
the export's 92-day windows."""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from preflight_tools.cli.audit_export import neutralise
from preflight_tools.local.template import REPO

MODEL = REPO / "console" / "src" / "model.js"
NODE = shutil.which("node")
RUNNER = """
const model = await import(process.argv[1]);
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = cases.map((c) => ({
  segments: model.segments(c.text, c.findings),
  neutralised: c.cells.map(model.neutralise),
  windows: model.exportWindows(c.range[0], c.range[1]),
}));
process.stdout.write(JSON.stringify(out));
"""

pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed (the console is built with it)")

ALPHABET = st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from("😀🎉👍🏽𝔸 \n=+-@\t")


def _utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def _run(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    script = "const require = (await import('node:module')).createRequire(import.meta.url);" + RUNNER
    result = subprocess.run(
        [NODE, "--input-type=module", "-e", script, MODEL.as_uri()],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return json.loads(result.stdout)


@st.composite
def drafts(draw: st.DrawFn) -> dict[str, Any]:
    text = draw(st.text(ALPHABET, max_size=40))
    findings = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        finding = {"start": start, "end": end}
        if draw(st.booleans()):  # the API's UTF-16 offsets; without them, the code-point fallback
            finding |= {"utf16_start": _utf16(text, start), "utf16_end": _utf16(text, end)}
        findings.append(finding)
    cells = draw(st.lists(st.text(ALPHABET, max_size=6), max_size=4))
    start = draw(st.datetimes(datetime(2020, 1, 1), datetime(2030, 1, 1))).replace(second=0, microsecond=0)
    end = start + timedelta(minutes=draw(st.integers(0, 3 * 366 * 24 * 60)))
    return {"text": text, "findings": findings, "cells": cells, "range": [_iso(start), _iso(end)]}


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@settings(max_examples=100, deadline=None)
@given(st.lists(drafts(), min_size=1, max_size=5))
def test_segments_highlight_exactly_each_findings_characters(cases: list[dict[str, Any]]) -> None:
    for case, answer in zip(cases, _run(cases), strict=True):
        text, findings, segments = case["text"], case["findings"], answer["segments"]
        # JSON carries JavaScript's UTF-16 strings back as the same characters.
        assert "".join(s["text"] for s in segments) == text
        for index, finding in enumerate(findings):
            covered = "".join(s["text"] for s in segments if index in s["findings"])
            assert covered == text[finding["start"] : finding["end"]]
        plain = "".join(s["text"] for s in segments if not s["findings"])
        outside = "".join(
            ch for i, ch in enumerate(text) if not any(f["start"] <= i < f["end"] for f in findings)
        )
        assert plain == outside
        assert answer["neutralised"] == [neutralise(cell) for cell in case["cells"]]
        # Export windows: [from, to) covered newest first, contiguous, none over the API's 92 days.
        windows = [(_parse(a), _parse(b)) for a, b in answer["windows"]]
        start, end = (_parse(t) for t in case["range"])
        if start == end:
            assert windows == []
            continue
        assert windows[0][1] == end and windows[-1][0] == start
        assert all(newer[0] == older[1] for newer, older in itertools.pairwise(windows))
        assert all(timedelta(0) < b - a <= timedelta(days=92) for a, b in windows)


def _parse(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")


SIGNAL = REPO / "console" / "src" / "signal.js"
# Each case: reads started one after another, each re-run of the effect cleaning up the one before (as
# a view whose filter changes does); then their answers arrive in the order drawn, some as failures.
LATEST_ONLY = """
const { latestOnly } = await import(process.argv[1]);
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = [];
for (const c of cases) {
  const shown = [];
  const settle = [];
  let cleanup = () => {};
  for (let read = 0; read < c.reads; read += 1) {
    cleanup();
    const answer = new Promise((ok, fail) => settle.push(() => (c.fails[read] ? fail : ok)(read)));
    cleanup = latestOnly(answer, (v) => shown.push(['answer', v]), (err) => shown.push(['error', err]));
  }
  for (const read of c.order) {
    settle[read]();
    await new Promise((done) => setTimeout(done));
  }
  out.push(shown);
}
process.stdout.write(JSON.stringify(out));
"""


@st.composite
def read_sequences(draw: st.DrawFn) -> dict[str, Any]:
    reads = draw(st.integers(1, 6))
    return {
        "reads": reads,
        "order": draw(st.permutations(range(reads))),
        "fails": draw(st.lists(st.booleans(), min_size=reads, max_size=reads)),
    }


@settings(max_examples=150, deadline=None)
@given(st.lists(read_sequences(), min_size=1, max_size=8))
def test_only_the_latest_read_is_shown_whatever_order_the_answers_come_in(
    cases: list[dict[str, Any]],
) -> None:
    script = "const require = (await import('node:module')).createRequire(import.meta.url);" + LATEST_ONLY
    result = subprocess.run(
        [NODE, "--input-type=module", "-e", script, SIGNAL.as_uri()],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    for case, shown in zip(cases, json.loads(result.stdout), strict=True):
        last = case["reads"] - 1
        assert shown == [["error" if case["fails"][last] else "answer", last]]
