"""Load test of the local runner (`make loadtest`, `scripts/loadtest`): many concurrent POST /screen
requests, then integrity checks read from the table after the run.

What it measures: the runner serialises handler invocations with a lock (moto's in-process backend
is not guaranteed thread-safe), so the 16 clients queue for one handler at a time, as 16 callers
would queue for one Lambda instance. The figures are the service's latency and throughput under
serialised storage, not DynamoDB's. The checks do not depend on that luck either way: they are made
after the last request, from what the table holds (a scan of the decision items, the sum of the
daily counters, the idempotency guards), compared with what the clients were answered.

Loopback only: the script starts its own runner on a free loopback port, or targets `--url` of a
running one on loopback, and refuses anything else (it writes thousands of decisions and scans the
table).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from preflight_tools.loadtest.checks import evaluate, percentile, render, summary
from preflight_tools.loadtest.client import (
    Answer,
    Check,
    Run,
    Sent,
    read_back,
    require_loopback,
    send_all,
)
from preflight_tools.loadtest.drafts import Draft, make_drafts
from preflight_tools.loadtest.limits import (
    CLIENT_IDS,
    DEFAULT_CLIENTS,
    DEFAULT_MAX_SECONDS,
    DEFAULT_REQUESTS,
    DEFAULT_RETRY_FRACTION,
    STARTUP_SECONDS,
    LoadTestError,
)
from preflight_tools.loadtest.table import Table, counter_total, read_table

# The parts, each in its module: drafts (what is sent), client (connections, the concurrent run),
# table (what the table holds afterwards), checks (the integrity checks and the report).
__all__ = [
    "Answer", "Check", "Draft", "LoadTestError", "Run", "Sent", "Table", "evaluate", "main", "make_drafts",
    "parse_banner", "percentile", "require_loopback",
]  # fmt: skip

# --- the runner -----------------------------------------------------------------------------------

_URL_LINE = re.compile(r"Preflight local runner: (http://\S+)")
# Both forms of the banner's data line end the DynamoDB endpoint with " at http://host:port".
_DATA_LINE = re.compile(r"data: DynamoDB tables .*? at (http://[\w.\[\]:-]+?)(?::? |\s*$)", re.M)


def parse_banner(text: str) -> tuple[str, str] | None:
    """(runner URL, DynamoDB endpoint) from the runner's start-up banner, once both are printed."""
    url, data = _URL_LINE.search(text), _DATA_LINE.search(text)
    return (url.group(1), data.group(1)) if url and data else None


class OwnRunner:
    """`preflight local serve --port 0` in a subprocess, with its own state folder (token key)."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.log_path = workdir / "runner.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, deadline: float) -> tuple[str, str]:
        # Only this machine: no AWS_* or PREFLIGHT_* settings reach the runner (no endpoint override).
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "PREFLIGHT_"))}
        env["PREFLIGHT_LOCAL_STATE"] = str(self.workdir)
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "preflight_tools.cli.main",
                    "local",
                    "serve",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    "0",
                ],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        until = min(deadline, time.monotonic() + STARTUP_SECONDS)
        while time.monotonic() < until:
            found = parse_banner(self.log())
            if found:
                return found
            if self.proc.poll() is not None:
                raise LoadTestError(f"the runner exited with status {self.proc.returncode}:\n{self.tail()}")
            time.sleep(0.2)
        raise LoadTestError(f"the runner printed no banner in time:\n{self.tail()}")

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    def tail(self, lines: int = 30) -> str:
        return "\n".join(self.log().splitlines()[-lines:])

    def stop(self) -> int | None:
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else None
        self.proc.send_signal(signal.SIGINT)
        try:
            return self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()


# --- command line ---------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="loadtest",
        description="Load test of the local runner: concurrent POST /screen, then integrity checks.",
    )
    parser.add_argument(
        "--requests",
        type=int,
        default=DEFAULT_REQUESTS,
        help="POST /screen requests in all, retries included (default: %(default)s)",
    )
    parser.add_argument(
        "--clients",
        type=int,
        default=DEFAULT_CLIENTS,
        help="concurrent clients (threads; default: %(default)s)",
    )
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=DEFAULT_MAX_SECONDS,
        help="fail if the whole run takes longer (default: %(default)s)",
    )
    parser.add_argument(
        "--retry-fraction",
        type=float,
        default=DEFAULT_RETRY_FRACTION,
        help="share of the requests that are same-key retries (default: %(default)s)",
    )
    parser.add_argument(
        "--client-ids", type=int, default=CLIENT_IDS, help="distinct screen client ids (default: %(default)s)"
    )
    parser.add_argument(
        "--seed", type=int, default=None, help="seed of the draft generator (default: random)"
    )
    parser.add_argument("--url", help="a running runner on loopback (default: start one on a free port)")
    parser.add_argument(
        "--dynamodb-endpoint", help="with --url: the runner's DynamoDB endpoint, from its banner"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def run_load_test(args: argparse.Namespace) -> dict[str, Any]:
    if args.requests < 1 or args.clients < 1 or args.client_ids < 1 or not 0 <= args.retry_fraction <= 0.5:
        raise LoadTestError(
            "--requests, --clients and --client-ids must be positive, --retry-fraction in [0, 0.5]"
        )
    deadline = time.monotonic() + args.max_seconds
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    run_id = uuid.uuid4().hex[:8]
    # Client ids unique to this run: against a runner with older data, the checks see only this run's.
    clients = [f"load-{run_id}-{n}" for n in range(1, args.client_ids + 1)]
    from preflight_tools.local import tokens

    runner_log = ""
    with tempfile.TemporaryDirectory(prefix="preflight-loadtest-") as scratch:
        runner: OwnRunner | None = None
        try:
            if args.url:
                if not args.dynamodb_endpoint:
                    raise LoadTestError("--url needs --dynamodb-endpoint (the runner's banner prints it)")
                url, endpoint = args.url.rstrip("/"), args.dynamodb_endpoint
                key = tokens.signing_key()  # the running runner's key: .preflight/ or PREFLIGHT_LOCAL_STATE
            else:
                runner = OwnRunner(Path(scratch))
                url, endpoint = runner.start(deadline)
                key = tokens.signing_key(Path(scratch))
            target = require_loopback(url, "the runner's URL")
            require_loopback(endpoint, "the DynamoDB endpoint")
            minted = {
                c: tokens.mint("screen", client=c, key=key, ttl=int(args.max_seconds) + 3600) for c in clients
            }
            total_before = counter_total(endpoint)
            drafts = make_drafts(
                args.requests, args.retry_fraction, clients, random.Random(seed), concurrent=args.clients > 1
            )
            run = send_all(target, drafts, minted, args.clients, deadline)
            if not run.aborted:
                read_back(target, run, minted, args.clients, deadline)
            table = None if run.aborted else read_table(endpoint, clients, total_before)
            checks = evaluate(run, table)
            if runner is not None:
                status = runner.stop()
                checks.append(Check("the runner stopped cleanly", status == 0, f"exit status {status}"))
                if not all(c.ok for c in checks):  # kept for the diagnosis; the folder goes away
                    kept = Path(tempfile.gettempdir()) / f"preflight-loadtest-{run_id}-runner.log"
                    shutil.copyfile(runner.log_path, kept)
                    runner_log = str(kept)
        finally:
            if runner is not None:
                runner.stop()
    config = {
        "url": url,
        "runner": "started by this script" if runner is not None else "given by --url",
        "requests": args.requests,
        "clients": args.clients,
        "client_ids": args.client_ids,
        "retry_fraction": args.retry_fraction,
        "max_seconds": args.max_seconds,
        "seed": seed,
        "cpus": os.cpu_count(),
        "runner_log": runner_log,  # kept only when a check failed
    }
    return summary(run, checks, config)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        report = run_load_test(args)
    except LoadTestError as exc:
        if args.json:
            print(json.dumps({"passed": False, "error": str(exc)}, indent=2))
        print(f"loadtest: {exc}\nFAIL", file=sys.stderr)
        return 1
    print(json.dumps(report, indent=2) if args.json else render(report))
    return 0 if report["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
