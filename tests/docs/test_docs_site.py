"""The README stays a quick start and the documentation site cannot rot: `make docs` builds it with
warnings as errors, and every kind of breakage a page can have (a link to a missing page, an anchor
that no heading makes, a page left out of the navigation, an include whose file is gone) fails it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"
MKDOCS = Path(sys.executable).with_name("mkdocs")
# A relative Markdown link's target: [text](target) outside code spans and blocks.
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def _prose(text: str) -> str:
    """The text without fenced code blocks and code spans, where brackets are not links."""
    text = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    return re.sub(r"`[^`\n]*`", "", text)


def test_the_readme_is_a_quick_start_of_at_most_150_lines() -> None:
    text = README.read_text("utf-8")
    assert len(text.splitlines()) <= 150
    for essential in ("make run", "make test", "/console/", "POST", "preflight screen", "docs/index.md"):
        assert essential in text, essential


def test_every_relative_link_of_the_readme_reaches_a_file() -> None:
    targets = [t for t in LINK.findall(_prose(README.read_text("utf-8"))) if "://" not in t]
    assert targets, "the README links into docs/"
    missing = [t for t in targets if not (REPO / t.split("#", 1)[0]).exists()]
    assert missing == []


def _site_copy(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(REPO / "docs", root / "docs")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    (root / "rules").mkdir()
    shutil.copy(REPO / "rules" / "README.md", root / "rules" / "README.md")
    return root


def _build(root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [str(MKDOCS), "build", "--strict", "--site-dir", str(root / "site")],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def mkdocs_available() -> None:
    if not MKDOCS.exists():
        pytest.fail(f"{MKDOCS} is missing: make venv installs mkdocs (pyproject's dev extra)")


def test_the_site_builds_with_warnings_as_errors(tmp_path: Path, mkdocs_available: None) -> None:
    result = _build(_site_copy(tmp_path))
    assert result.returncode == 0, result.stderr


BREAKAGES = {
    "a link to a missing page": lambda root: _append(root / "docs" / "api.md", "[gone](no-such-page.md)"),
    "an anchor no heading makes": lambda root: _append(root / "docs" / "api.md", "[gone](deploy.md#no-such)"),
    "a page left out of the navigation": lambda root: (root / "docs" / "orphan.md").write_text("# Orphan\n"),
    "a link out of the site": lambda root: _append(root / "docs" / "api.md", "[gone](../template.yaml)"),
    "an included file that is gone": lambda root: (root / "rules" / "README.md").unlink(),
}


def _append(page: Path, line: str) -> None:
    page.write_text(page.read_text("utf-8") + f"\n{line}\n", "utf-8")


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_a_broken_page_fails_the_build(tmp_path: Path, mkdocs_available: None, breakage: str) -> None:
    root = _site_copy(tmp_path)
    BREAKAGES[breakage](root)
    result = _build(root)
    assert result.returncode != 0, f"{breakage}: the build passed\n{result.stderr}"
