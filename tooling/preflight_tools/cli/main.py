"""Entry point of the ``preflight`` command: the parser of every command, and the dispatch.

Exit status everywhere: 0 success (``screen``: approved), 1 flagged (or found), 2 bad input or usage
(preflight_tools.cli.common). Each command's ``--help`` ends with examples and its exit statuses.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from preflight import __version__
from preflight.engine import PolicyError
from preflight.roles import Role
from preflight.settings import get_settings

from preflight_tools.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FLAGGED,
    EXIT_OK,
    Parser,
    add_rules_option,
    epilog,
    error,
)
from preflight_tools.local import state, tokens

BAD_INPUT = (EXIT_BAD_INPUT, "bad input or usage: an unreadable file, an invalid policy, an unknown option")

SCREEN_HELP = epilog(
    [
        "preflight screen 'Call me at 415.555.0199 about Project Falcon.'",
        "preflight screen --rules rules/examples/acme --file draft.txt",
        "preflight screen --format text < draft.txt      # the highlighted view, also in a pipe",
        "preflight screen --jsonl --file drafts.jsonl > decisions.jsonl",
    ],
    [
        (EXIT_OK, "approved (a batch: every draft approved)"),
        (EXIT_FLAGGED, "flagged (a batch: at least one draft flagged)"),
        (EXIT_BAD_INPUT, "bad input (a batch: at least one line could not be screened), invalid policy"),
    ],
)
RULES_CHECK_HELP = epilog(
    ["preflight rules check rules/examples/acme", "preflight rules check overlays/acme overlays/acme-eu"],
    [
        (EXIT_OK, "the policy is valid and every rule's examples pass"),
        (EXIT_FLAGGED, "the policy is valid but some rule examples fail (each listed with file and line)"),
        (EXIT_BAD_INPUT, "the policy is invalid: every problem of every file, each with its file and line"),
    ],
)
RULES_SHOW_HELP = epilog(
    [
        "preflight rules show --rules rules/examples/acme | sha256sum   # the policy version",
        "preflight rules show --pretty",
        "preflight rules show --rules rules/examples/acme --version SHA256",
    ],
    [(EXIT_OK, "printed"), (EXIT_BAD_INPUT, "another version than --version, or an invalid policy")],
)
EVAL_HELP = epilog(
    [
        "preflight eval ../shared/corpus/dev.jsonl --rules rules/examples/acme",
        "preflight eval tests/data/holdout.jsonl --json > report.json",
    ],
    [(EXIT_OK, "measured"), (EXIT_BAD_INPUT, "no such file, some lines skipped (listed), invalid policy")],
)
BENCH_HELP = epilog(
    [
        "preflight bench --rules rules/examples/acme",
        "preflight bench --corpus drafts.jsonl --rounds 3 --json",
    ],
    [(EXIT_OK, "measured"), BAD_INPUT],
)
SERVE_HELP = epilog(
    [
        "preflight local serve                 # http://127.0.0.1:3000 (make run)",
        "preflight local serve --port 8080",
    ],
    [(EXIT_OK, "stopped with Ctrl-C"), BAD_INPUT],
)
TOKEN_HELP = epilog(
    [
        "preflight local token --role screen --client my-app",
        "preflight local token --role review --user alice",
        "preflight local token --role review --role screen --user alice --ttl 600",
    ],
    [(EXIT_OK, "the token printed"), (EXIT_BAD_INPUT, "no runner on this machine, or bad usage")],
)
MAIN_HELP = epilog(
    [
        "preflight screen 'Call me at 415.555.0199'",
        "preflight rules check rules/examples/acme",
        "preflight eval tests/data/holdout.jsonl --rules rules/examples/acme",
        "preflight audit export --from 2026-11-01 --to 2026-12-01 --table NAME -o november.jsonl",
        "preflight COMMAND --help               # each command's options, examples and exit statuses",
    ],
    [
        (EXIT_OK, "success (screen: approved)"),
        (EXIT_FLAGGED, "flagged, or the command found something (failed examples, changes, problems)"),
        BAD_INPUT,
    ],
)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="preflight", description="Screen social-media drafts before publishing.", epilog=MAIN_HELP
    )
    parser.add_argument("--version", action="version", version=f"preflight {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    screen = commands.add_parser(
        "screen",
        help="screen a draft (or a JSON-lines batch) and print the decision",
        description=(
            "Screen a draft and print the decision. On a terminal: the draft with each finding\n"
            "highlighted and one line per finding; elsewhere (a pipe, a file): JSON."
        ),
        epilog=SCREEN_HELP,
    )
    screen.add_argument("text", nargs="?", help="the draft; read from --file or stdin when omitted")
    screen.add_argument("--file", metavar="PATH", help="read the draft from PATH ('-' for stdin)")
    screen.add_argument(
        "--jsonl",
        action="store_true",
        help='batch: read {"id", "text"} lines, write one result line per input',
    )
    screen.add_argument(
        "--format",
        choices=["json", "text"],
        help="json (default when stdout is not a terminal) or text: the draft highlighted, a line per "
        "finding (default on a terminal; NO_COLOR turns the colours off)",
    )
    add_rules_option(screen)

    rules = commands.add_parser(
        "rules",
        help="validate, print or compare the policy",
        epilog=epilog(
            ["preflight rules check rules/examples/acme", "preflight rules ACTION --help"],
            [(EXIT_OK, "see each action"), BAD_INPUT],
        ),
    )
    rules_commands = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    check = rules_commands.add_parser(
        "check",
        help="validate the policy and the given overlay directories",
        description="Validate the policy (defaults, PREFLIGHT_RULES, then DIRs); run every rule's examples.",
        epilog=RULES_CHECK_HELP,
    )
    check.add_argument("dirs", nargs="*", type=Path, metavar="DIR", help="overlay directories, in order")
    add_rules_option(check)
    show = rules_commands.add_parser(
        "show", help="print the canonical merged policy (its SHA-256 is the version)", epilog=RULES_SHOW_HELP
    )
    show.add_argument(
        "--version", dest="policy_version", metavar="SHA", help="fail unless the policy has this version"
    )
    show.add_argument("--pretty", action="store_true", help="indented, for reading (not the hashed bytes)")
    add_rules_option(show)
    from preflight_tools.cli.rules_diff import add_diff_parser

    add_diff_parser(rules_commands)

    evaluate = commands.add_parser("eval", help="measure quality on labelled drafts", epilog=EVAL_HELP)
    evaluate.add_argument("file", type=Path, metavar="FILE.jsonl")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    add_rules_option(evaluate)

    bench = commands.add_parser(
        "bench", help="measure cold start, latency, throughput and memory", epilog=BENCH_HELP
    )
    bench.add_argument(
        "--corpus", type=Path, help="JSON-lines drafts for latency (default: the shared corpus)"
    )
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.add_argument("--rounds", type=int, default=5, help="passes over the corpus for latency percentiles")
    bench.add_argument(
        "--compare",
        nargs="?",
        const=True,
        type=Path,
        metavar="DIR",
        help="also bench a second default policy, side by side: DIR, or without DIR today's rules "
        "(the default policy without its generated provider rules)",
    )
    add_rules_option(bench)

    local = commands.add_parser(
        "local",
        help="run the service on this machine (no Docker, no AWS)",
        epilog=epilog(
            ["preflight local serve", "preflight local token --role audit --user me"],
            [(EXIT_OK, "see each action"), BAD_INPUT],
        ),
    )
    local_commands = local.add_subparsers(dest="local_command", required=True, metavar="ACTION")
    serve = local_commands.add_parser(
        "serve", help="serve the API on loopback (Ctrl-C stops)", epilog=SERVE_HELP
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    serve.add_argument(
        "--port",
        type=int,
        default=state.DEFAULT_PORT,
        help=f"port (default: {state.DEFAULT_PORT}; 0 picks a free one)",
    )
    token = local_commands.add_parser(
        "token", help="print an access token the local runner accepts", epilog=TOKEN_HELP
    )
    token.add_argument(
        "--role",
        required=True,
        action="append",
        choices=[role.value for role in Role],
        help="the caller's role; repeat it for a token with several (a person who may also screen)",
    )
    token.add_argument("--client", metavar="NAME", help="the app client id (screen: the client's name)")
    token.add_argument("--user", metavar="NAME", help="the user name (review, audit)")
    token.add_argument(
        "--ttl",
        type=int,
        default=tokens.DEFAULT_TTL,
        metavar="SECONDS",
        help=f"lifetime (default: {tokens.DEFAULT_TTL // 3600} h)",
    )
    from preflight_tools.cli.audit import add_audit_parser

    add_audit_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = get_settings()
    try:
        if args.command == "screen":
            from preflight_tools.cli.screen import run_screen

            return run_screen(args, settings)
        if args.command == "rules" and args.rules_command == "diff":
            from preflight_tools.cli.rules_diff import run_rules_diff

            return run_rules_diff(args, settings)
        if args.command == "rules":
            from preflight_tools.cli.rules import run_rules

            return run_rules(args, settings)
        if args.command == "eval":
            from preflight_tools.cli.evaluate import run_eval

            return run_eval(args, settings)
        if args.command == "bench":
            from preflight_tools.cli.bench import run_bench

            return run_bench(args, settings)
        if args.command == "audit":
            from preflight_tools.cli.audit import run_audit

            return run_audit(args, settings)
        if args.command == "local":
            from preflight_tools.local import server

            if args.local_command == "token":
                return server.token_command(args.role, args.client, args.user, args.ttl)
            return server.serve(args.host, args.port)
    except PolicyError as exc:
        error(str(exc))
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK
    return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
