"""``preflight audit export|verify|rearchive``: the auditors' commands over the decision log.

Time ranges are ``--from`` inclusive and ``--to`` exclusive, ISO 8601 (a date is midnight UTC).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from preflight.settings import Settings


def add_audit_parser(commands: Any) -> None:
    audit = commands.add_parser("audit", help="export, verify or re-archive the decision log")
    actions = audit.add_subparsers(dest="audit_command", required=True, metavar="ACTION")

    export = actions.add_parser("export", help="write every decision in a time range exactly once")
    _add_range(export)
    export.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    export.add_argument("--output", "-o", metavar="PATH", default="-", help="file to write ('-': stdout)")
    export.add_argument(
        "--api",
        metavar="URL",
        default=os.environ.get("PREFLIGHT_API_URL", ""),
        help="the API's base URL (default: PREFLIGHT_API_URL); with --token, export through the API",
    )
    export.add_argument(
        "--token",
        metavar="TOKEN",
        default=os.environ.get("PREFLIGHT_TOKEN", ""),
        help="an access token with the audit role (default: PREFLIGHT_TOKEN)",
    )
    export.add_argument(
        "--table",
        metavar="NAME",
        help="read the table directly with the caller's AWS credentials instead of the API",
    )
    for name in ("decision", "status", "channel", "category", "author", "reviewer", "policy_version"):
        export.add_argument(f"--{name.replace('_', '-')}", dest=name, metavar=name.upper())
    export.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    for name, text in (
        ("verify", "compare the table with the archive: missing, altered, broken chains (exit 1)"),
        ("rearchive", "write the table's items in a time range to the archive again (idempotent)"),
    ):
        action = actions.add_parser(name, help=text)
        _add_range(action)
        action.add_argument(
            "--table", metavar="NAME", help="the decisions table (default: PREFLIGHT_TABLE_NAME)"
        )
        action.add_argument(
            "--bucket", metavar="NAME", help="the archive bucket (default: PREFLIGHT_ARCHIVE_BUCKET)"
        )
        action.add_argument("--json", action="store_true", help="print the report as JSON")
        if name == "verify":
            action.add_argument(
                "--mac-key",
                metavar="KEY",
                help="the audit MAC key's ARN, to verify record and event MACs with kms:VerifyMac "
                "(default: PREFLIGHT_AUDIT_MAC_KEY_ID; the stack's AuditMacKeyArn output)",
            )
        action.add_argument(
            "--local",
            metavar="PORT",
            nargs="?",
            type=int,
            const=3000,  # preflight_tools.local.state.DEFAULT_PORT, the port of `make run`
            help="the table and archive of the local runner on PORT (default 3000), i.e. `make run`",
        )


def _add_range(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", required=True, metavar="TIME", help="inclusive, ISO 8601")
    parser.add_argument("--to", dest="end", required=True, metavar="TIME", help="exclusive, ISO 8601")


def run_audit(args: argparse.Namespace, settings: Settings) -> int:
    if args.audit_command == "export":
        from preflight_tools.cli.audit_export import run_export

        return run_export(args, settings)
    from preflight_tools.cli.audit_archive import run_rearchive, run_verify

    if args.local is not None:
        from preflight_tools.local import state

        try:
            local = state.read(args.local)
        except LookupError as exc:
            print(f"preflight: {exc}", file=sys.stderr)
            return 2
        os.environ.update(state.environment(local))
        settings = Settings.from_env()

    if args.audit_command == "verify":
        return run_verify(args, settings)
    return run_rearchive(args, settings)
