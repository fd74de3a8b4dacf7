"""``preflight screen``: one draft, or a JSON-lines batch that survives bad lines."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from preflight.engine import Engine, InputError
from preflight.settings import Settings

from preflight_tools.cli.common import EXIT_BAD_INPUT, EXIT_FLAGGED, EXIT_OK, load_engine


class _ReadError(Exception):
    pass


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _ReadError(f"{source} is not valid UTF-8 (byte {exc.start}: {exc.reason})") from exc


def _read_draft(args: argparse.Namespace) -> str:
    if args.text is not None and args.file:
        raise _ReadError("give the draft either as an argument or with --file, not both")
    if args.text is not None:
        return args.text
    if args.file and args.file != "-":
        path = Path(args.file)
        try:
            return _decode(path.read_bytes(), str(path))
        except OSError as exc:
            raise _ReadError(f"cannot read {path}: {exc.strerror}") from exc
    return _decode(sys.stdin.buffer.read(), "standard input")


def run_screen(args: argparse.Namespace, settings: Settings) -> int:
    if args.jsonl:
        return _run_batch(args, settings)
    try:
        text = _read_draft(args)
    except _ReadError as exc:
        print(f"preflight: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    engine = load_engine(settings, args.rules)
    try:
        decision = engine.screen(text)
    except InputError as exc:
        print(f"preflight: {exc.message}", file=sys.stderr)
        return EXIT_BAD_INPUT
    json.dump(decision.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_FLAGGED if decision.flagged else EXIT_OK


def _batch_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    for number, raw in enumerate(stream, start=1):
        if raw.strip():
            yield number, raw


def _screen_line(engine: Engine, number: int, raw: bytes) -> dict[str, Any]:
    """One batch line to one result record; never raises for a bad line."""
    record_id: Any = number
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _error(record_id, "invalid_utf8", f"line {number} is not valid UTF-8 (byte {exc.start})")
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return _error(
            record_id, "invalid_json", f"line {number} is not JSON: {exc.msg} at column {exc.colno}"
        )
    if not isinstance(item, dict):
        return _error(record_id, "invalid_record", f'line {number} must be an object {{"id", "text"}}')
    record_id = item.get("id", number)
    if "text" not in item:
        return _error(record_id, "missing_text", f"line {number} has no 'text' field")
    try:
        decision = engine.screen(item["text"])
    except InputError as exc:
        return _error(record_id, exc.code, f"line {number}: {exc.message}")
    return {"id": record_id, **decision.to_dict()}


def _error(record_id: Any, code: str, message: str) -> dict[str, Any]:
    return {"id": record_id, "error": {"code": code, "message": message}}


def _run_batch(args: argparse.Namespace, settings: Settings) -> int:
    if args.text is not None:
        print("preflight: --jsonl reads its drafts from stdin or --file, not an argument", file=sys.stderr)
        return EXIT_BAD_INPUT
    engine = load_engine(settings, args.rules).warm_up()
    if args.file and args.file != "-":
        try:
            stream: IO[bytes] = open(args.file, "rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            print(f"preflight: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return EXIT_BAD_INPUT
    else:
        stream = sys.stdin.buffer
    progress = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        progress = tqdm(unit=" drafts", file=sys.stderr, leave=False)
    any_error = any_flag = False
    try:
        for number, raw in _batch_lines(stream):
            result = _screen_line(engine, number, raw)
            any_error |= "error" in result
            any_flag |= result.get("decision") == "flag"
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            sys.stdout.flush()
            if progress is not None:
                progress.update(1)
    finally:
        if progress is not None:
            progress.close()
        if stream is not sys.stdin.buffer:
            stream.close()
    if any_error:
        return EXIT_BAD_INPUT
    return EXIT_FLAGGED if any_flag else EXIT_OK
