"""The local runner in a subprocess for the tests that talk to it over HTTP: its environment stays its
own (no AWS_* or PREFLIGHT_* of the developer's), with its own state folder, on a free port."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from preflight_tools.local.template import REPO

START_SECONDS = 90


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def local_runner(
    state: Path, *, preexec_fn: Callable[[], object] | None = None
) -> Iterator[tuple[int, Path, subprocess.Popen]]:
    """`preflight local serve` on a free port with ``state`` as its state folder, once it accepts
    connections: (port, state folder, process). Stopped with SIGINT (killed 20 s later) on exit."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "PREFLIGHT_"))}
    env["PREFLIGHT_LOCAL_STATE"] = str(state)
    log = (state / "runner.log").open("w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "preflight_tools.cli.main", "local", "serve", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=REPO,
        preexec_fn=preexec_fn,
    )
    try:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline and process.poll() is None:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        if process.poll() is not None or time.monotonic() >= deadline:
            log.seek(0)
            raise RuntimeError(f"the runner did not start:\n{log.read()}")
        yield port, state, process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()
