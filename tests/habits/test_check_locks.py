"""scripts/check-locks: the development lock, the Lambda layer's lock and pyproject.toml's pins agree,
so the tests cannot run other versions than the functions."""

from __future__ import annotations

import subprocess
import sys
from importlib.machinery import SourceFileLoader
from importlib.util import module_from_spec, spec_from_loader
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "check-locks"


def _load():
    loader = SourceFileLoader("check_locks", str(SCRIPT))
    spec = spec_from_loader("check_locks", loader)
    assert spec is not None
    module = module_from_spec(spec)
    loader.exec_module(module)
    return module


check_locks = _load()

PYPROJECT = """
[project]
dependencies = ["PyYAML==6.0.3", "aws-lambda-powertools[tracer]==3.37.0"]
[project.optional-dependencies]
dev = ["pytest==9.2.0", "moto[dynamodb,server]==5.2.5"]
"""
DEV_LOCK = """# a universal lock, hashes on the next lines
pyyaml==6.0.3 \\
    --hash=sha256:aa
aws-lambda-powertools==3.37.0 \\
    --hash=sha256:bb
pytest==9.2.0 \\
    --hash=sha256:cc
moto==5.2.5 \\
    --hash=sha256:dd
certifi==2026.10.18 ; python_version >= '3.11' \\
    --hash=sha256:ee
"""
LAYER_LOCK = """# the layer
aws-lambda-powertools==3.37.0 \\
    --hash=sha256:ff
certifi==2026.10.18 \\
    --hash=sha256:00
pyyaml==6.0.3 \\
    --hash=sha256:11
"""
LAYER_REQUIREMENTS = "PyYAML==6.0.3\naws-lambda-powertools[tracer]==3.37.0  # logger\n"


def test_the_repository_locks_agree() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "OK" in result.stdout


def test_locks_that_agree_pass_and_count_the_shared_packages() -> None:
    problems, shared = check_locks.check(DEV_LOCK, LAYER_LOCK, PYPROJECT, LAYER_REQUIREMENTS)
    assert problems == []
    assert shared == 3


def test_a_shared_package_at_another_version_in_the_layer_is_reported() -> None:
    layer = LAYER_LOCK.replace("certifi==2026.10.18", "certifi==2026.11.1")
    problems, _ = check_locks.check(DEV_LOCK, layer, PYPROJECT, LAYER_REQUIREMENTS)
    assert problems == ["certifi: requirements/dev.lock 2026.10.18, the layer's requirements.lock 2026.11.1"]


def test_a_pyproject_pin_changed_without_relocking_is_reported() -> None:
    pyproject = PYPROJECT.replace("pytest==9.2.0", "pytest==9.3.0")
    problems, _ = check_locks.check(DEV_LOCK, LAYER_LOCK, pyproject, LAYER_REQUIREMENTS)
    assert problems == ["pytest: pyproject.toml 9.3.0, requirements/dev.lock 9.2.0 (run make lock)"]


def test_a_pyproject_pin_missing_from_the_lock_is_reported() -> None:
    pyproject = PYPROJECT.replace('"pytest==9.2.0"', '"pytest==9.2.0", "ruff==0.17.6"')
    problems, _ = check_locks.check(DEV_LOCK, LAYER_LOCK, pyproject, LAYER_REQUIREMENTS)
    assert problems == ["ruff: pyproject.toml 0.17.6, requirements/dev.lock (missing) (run make lock)"]


def test_the_layer_direct_pins_must_match_pyproject() -> None:
    requirements = LAYER_REQUIREMENTS.replace("PyYAML==6.0.3", "PyYAML==6.0.2")
    problems, _ = check_locks.check(DEV_LOCK, LAYER_LOCK, PYPROJECT, requirements)
    assert problems == ["pyyaml: pyproject.toml 6.0.3, the layer's requirements.txt 6.0.2"]


def test_the_command_exits_1_naming_the_package(tmp_path: Path) -> None:
    files = {
        "dev": DEV_LOCK,
        "layer": LAYER_LOCK.replace("pyyaml==6.0.3", "pyyaml==6.0.1"),
        "pyproject": PYPROJECT,
        "requirements": LAYER_REQUIREMENTS,
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--dev-lock", str(tmp_path / "dev"), "--layer-lock",
         str(tmp_path / "layer"), "--pyproject", str(tmp_path / "pyproject"), "--layer-requirements",
         str(tmp_path / "requirements")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "pyyaml: requirements/dev.lock 6.0.3, the layer's requirements.lock 6.0.1" in result.stderr


NAMES = st.from_regex(r"[a-z][a-z0-9]{0,6}([-_.][a-z0-9]{1,4})?", fullmatch=True)
VERSIONS = st.from_regex(r"[0-9]{1,3}(\.[0-9]{1,3}){0,2}", fullmatch=True)


def _spelling(name: str, upper: bool) -> str:
    """Another spelling of one package name: case and separators do not make another package."""
    spelled = name.replace("-", "_").replace(".", "-")
    return spelled.upper() if upper else spelled


@settings(max_examples=100, deadline=None)
@given(
    dev=st.dictionaries(NAMES, VERSIONS, max_size=8),
    layer=st.dictionaries(NAMES, VERSIONS, max_size=8),
    upper=st.booleans(),
)
def test_exactly_the_shared_packages_with_other_versions_are_reported(
    dev: dict[str, str], layer: dict[str, str], upper: bool
) -> None:
    # Names that are one package once normalised collapse to one entry (as pip installs one of them).
    dev = {check_locks.canonical(n): v for n, v in dev.items()}
    layer = {check_locks.canonical(n): v for n, v in layer.items()}
    dev_lock = "".join(f"{n}=={v} \\\n    --hash=sha256:ab\n" for n, v in dev.items())
    layer_lock = "".join(f"{_spelling(n, upper)}=={v} \\\n    --hash=sha256:cd\n" for n, v in layer.items())
    problems, shared = check_locks.check(dev_lock, layer_lock, "[project]\n", "")
    reported = {line.split(":", 1)[0] for line in problems}
    assert reported == {n for n in dev.keys() & layer.keys() if dev[n] != layer[n]}
    assert shared == len(dev.keys() & layer.keys())
