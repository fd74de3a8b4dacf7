"""``preflight audit export|verify|rearchive``: the auditors' commands over the decision log.

Time ranges are ``--from`` inclusive and ``--to`` exclusive, ISO 8601 (a date is midnight UTC).
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from typing import Any, get_args

from preflight.service.log_query import LIST_FILTERS as FILTERS
from preflight.settings import Settings

from preflight_tools.cli.common import EXIT_BAD_INPUT, EXIT_FOUND, EXIT_INTERRUPTED, EXIT_OK, epilog
from preflight_tools.local import state


def _values(values: Any) -> str:
    return ", ".join(str(v) for v in values)


def export_help() -> str:
    """The export's filters and the values each takes, from the vocabularies the API checks."""
    from preflight.api.models import Channel
    from preflight.engine.policy import TAXONOMY
    from preflight.records import DECISIONS, PENDING_REVIEW, STATUSES

    takes = {
        "decision": _values(DECISIONS),
        "status": _values(STATUSES),
        "channel": _values(get_args(Channel)),
        "category": f"a category of the taxonomy (rules/README.md): {_values(TAXONOMY)}",
        "author": "the author's id, exactly as sent",
        "reviewer": "the reviewer's user name, exactly (decisions reviewed by them)",
        "policy_version": "the policy's SHA-256 (`preflight rules show | sha256sum`)",
    }
    # One line per filter the log takes (FILTERS): a filter added there and not described here fails.
    filters = (
        "".join(
            textwrap.fill(f"  {_option(name) + ' ':<13} {takes[name]}", width=100, subsequent_indent=" " * 16)
            + "\n"
            for name in FILTERS
        )
        + "Filters combine (all must hold); each is given once."
    )
    return (
        "filters (each narrows the export to the decisions whose field equals the value):\n"
        + filters
        + "\n\n"
        + epilog(
            [
                "preflight audit export --from 2026-11-01 --to 2026-12-01 --table preflight-decisions \\",
                "    --format csv -o november.csv",
                "PREFLIGHT_API_URL=https://api.example/v1 PREFLIGHT_TOKEN=... \\",
                f"    preflight audit export --from 2026-12-01 --to 2026-12-02 --status {PENDING_REVIEW}",
                "preflight audit export --from 2026-01-01 --to 2027-01-01 --category pii.phone -o pii.jsonl",
            ],
            [
                (EXIT_OK, "every decision in the range written, each once"),
                (
                    EXIT_FOUND,
                    "the export failed (the API or the table failed, the output could not be written)",
                ),
                (EXIT_BAD_INPUT, "bad input: a range, a filter value, a URL, a token the API refused"),
                (EXIT_INTERRUPTED, "interrupted (Ctrl-C): a file output is left as it was"),
            ],
        )
    )


VERIFY_HELP = epilog(
    [
        "preflight audit verify --from 2026-11-01 --to 2026-12-01 --table NAME --bucket NAME --mac-key ARN",
        "preflight audit verify --local --from 2026-12-05 --to 2026-12-06      # the runner of make run",
    ],
    [
        (EXIT_OK, "the table and the archive agree, every chain and MAC verifies"),
        (EXIT_FOUND, "a problem: a missing or altered archive object, a broken chain, a bad MAC"),
        (EXIT_BAD_INPUT, "bad input, or the table, the bucket or the key could not be used"),
    ],
)
REARCHIVE_HELP = epilog(
    ["preflight audit rearchive --from 2026-11-01 --to 2026-11-02 --table NAME --bucket NAME"],
    [
        (EXIT_OK, "every item in the range is in the archive"),
        (EXIT_FOUND, "some item could not be filed"),
        (EXIT_BAD_INPUT, "bad input, or the table or the bucket could not be used"),
    ],
)


def add_audit_parser(commands: Any) -> None:
    audit = commands.add_parser(
        "audit",
        help="export, verify or re-archive the decision log",
        epilog=epilog(
            [
                "preflight audit export --help",
                "preflight audit verify --local --from 2026-12-05 --to 2026-12-06",
            ],
            [(EXIT_OK, "see each action"), (EXIT_BAD_INPUT, "bad input or usage")],
        ),
    )
    actions = audit.add_subparsers(dest="audit_command", required=True, metavar="ACTION")

    export = actions.add_parser(
        "export", help="write every decision in a time range exactly once", lazy_epilog=export_help
    )
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
    for name in FILTERS:
        export.add_argument(_option(name), dest=name, metavar=name.upper(), help="a filter (see below)")
    export.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    for name, text in (
        ("verify", "compare the table with the archive: missing, altered, broken chains (exit 1)"),
        ("rearchive", "write the table's items in a time range to the archive again (idempotent)"),
    ):
        action = actions.add_parser(
            name, help=text, epilog=VERIFY_HELP if name == "verify" else REARCHIVE_HELP
        )
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
            const=state.DEFAULT_PORT,  # the port of `make run`
            help=f"the table and archive of the local runner on PORT (default {state.DEFAULT_PORT}), "
            "i.e. `make run`",
        )


def _option(filter_name: str) -> str:
    return f"--{filter_name.replace('_', '-')}"


def _add_range(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", required=True, metavar="TIME", help="inclusive, ISO 8601")
    parser.add_argument("--to", dest="end", required=True, metavar="TIME", help="exclusive, ISO 8601")


def run_audit(args: argparse.Namespace, settings: Settings) -> int:
    if args.audit_command == "export":
        from preflight_tools.cli.audit_export import run_export

        return run_export(args, settings)
    from preflight_tools.cli.audit_archive import run_rearchive, run_verify

    if args.local is not None:
        try:
            local = state.read(args.local)
        except LookupError as exc:
            print(f"preflight: {exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
        os.environ.update(state.environment(local))
        settings = Settings.from_env()

    if args.audit_command == "verify":
        return run_verify(args, settings)
    return run_rearchive(args, settings)
