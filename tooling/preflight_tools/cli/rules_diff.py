"""``preflight rules diff``: the drafts whose decision or categories change between two policies.

A compliance officer edits an overlay (disables a rule, adds a code name, lowers a severity) and sees,
before deploying it, which drafts of a corpus it changes. Each policy is the default policy (or
``--old-default`` / ``--new-default``), then the overlays of ``PREFLIGHT_RULES``, then that side's
``--old-rules`` / ``--new-rules`` directories in order; with neither, a side is the default policy.

Categories are those reported at ``medium`` or above, as in ``preflight eval``. Excerpts are masked
where either policy masks a value (``redacted_text``), so a rule the new policy disables does not
reveal what the old one found. Exit status: 0 nothing changed, 1 at least one draft changed, 2 bad
input (a policy that does not load, a missing corpus, an unreadable line: the comparison is then
incomplete, so 2 wins over 1).
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from preflight.engine import Engine, Severity
from preflight.engine.engine import MASK
from preflight.engine.errors import InputError
from preflight.engine.findings import Decision
from preflight.engine.nlp import NlpResources
from preflight.engine.policy import load_policy
from preflight.settings import Settings

from preflight_tools.cli.common import EXIT_BAD_INPUT, EXIT_FLAGGED, EXIT_OK
from preflight_tools.cli.corpus import corpus_items

EXIT_CHANGED = EXIT_FLAGGED
# Characters of the draft shown on each side of the first changed finding.
EXCERPT_CONTEXT = 40

USAGE_EXAMPLE = """\
example: what would Acme's edited overlay change on last month's drafts?
  preflight rules diff --corpus drafts.jsonl \\
      --old-rules overlays/acme --new-rules overlays/acme-edited

  dev-0042  flag [confidential.codename] -> approve []  …launch of Bluebird on Friday…
  dev-0107  approve [] -> flag [pii.phone]  …call me on ***** ******…
  drafts compared: 260, changed: 2 (flag->approve: 1, approve->flag: 1, categories only: 0)

exit status: 0 nothing changed, 1 some draft changed, 2 bad input
"""


@dataclass(frozen=True, slots=True)
class Change:
    id: str
    old_decision: str
    old_categories: list[str]
    new_decision: str
    new_categories: list[str]
    excerpt: str

    @property
    def kind(self) -> str:
        if self.old_decision == self.new_decision:
            return "categories only"
        return f"{self.old_decision}->{self.new_decision}"


@dataclass
class DiffReport:
    old_version: str
    new_version: str
    compared: int = 0
    changes: list[Change] = field(default_factory=list)
    bad_lines: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, int]:
        kinds = [c.kind for c in self.changes]
        return {
            "compared": self.compared,
            "changed": len(kinds),
            "flag->approve": kinds.count("flag->approve"),
            "approve->flag": kinds.count("approve->flag"),
            "categories only": kinds.count("categories only"),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "old_policy_version": self.old_version,
            "new_policy_version": self.new_version,
            "summary": self.summary(),
            "changes": [asdict(c) for c in self.changes],
            "bad_lines": list(self.bad_lines),
        }


@functools.lru_cache(maxsize=2)
def _nlp(model_name: str) -> NlpResources:
    # One spaCy load for both policies (and for every diff a process runs): the NLP resources hold no
    # policy state, each engine builds its own matchers on them.
    return NlpResources(model_name)


def build_engine(settings: Settings, default_dir: Path | None, overlays: Sequence[Path]) -> Engine:
    policy = load_policy(default_dir or settings.default_rules_dir, [*settings.overlay_dirs, *overlays])
    return Engine(policy, settings, nlp=_nlp(settings.spacy_model)).warm_up()


def _categories(decision: Decision) -> list[str]:
    return sorted({f.category for f in decision.findings if Severity[f.severity] >= Severity.medium})


def _masked_excerpt(text: str, old: Decision, new: Decision, changed: set[str]) -> str:
    """The draft around the first finding of a changed category, masked wherever either policy masks."""
    # Redaction replaces characters one for one with MASK, so a character either side changed is masked.
    masked = "".join(
        ch if a == b == ch else MASK
        for ch, a, b in zip(text, old.redacted_text, new.redacted_text, strict=True)
    )
    starts = [f.start for f in (*old.findings, *new.findings) if f.category in changed]
    centre = min(starts, default=0)
    lo, hi = max(0, centre - EXCERPT_CONTEXT), min(len(masked), centre + EXCERPT_CONTEXT)
    excerpt = " ".join(masked[lo:hi].split())
    return ("…" if lo > 0 else "") + excerpt + ("…" if hi < len(masked) else "")


def _drafts(path: Path, bad_lines: list[str]) -> Iterator[tuple[str, str]]:
    """(id, text) of each draft of a JSON-lines file; other fields are ignored, bad lines recorded."""
    for number, item in corpus_items(path, bad_lines):
        yield str(item.get("id", f"line {number}")), item["text"]


def diff_policies(old: Engine, new: Engine, corpus: Path) -> DiffReport:
    report = DiffReport(old.policy.version, new.policy.version)
    for draft_id, text in _drafts(corpus, report.bad_lines):
        try:
            before, after = old.screen(text), new.screen(text)
        except InputError as exc:  # a draft the engine refuses (empty, too long) is a bad line
            report.bad_lines.append(f"{draft_id}: {exc}")
            continue
        report.compared += 1
        old_categories, new_categories = _categories(before), _categories(after)
        if before.decision == after.decision and old_categories == new_categories:
            continue
        changed = set(old_categories) ^ set(new_categories)
        report.changes.append(
            Change(
                draft_id,
                before.decision,
                old_categories,
                after.decision,
                new_categories,
                _masked_excerpt(text, before, after, changed),
            )
        )
    return report


def _print_report(report: DiffReport) -> None:
    for c in report.changes:
        print(
            f"{c.id}  {c.old_decision} [{', '.join(c.old_categories)}] -> "
            f"{c.new_decision} [{', '.join(c.new_categories)}]  {c.excerpt}"
        )
    s = report.summary()
    same = " (the two policies are the same)" if report.old_version == report.new_version else ""
    print(
        f"drafts compared: {s['compared']}, changed: {s['changed']} (flag->approve: {s['flag->approve']}, "
        f"approve->flag: {s['approve->flag']}, categories only: {s['categories only']}){same}"
    )
    for bad in report.bad_lines:
        print(f"  skipped {bad}", file=sys.stderr)


def add_diff_parser(rules_commands: Any) -> None:
    diff = rules_commands.add_parser(
        "diff",
        help="list the drafts whose decision or categories change between two policies",
        description=(
            'Screen each draft of a JSON-lines corpus ({"id", "text"} a line) with two policies\n'
            "and list those whose decision or categories (medium or above) differ, excerpts masked.\n"
            "Each policy is the default policy, the overlays of PREFLIGHT_RULES, then its own\n"
            "--old-rules or --new-rules directories; with none, a side is the default policy alone."
        ),
        epilog=USAGE_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    diff.add_argument("--corpus", required=True, type=Path, metavar="FILE.jsonl", help="the drafts")
    for side in ("old", "new"):
        diff.add_argument(
            f"--{side}-rules",
            metavar="DIR",
            action="append",
            type=Path,
            default=[],
            help=f"an overlay directory of the {side.upper()} policy (repeatable, in order)",
        )
        diff.add_argument(
            f"--{side}-default",
            metavar="DIR",
            type=Path,
            help=f"the {side.upper()} policy's default directory, to compare edits of the defaults "
            "themselves (default: the installed default policy)",
        )
    diff.add_argument("--json", action="store_true", help="print the changes and the summary as JSON")


def run_rules_diff(args: argparse.Namespace, settings: Settings) -> int:
    if not args.corpus.is_file():
        print(f"preflight: no such file: {args.corpus}", file=sys.stderr)
        return EXIT_BAD_INPUT
    old = build_engine(settings, args.old_default, args.old_rules)  # PolicyError -> exit 2 in main
    new = build_engine(settings, args.new_default, args.new_rules)
    report = diff_policies(old, new, args.corpus)
    if args.json:
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_report(report)
    if report.bad_lines:
        return EXIT_BAD_INPUT
    return EXIT_CHANGED if report.changes else EXIT_OK
