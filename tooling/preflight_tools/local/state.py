"""Where a running local runner keeps its embedded AWS, for the commands that read it directly.

The runner writes ``.preflight/runner-<port>.json`` when it starts (and removes it when it stops):
its embedded endpoint, table, bucket and audit MAC key. ``preflight audit verify|rearchive --local
[PORT]`` reads it, so the README's commands work as written although the embedded endpoint's port is
chosen freshly at every start.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from preflight_tools.local import tokens

DEFAULT_PORT = 3000


def _path(port: int) -> Path:
    return tokens.state_dir() / f"runner-{port}.json"


def publish(port: int, state: dict[str, Any]) -> Path:
    path = _path(port)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({**state, "pid": os.getpid()}, indent=2))
    temporary.replace(path)
    return path


def withdraw(port: int) -> None:
    _path(port).unlink(missing_ok=True)


def read(port: int = DEFAULT_PORT) -> dict[str, Any]:
    """The state of the runner on ``port``; LookupError, saying what to do, when none is running."""
    path = _path(port)
    try:
        state = json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise LookupError(
            f"no local runner on port {port} (start one with `make run`, or give --local PORT)"
        ) from exc
    try:
        os.kill(int(state["pid"]), 0)
    except (OSError, KeyError, ValueError) as exc:
        raise LookupError(f"the local runner on port {port} has stopped ({path} is stale)") from exc
    return state


def environment(state: dict[str, Any]) -> dict[str, str]:
    """The variables that point boto3 and the settings at the runner's embedded AWS."""
    variables = {
        "AWS_ENDPOINT_URL": state["aws_endpoint"],
        "AWS_ACCESS_KEY_ID": "local",
        "AWS_SECRET_ACCESS_KEY": "local",
        "AWS_DEFAULT_REGION": "us-east-1",
        "PREFLIGHT_TABLE_NAME": state["table"],
        "PREFLIGHT_ARCHIVE_BUCKET": state.get("bucket", ""),
        "PREFLIGHT_ARCHIVE_KEY_ID": state.get("archive_key_id", ""),
        "PREFLIGHT_AUDIT_MAC_KEY_ID": state.get("audit_mac_key_id", ""),
        "AWS_ACCOUNT_ID_ENDPOINT_MODE": "disabled",
    }
    if state.get("dynamodb_endpoint"):  # PREFLIGHT_DYNAMODB_ENDPOINT: DynamoDB lives elsewhere
        variables["AWS_ENDPOINT_URL_DYNAMODB"] = state["dynamodb_endpoint"]
    return variables
