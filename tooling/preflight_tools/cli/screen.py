"""``preflight screen``: one draft, or a JSON-lines batch that survives bad lines.

Output is JSON when it goes to a pipe or a file (or with ``--format json``) and the human view
(preflight_tools.cli.render) on a terminal or with ``--format text``. A batch shows its progress on
stderr when that is a terminal, and always ends with a summary line on stderr."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from preflight.engine import Engine, InputError
from preflight.settings import Settings

from preflight_tools.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_FLAGGED,
    EXIT_OK,
    BatchSummary,
    batch_progress,
    count_lines,
    load_engine,
    use_colour,
    write_json,
)
from preflight_tools.cli.render import decision_text, visible


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
    if output_format(args) == "text":
        sys.stdout.write(decision_text(text, decision.to_dict(), colour=use_colour(sys.stdout)))
    else:
        write_json(decision.to_dict())
    return EXIT_FLAGGED if decision.flagged else EXIT_OK


def output_format(args: argparse.Namespace) -> str:
    """``--format``, else the human view on a terminal and JSON anywhere else (a pipe, a file)."""
    if args.format:
        return str(args.format)
    try:
        return "text" if sys.stdout.isatty() else "json"
    except (AttributeError, ValueError):
        return "json"


def _batch_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    for number, raw in enumerate(stream, start=1):
        if raw.strip():
            yield number, raw


def _screen_item(engine: Engine, number: int, raw: bytes) -> tuple[dict[str, Any], str]:
    """One batch line to its result record and the draft's text ("" when there is none); never
    raises for a bad line."""
    record_id: Any = number
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _error(record_id, "invalid_utf8", f"line {number} is not valid UTF-8 (byte {exc.start})"), ""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return _error(
            record_id, "invalid_json", f"line {number} is not JSON: {exc.msg} at column {exc.colno}"
        ), ""
    if not isinstance(item, dict):
        return _error(record_id, "invalid_record", f'line {number} must be an object {{"id", "text"}}'), ""
    record_id = item.get("id", number)
    if "text" not in item:
        return _error(record_id, "missing_text", f"line {number} has no 'text' field"), ""
    try:
        decision = engine.screen(item["text"])
    except InputError as exc:
        return _error(record_id, exc.code, f"line {number}: {exc.message}"), ""
    return {"id": record_id, **decision.to_dict()}, item["text"]


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
    human = output_format(args) == "text"
    colour = human and use_colour(sys.stdout)
    total = count_lines(Path(args.file)) if args.file and args.file != "-" else None
    summary = BatchSummary()
    try:
        with batch_progress(total) as progress:
            for number, raw in _batch_lines(stream):
                result, text = _screen_item(engine, number, raw)
                summary.add(None if "error" in result else result.get("decision"))
                out = _text_result(result, text, colour) if human else json.dumps(result, ensure_ascii=False)
                if progress is None:
                    sys.stdout.write(out + "\n")
                    sys.stdout.flush()
                else:  # the bar steps aside while the line is written (both may be the terminal)
                    progress.write(out, file=sys.stdout)
                    progress.update(1)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    print(summary.line(), file=sys.stderr)
    if summary.errors:
        return EXIT_BAD_INPUT
    return EXIT_FLAGGED if summary.flagged else EXIT_OK


def _text_result(result: dict[str, Any], text: str, colour: bool) -> str:
    title = f"{result.get('id')}:"
    if "error" in result:
        problem = result["error"]
        return f"{visible(title)}  ERROR {visible(problem['code'])}: {visible(problem['message'])}\n"
    return decision_text(text, result, colour=colour, title=title)
