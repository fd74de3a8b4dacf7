"""Entry point of the ``preflight`` command.

Exit status everywhere: 0 success (``screen``: approved), 1 flagged, 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Sequence
from pathlib import Path

from preflight import __version__
from preflight.engine import Engine, PolicyError
from preflight.settings import Settings, get_settings

EXIT_OK, EXIT_FLAGGED, EXIT_BAD_INPUT = 0, 1, 2


def _add_rules_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules",
        metavar="DIR",
        action="append",
        type=Path,
        default=[],
        help="an overlay directory merged on top of the defaults and PREFLIGHT_RULES (repeatable, in order)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="preflight", description="Screen social-media drafts before publishing."
    )
    parser.add_argument("--version", action="version", version=f"preflight {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    screen = commands.add_parser(
        "screen", help="screen a draft (or a JSON-lines batch) and print the decision"
    )
    screen.add_argument("text", nargs="?", help="the draft; read from --file or stdin when omitted")
    screen.add_argument("--file", metavar="PATH", help="read the draft from PATH ('-' for stdin)")
    screen.add_argument(
        "--jsonl",
        action="store_true",
        help='batch: read {"id", "text"} lines, write one result line per input',
    )
    _add_rules_option(screen)

    rules = commands.add_parser("rules", help="validate or print the policy")
    rules_commands = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    check = rules_commands.add_parser("check", help="validate the policy and the given overlay directories")
    check.add_argument("dirs", nargs="*", type=Path, metavar="DIR", help="overlay directories, in order")
    _add_rules_option(check)
    show = rules_commands.add_parser(
        "show", help="print the canonical merged policy (its SHA-256 is the version)"
    )
    show.add_argument(
        "--version", dest="policy_version", metavar="SHA", help="fail unless the policy has this version"
    )
    show.add_argument("--pretty", action="store_true", help="indented, for reading (not the hashed bytes)")
    _add_rules_option(show)
    from preflight.cli.rules_diff import add_diff_parser

    add_diff_parser(rules_commands)

    evaluate = commands.add_parser("eval", help="measure quality on labelled drafts")
    evaluate.add_argument("file", type=Path, metavar="FILE.jsonl")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    _add_rules_option(evaluate)

    bench = commands.add_parser("bench", help="measure cold start, latency, throughput and memory")
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
    _add_rules_option(bench)

    local = commands.add_parser("local", help="run the service on this machine (no Docker, no AWS)")
    local_commands = local.add_subparsers(dest="local_command", required=True, metavar="ACTION")
    serve = local_commands.add_parser("serve", help="serve the API on loopback (Ctrl-C stops)")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=3000, help="port (default: 3000; 0 picks a free one)")
    token = local_commands.add_parser("token", help="print an access token the local runner accepts")
    token.add_argument(
        "--role",
        required=True,
        action="append",
        choices=["screen", "review", "audit"],
        help="the caller's role; repeat it for a token with several (a person who may also screen)",
    )
    token.add_argument("--client", metavar="NAME", help="the app client id (screen: the client's name)")
    token.add_argument("--user", metavar="NAME", help="the user name (review, audit)")
    token.add_argument("--ttl", type=int, default=8 * 3600, metavar="SECONDS", help="lifetime (default: 8 h)")
    from preflight.cli.audit import add_audit_parser

    add_audit_parser(commands)
    return parser


@functools.lru_cache(maxsize=4)
def _cached_engine(settings: Settings, overlays: tuple[Path, ...]) -> Engine:
    return Engine.from_settings(settings, overlays)


def load_engine(settings: Settings, overlays: Sequence[Path]) -> Engine:
    # One engine per policy for the life of the process (spaCy loads once, also across test calls).
    return _cached_engine(settings, tuple(overlays))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = get_settings()
    try:
        if args.command == "screen":
            from preflight.cli.screen import run_screen

            return run_screen(args, settings)
        if args.command == "rules" and args.rules_command == "diff":
            from preflight.cli.rules_diff import run_rules_diff

            return run_rules_diff(args, settings)
        if args.command == "rules":
            from preflight.cli.rules import run_rules

            return run_rules(args, settings)
        if args.command == "eval":
            from preflight.cli.evaluate import run_eval

            return run_eval(args, settings)
        if args.command == "bench":
            from preflight.cli.bench import run_bench

            return run_bench(args, settings)
        if args.command == "audit":
            from preflight.cli.audit import run_audit

            return run_audit(args, settings)
        if args.command == "local":
            from preflight.local import server

            if args.local_command == "token":
                return server.token_command(args.role, args.client, args.user, args.ttl)
            return server.serve(args.host, args.port)
    except PolicyError as exc:
        print(f"preflight: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK
    return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
