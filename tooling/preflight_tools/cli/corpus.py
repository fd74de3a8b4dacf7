"""Labelled or plain corpora as JSON lines (`../shared/corpus/` format), read by `preflight eval`
and `preflight rules diff`: one bad line is recorded and skipped, it does not sink the run."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def corpus_items(path: Path, bad_lines: list[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) of each line holding a JSON object with a string ``text``; blank lines are
    skipped, any other line is recorded in ``bad_lines``."""
    with path.open("rb") as stream:
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            try:
                item = json.loads(raw.decode("utf-8"))
                if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                    raise ValueError("a line must be a JSON object with a string text")
            except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
                bad_lines.append(f"line {number}: {type(exc).__name__}: {exc}")
                continue
            yield number, item
