"""``preflight rules check|show``: validate a policy, run its rules' examples, print what auditors read."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from preflight.engine import PolicyError
from preflight.engine.policy import load_policy
from preflight.settings import Settings

from preflight_tools.cli.common import EXIT_BAD_INPUT, EXIT_OK
from preflight_tools.cli.policy_lines import describe_problem, example_line

# A policy that loads but whose examples fail: the rules do not do what their authors wrote.
EXIT_EXAMPLES_FAILED = 1


def run_rules(args: argparse.Namespace, settings: Settings) -> int:
    overlays = [*settings.overlay_dirs, *getattr(args, "dirs", []), *args.rules]
    if args.rules_command == "check":
        return _check(settings, overlays)
    policy = load_policy(settings.default_rules_dir, overlays)  # PolicyError -> exit 2 in main
    if args.policy_version and args.policy_version != policy.version:
        print(
            f"preflight: the policy loaded from these directories has version {policy.version}, "
            f"not {args.policy_version}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    if args.pretty:
        sys.stdout.write(json.dumps(policy.canonical(), indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    else:
        # Exactly the hashed bytes, so `preflight rules show | sha256sum` prints the version.
        sys.stdout.buffer.write(policy.canonical_json().encode("utf-8"))
    return EXIT_OK


def _check(settings: Settings, overlays: list[Path]) -> int:
    """Every problem of every file, each with its file and line; then, if the policy is valid,
    every rule's examples (each failure with its file and line)."""
    try:
        policy = load_policy(settings.default_rules_dir, overlays)
    except PolicyError as exc:
        for problem in exc.problems:
            print(describe_problem(problem), file=sys.stderr)
        files = len({problem.file for problem in exc.problems})
        print(f"policy invalid: {len(exc.problems)} problem(s) in {files} file(s)", file=sys.stderr)
        return EXIT_BAD_INPUT
    enabled = sum(r.enabled for r in policy.rules)
    print(f"policy ok: version {policy.version}")
    print(f"  {len(policy.rules)} rules ({enabled} enabled), flag threshold {policy.flag_threshold}")
    for source in policy.sources:
        print(f"  read {source}")
    from preflight.engine import Engine
    from preflight.engine.policy.examples import check_examples

    count, failures = check_examples(Engine(policy, settings))
    for failure in failures:
        e = failure.example
        line = example_line(e)
        at = f"line {line}: " if line is not None else ""
        shown = e.label.split(" ", 2)[2]
        print(
            f"example failed: {e.file}: {e.rule_id}: {at}{e.kind} example {shown}: {failure.reason}",
            file=sys.stderr,
        )
    print(f"  {count} rule examples run, {len(failures)} failed")
    return EXIT_EXAMPLES_FAILED if failures else EXIT_OK
