"""What every ``preflight`` command shares: exit statuses, the ``--rules`` option, the engine (one
per policy for the life of the process), and output helpers (errors, JSON, colour, progress).

Commands import this module, never ``main`` (which imports them to dispatch)."""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from preflight.engine import Engine
from preflight.settings import Settings

# Exit statuses, the same for every command: 0 done (screen: approved), 1 the command found something
# (a flagged draft, a failed example, a changed decision, a problem in the log), 2 bad input or usage.
EXIT_OK, EXIT_FLAGGED, EXIT_BAD_INPUT = 0, 1, 2
EXIT_FOUND = EXIT_FLAGGED
EXIT_INTERRUPTED = 130  # Ctrl-C, as a shell reports SIGINT


class Parser(argparse.ArgumentParser):
    """An argument parser whose commands explain themselves: help keeps the epilog's layout (the
    examples and exit statuses), and a leaf command refuses an unknown option with its own usage
    (argparse otherwise hands unknown options up to the top-level parser, which prints its usage)."""

    def __init__(self, *args: Any, lazy_epilog: Callable[[], str] | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)
        # An epilog that imports the service's vocabularies is written only when help is asked for:
        # building the parser must not import preflight.observability, whose Logger and Metrics read
        # their configuration once, before the local runner has set its environment.
        self._lazy_epilog = lazy_epilog

    def format_help(self) -> str:
        if self._lazy_epilog is not None:
            self.epilog, self._lazy_epilog = self._lazy_epilog(), None
        return super().format_help()

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        assert parsed is not None  # argparse returns the namespace it filled
        has_commands = any(isinstance(a, argparse._SubParsersAction) for a in self._actions)
        if extras and not has_commands:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed, extras


def epilog(examples: Sequence[str], exits: Sequence[tuple[int, str]]) -> str:
    """A command's help epilog: example command lines, then what each exit status means."""
    lines = ["examples:", *(f"  {example}" for example in examples), "", "exit status:"]
    lines += [f"  {code:<3} {meaning}" for code, meaning in exits]
    return "\n".join(lines)


def add_rules_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules",
        metavar="DIR",
        action="append",
        type=Path,
        default=[],
        help="an overlay directory merged on top of the defaults and PREFLIGHT_RULES (repeatable, in order)",
    )


@functools.lru_cache(maxsize=4)
def _cached_engine(settings: Settings, overlays: tuple[Path, ...]) -> Engine:
    return Engine.from_settings(settings, overlays)


def load_engine(settings: Settings, overlays: Sequence[Path]) -> Engine:
    # One engine per policy for the life of the process (spaCy loads once, also across test calls).
    return _cached_engine(settings, tuple(overlays))


def error(message: str) -> None:
    print(f"preflight: {message}", file=sys.stderr)


def write_json(value: Any, stream: IO[str] | None = None, *, indent: int | None = 2) -> None:
    stream = stream if stream is not None else sys.stdout
    stream.write(json.dumps(value, ensure_ascii=False, indent=indent) + "\n")


def use_colour(stream: IO[str]) -> bool:
    """ANSI colour on a terminal unless NO_COLOR is set to anything non-empty (no-color.org)."""
    return not os.environ.get("NO_COLOR") and _is_terminal(stream)


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # a closed or odd stream: not a terminal
        return False


# --- batches: progress on stderr and the summary they end with ---------------------------------


@dataclass
class BatchSummary:
    drafts: int = 0
    flagged: int = 0
    approved: int = 0
    errors: int = 0
    started: float = field(default_factory=time.monotonic)

    def add(self, decision: str | None) -> None:
        """One draft done: ``decision`` is "flag", "approve", or None for a draft that failed."""
        self.drafts += 1
        if decision == "flag":
            self.flagged += 1
        elif decision == "approve":
            self.approved += 1
        else:
            self.errors += 1

    def line(self) -> str:
        elapsed = time.monotonic() - self.started
        return (
            f"preflight: {self.drafts} drafts, {self.flagged} flagged, {self.approved} approved, "
            f"{self.errors} errors, elapsed {elapsed:.1f}s"
        )


@contextmanager
def batch_progress(total: int | None, unit: str = " drafts", *, wanted: bool = True) -> Iterator[Any]:
    """A progress bar on stderr (total, percentage, time left) when ``wanted`` and stderr is a
    terminal; ``None`` otherwise. ``total`` is None when unknown (a batch on stdin): the bar then
    counts."""
    if not (wanted and _is_terminal(sys.stderr)):
        yield None
        return
    from tqdm import tqdm

    bar = tqdm(total=total, unit=unit, file=sys.stderr, leave=False, dynamic_ncols=True)
    try:
        yield bar
    finally:
        bar.close()


def count_lines(path: Path) -> int | None:
    """The number of non-blank lines of a file (a batch's total), or None if it cannot be read."""
    try:
        with path.open("rb") as stream:
            return sum(1 for raw in stream if raw.strip())
    except OSError:
        return None
