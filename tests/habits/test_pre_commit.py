""".pre-commit-config.yaml: before a commit, the venv's ruff checks and formats what is staged, with
no network (local hooks), and a commit of a file that `make lint` would refuse is stopped."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CONFIG = REPO / ".pre-commit-config.yaml"


def test_the_hooks_run_the_venvs_ruff_locally() -> None:
    config = yaml.safe_load(CONFIG.read_text("utf-8"))
    hooks = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    assert hooks["ruff-check"]["entry"].startswith(".venv/bin/ruff check")
    assert hooks["ruff-format"]["entry"].startswith(".venv/bin/ruff format")


def _repo_with(tmp_path: Path, source: str) -> Path:
    root = tmp_path / "repo"
    (root / ".venv" / "bin").mkdir(parents=True)
    (root / ".venv" / "bin" / "ruff").symlink_to(BIN / "ruff")
    shutil.copy(CONFIG, root / ".pre-commit-config.yaml")
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    (root / "module.py").write_text(source)
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "module.py", ".pre-commit-config.yaml", "pyproject.toml"], check=True)
    return root


def _run_hooks(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(root.parent / "pre-commit-home")}
    return subprocess.run(
        [str(BIN / "pre-commit"), "run", "--all-files"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(autouse=True)
def _tools() -> None:
    if not (BIN / "pre-commit").exists() or shutil.which("git") is None:
        pytest.fail("pre-commit (make venv) and git are needed")


def test_a_clean_file_passes(tmp_path: Path) -> None:
    result = _run_hooks(_repo_with(tmp_path, 'NAME = "preflight"\n'))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("source", "failing_hook"),
    [("import os\n", "ruff check"), ("NAME   =   'preflight'\n", "ruff format")],
)
def test_a_file_make_lint_would_refuse_stops_the_commit(
    tmp_path: Path, source: str, failing_hook: str
) -> None:
    result = _run_hooks(_repo_with(tmp_path, source))
    assert result.returncode != 0
    failed = [line for line in result.stdout.splitlines() if line.endswith("Failed")]
    assert any(line.startswith(failing_hook) for line in failed), result.stdout
