"""The runtime package (what the Lambda layer ships) never imports the laptop tools.

layers/preflight/preflight is copied whole into PreflightCoreLayer; the command line, the local runner
and the load test live in tooling/preflight_tools, which the layer does not carry. An import of them
from the runtime, even a lazy one inside a function, would fail in Lambda only when that line runs."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RUNTIME = REPO / "layers" / "preflight" / "preflight"
# The laptop tools' package, and the names the tools had inside the runtime package before they moved.
FORBIDDEN = ("preflight_tools", "preflight.cli", "preflight.local")


def imported_modules(path: Path, package: str) -> list[tuple[int, str]]:
    """Every module ``path`` imports, absolute (relative imports resolved against ``package``), with
    its line: module-level, in functions and under TYPE_CHECKING alike."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            # `from preflight import cli` imports preflight.cli: name each imported member too.
            found.extend((node.lineno, f"{module}.{alias.name}") for alias in node.names)
            found.append((node.lineno, module))
    return found


def is_forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN)


def runtime_modules() -> list[Path]:
    return sorted(RUNTIME.rglob("*.py"))


def package_of(path: Path) -> str:
    # The package a relative import starts from: the module's folder (a package's __init__ included).
    return ".".join(path.relative_to(RUNTIME.parent).parts[:-1])


def test_the_runtime_package_has_modules_to_check():
    assert len(runtime_modules()) > 20
    assert not (RUNTIME / "cli").exists() and not (RUNTIME / "local").exists()


def test_no_runtime_module_imports_the_laptop_tools():
    offenders = [
        f"{path.relative_to(REPO)}:{line}: imports {module}"
        for path in runtime_modules()
        for line, module in imported_modules(path, package_of(path))
        if is_forbidden(module)
    ]
    assert offenders == []


@pytest.mark.parametrize(
    ("source", "package", "expected"),
    [
        ("from preflight_tools.local.routes import Route", "preflight.api", True),
        ("import preflight_tools", "preflight.api", True),
        ("def f():\n    from preflight_tools.cli import main", "preflight.api", True),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import preflight_tools.local", "x", True),
        ("from ..local import routes", "preflight.api", True),
        ("from .. import cli", "preflight.api", True),
        ("from preflight import local", "preflight.api", True),
        ("from preflight.api import openapi", "preflight.api", False),
        ("from . import localisation", "preflight.api", False),
        ("import preflight_toolsmith", "preflight.api", False),
    ],
)
def test_the_check_sees_every_form_of_import(tmp_path, source, package, expected):
    module = tmp_path / "module.py"
    module.write_text(source + "\n", encoding="utf-8")
    assert any(is_forbidden(name) for _, name in imported_modules(module, package)) is expected
