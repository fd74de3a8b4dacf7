"""``preflight rules check|show``: validate a policy, run its rules' examples, print what auditors read."""

from __future__ import annotations

import argparse
import json
import sys

from preflight.engine.policy import load_policy
from preflight.settings import Settings

from preflight_tools.cli.common import EXIT_BAD_INPUT, EXIT_OK

# A policy that loads but whose examples fail: the rules do not do what their authors wrote.
EXIT_EXAMPLES_FAILED = 1


def run_rules(args: argparse.Namespace, settings: Settings) -> int:
    overlays = [*settings.overlay_dirs, *getattr(args, "dirs", []), *args.rules]
    policy = load_policy(settings.default_rules_dir, overlays)  # PolicyError -> exit 2 in main
    if args.rules_command == "check":
        enabled = sum(r.enabled for r in policy.rules)
        print(f"policy ok: version {policy.version}")
        print(f"  {len(policy.rules)} rules ({enabled} enabled), flag threshold {policy.flag_threshold}")
        for source in policy.sources:
            print(f"  read {source}")
        from preflight.engine import Engine
        from preflight.engine.policy.examples import check_examples

        count, failures = check_examples(Engine(policy, settings))
        for failure in failures:
            print(f"example failed: {failure}", file=sys.stderr)
        print(f"  {count} rule examples run, {len(failures)} failed")
        return EXIT_EXAMPLES_FAILED if failures else EXIT_OK
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
