"""``preflight eval``: precision, recall and F1 per category on labelled drafts.

The file format is the shared corpus's: one JSON object a line with ``id``, ``text``,
``expected_decision`` and ``categories`` (the exact set reported at medium or above).
Findings at ``low`` count neither way. A bad line is reported and skipped; the rest is measured.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from preflight.engine import Engine, Severity
from preflight.engine.findings import DECISIONS
from preflight.engine.policy import TAXONOMY
from preflight.settings import Settings

from preflight_tools.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    BatchSummary,
    batch_progress,
    count_lines,
    load_engine,
    write_json,
)
from preflight_tools.cli.corpus import corpus_items


@dataclass
class Report:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    drafts: int = 0
    decisions_right: int = 0
    clean: int = 0
    clean_flagged: int = 0
    wrong: list[dict[str, Any]] = field(default_factory=list)
    bad_lines: list[str] = field(default_factory=list)

    def add(self, item: dict[str, Any], got_categories: set[str], got_decision: str) -> None:
        expected = set(item["categories"])
        self.drafts += 1
        self.decisions_right += got_decision == item["expected_decision"]
        if item["expected_decision"] == "approve":
            self.clean += 1
            self.clean_flagged += got_decision == "flag"
        for c in expected & got_categories:
            self.tp[c] += 1
        for c in got_categories - expected:
            self.fp[c] += 1
        for c in expected - got_categories:
            self.fn[c] += 1
        if expected != got_categories or got_decision != item["expected_decision"]:
            self.wrong.append(
                {
                    "id": item.get("id"),
                    "expected_decision": item["expected_decision"],
                    "decision": got_decision,
                    "missed": sorted(expected - got_categories),
                    "extra": sorted(got_categories - expected),
                    "text": item["text"],
                }
            )

    @staticmethod
    def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "support": tp + fn,
            "tp": tp,
            "fp": fp,
            "fn": fn,
        }

    def to_dict(self) -> dict[str, Any]:
        categories = sorted(set(TAXONOMY) | set(self.tp) | set(self.fp) | set(self.fn))
        return {
            "drafts": self.drafts,
            "categories": {c: self._prf(self.tp[c], self.fp[c], self.fn[c]) for c in categories},
            "micro": self._prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())),
            "decision_accuracy": self.decisions_right / self.drafts if self.drafts else 0.0,
            "false_flag_rate": self.clean_flagged / self.clean if self.clean else 0.0,
            "clean_drafts": self.clean,
            "wrong": self.wrong,
            "bad_lines": self.bad_lines,
        }


def evaluate(engine: Engine, path: Path, on_draft: Callable[[str | None], None] | None = None) -> Report:
    """The report over every line of ``path``; ``on_draft`` hears of each line as it is done (the
    draft's decision, or None for a line that could not be measured)."""
    report = Report()
    told = 0  # bad lines reported to on_draft so far (corpus_items records some itself)

    def tell(decision: str | None = None) -> None:
        nonlocal told
        if on_draft is None:
            return
        for _ in report.bad_lines[told:]:
            on_draft(None)
        told = len(report.bad_lines)
        if decision is not None:
            on_draft(decision)

    for number, item in corpus_items(path, report.bad_lines):
        tell()
        try:
            text, categories, expected = item["text"], item["categories"], item["expected_decision"]
            if not isinstance(categories, list) or expected not in DECISIONS:
                raise ValueError(f"categories must be a list and expected_decision {' or '.join(DECISIONS)}")
            decision = engine.screen(text)
        except Exception as exc:  # one bad line does not sink the evaluation
            report.bad_lines.append(f"line {number}: {exc}")
            continue
        got = {f.category for f in decision.findings if Severity[f.severity] >= Severity.medium}
        report.add(item, got, decision.decision)
        tell(decision.decision)
    tell()
    return report


def _print_table(result: dict[str, Any]) -> None:
    print(f"{'category':30} {'prec':>6} {'recall':>6} {'F1':>6} {'support':>7}   tp  fp  fn")
    for name, m in result["categories"].items():
        print(
            f"{name:30} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {m['support']:7d}"
            f"  {m['tp']:3d} {m['fp']:3d} {m['fn']:3d}"
        )
    m = result["micro"]
    print(f"{'micro':30} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {m['support']:7d}")
    print(
        f"\ndrafts: {result['drafts']}   decision accuracy: {result['decision_accuracy']:.3f}   "
        f"false-flag rate on clean drafts: {result['false_flag_rate']:.3f} ({result['clean_drafts']} clean)"
    )
    if result["wrong"]:
        print(f"\n{len(result['wrong'])} draft(s) not exactly right:")
        for w in result["wrong"]:
            snippet = " ".join(w["text"].split())[:90]
            print(
                f"  {w['id']}: expected {w['expected_decision']}, got {w['decision']}; "
                f"missed {w['missed'] or '-'}, extra {w['extra'] or '-'} | {snippet}"
            )
    for bad in result["bad_lines"]:
        print(f"  skipped {bad}", file=sys.stderr)


def run_eval(args: argparse.Namespace, settings: Settings) -> int:
    if not args.file.is_file():
        print(f"preflight: no such file: {args.file}", file=sys.stderr)
        return EXIT_BAD_INPUT
    engine = load_engine(settings, args.rules).warm_up()
    summary = BatchSummary()
    with batch_progress(count_lines(args.file)) as progress:

        def on_draft(decision: str | None) -> None:
            summary.add(decision)
            if progress is not None:
                progress.update(1)

        result = evaluate(engine, args.file, on_draft).to_dict()
    if args.json:
        write_json(result)
    else:
        _print_table(result)
    print(summary.line(), file=sys.stderr)
    return EXIT_BAD_INPUT if result["bad_lines"] else EXIT_OK
