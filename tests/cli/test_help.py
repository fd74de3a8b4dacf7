"""Every command explains itself: examples and exit statuses in --help, its own usage on a mistake."""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest
from preflight.api.models import Channel
from preflight.engine.policy import TAXONOMY
from preflight.records import STATUSES
from preflight_tools.cli.main import build_parser, main

CLI = Path(__file__).resolve().parents[2] / "tooling" / "preflight_tools" / "cli"


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(path, parser) of every command and group, depth first."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from commands(child, (*path, name))


def leaves() -> list[tuple[str, ...]]:
    return [
        path
        for path, parser in commands(build_parser())
        if path and not any(isinstance(a, argparse._SubParsersAction) for a in parser._actions)
    ]


def test_the_tree_holds_every_command():
    names = {" ".join(path) for path in leaves()}
    assert {"screen", "rules check", "rules show", "rules diff", "eval", "bench"} <= names
    assert {"local serve", "local token", "audit export", "audit verify", "audit rearchive"} <= names


@pytest.mark.parametrize("path", [path for path, _ in commands(build_parser())], ids=" ".join)
def test_every_commands_help_has_examples_and_exit_statuses(capsys, path):
    with pytest.raises(SystemExit) as caught:
        main([*path, "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: {' '.join(('preflight', *path))}")
    examples = out.split("\nexample")[-1]
    assert "preflight " + " ".join(path) in examples  # an example of this very command
    statuses = out.split("\nexit status")[-1]
    assert " 0 " in statuses.replace(":", " ") and " 2 " in statuses.replace(":", " ")


# What each command requires, so that the unknown option is the only mistake on the line.
REQUIRED = {
    ("rules", "diff"): ["--corpus", "drafts.jsonl"],
    ("eval",): ["drafts.jsonl"],
    ("local", "token"): ["--role", "screen"],
    **{
        ("audit", action): ["--from", "2026-01-01", "--to", "2026-01-02"]
        for action in ("export", "verify", "rearchive")
    },
}


@pytest.mark.parametrize("path", leaves(), ids=" ".join)
def test_an_unknown_option_prints_the_commands_own_usage(capsys, path):
    with pytest.raises(SystemExit) as caught:
        main([*path, *REQUIRED.get(path, []), "--no-such-option"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"usage: {' '.join(('preflight', *path))} ")
    assert "unrecognized arguments: --no-such-option" in err


def test_audit_export_documents_each_filter_and_its_values(capsys):
    with pytest.raises(SystemExit):
        main(["audit", "export", "--help"])
    out = " ".join(capsys.readouterr().out.split())  # unwrapped
    filters = out.split("filters (")[1]
    for option in ("--decision", "--status", "--channel", "--category", "--author", "--reviewer"):
        assert option in filters
    assert "--policy-version" in filters
    for value in ("approve", "flag", *STATUSES, *get_args(Channel), *TAXONOMY):
        assert value in filters, value


def test_the_commands_share_their_pieces_through_common_not_main():
    # main imports every command to dispatch; a command importing main back is the loop that was.
    for path in CLI.glob("*.py"):
        if path.name == "main.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert "preflight_tools.cli.main" not in imported, path.name


def _modules_loaded_by_parsing(prefixes: tuple[str, ...]) -> str:
    """The modules starting with one of ``prefixes`` that a fresh interpreter has loaded once it
    has built the parser and parsed `local serve`, as a printed sorted list."""
    code = (
        "import sys\n"
        "from preflight_tools.cli.main import build_parser\n"
        "build_parser().parse_args(['local', 'serve'])\n"
        f"loaded = [m for m in sys.modules if m.startswith({prefixes!r})]\n"
        "print(sorted(loaded))\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_building_the_parser_leaves_the_services_logging_and_metrics_unconfigured():
    # preflight.observability makes the Logger and Metrics once, from the environment of that moment;
    # `preflight local serve` sets the functions' environment after parsing its arguments, so an
    # import at parse time left the runner's metrics without a namespace (a 500 once they flushed).
    out = _modules_loaded_by_parsing(("preflight.observability", "preflight.api"))
    assert out.strip() == "[]"


def test_building_the_parser_loads_neither_the_store_nor_the_aws_sdk():
    # The export's filter names come from the log's query (preflight.service.log_query), not from the
    # export module, which pulls in the store and boto3: every command's --help paid for that.
    out = _modules_loaded_by_parsing(("boto3", "botocore", "preflight.store", "preflight_tools.cli.audit_"))
    assert out.strip() == "[]"
