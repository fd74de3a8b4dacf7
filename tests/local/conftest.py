"""The local runner in a subprocess (its environment stays its own), shared by the end-to-end tests."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from preflight.local.template import REPO


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(
    port: int, method: str, path: str, token: str | None = None, body: Any = None
) -> tuple[int, dict[str, str], Any]:
    """(status, headers, JSON body) of one request to the runner."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data, headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, dict(response.headers), json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), json.loads(err.read())


@pytest.fixture(scope="module")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, Any, subprocess.Popen]]:
    """A runner on a free port with its own state folder: (port, state folder, process)."""
    state = tmp_path_factory.mktemp("state")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "PREFLIGHT_"))}
    env["PREFLIGHT_LOCAL_STATE"] = str(state)
    log = (state / "runner.log").open("w+")
    proc = subprocess.Popen(
        [sys.executable, "-m", "preflight.cli.main", "local", "serve", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=REPO,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.2)
    if proc.poll() is not None or time.monotonic() >= deadline:
        proc.kill()
        log.seek(0)
        pytest.fail(f"the runner did not start:\n{log.read()}")
    yield port, state, proc
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    log.close()
