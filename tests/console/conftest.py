"""Browser tests of the console: Debian's Chromium (Playwright's own browsers cannot be downloaded
here) against a local runner per test module, seeded through the API. Without Chromium they skip,
except in CI (.ci/run installs it and sets CI), where its absence fails them."""

from __future__ import annotations

import fcntl
import os
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest
from preflight_tools.local.console import DIST
from preflight_tools.local.template import REPO

from tests.console.harness import Runner, chromium_path, launch, local_runner


def _require_browser() -> None:
    if chromium_path() is None:
        if os.environ.get("CI"):
            pytest.fail("CI: chromium is not installed (.ci/run installs it)")
        pytest.skip("chromium is not installed (apt-get install -y chromium); the browser tests need it")
    try:
        import axe_playwright_python  # noqa: F401
        import playwright  # noqa: F401
    except ImportError as exc:  # the dev dependencies of pyproject.toml
        pytest.fail(f"{exc.name} is missing: make venv installs it")


@pytest.fixture(scope="session")
def console_built() -> None:
    """console/dist, built with `make console` when missing (npm ci on first use)."""
    _require_browser()
    # pytest -n runs several sessions at once: one builds, the others wait for it (npm ci twice into
    # one node_modules breaks both).
    with open(REPO / "console" / ".build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (DIST / "index.html").is_file():
            command = ["make", "console"]
            result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600)
            if result.returncode != 0:
                pytest.fail(f"make console failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")


@pytest.fixture(scope="session")
def browser(console_built: None) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def runner(console_built: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runner]:
    with local_runner(tmp_path_factory.mktemp("console-state")) as started:
        yield started


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    context.set_default_timeout(15000)
    yield context
    context.close()


@pytest.fixture
def page(context: Any) -> Any:
    """A page that records every dialog (alert, confirm, prompt) it was asked to show."""
    page = context.new_page()
    page.dialogs = []

    def on_dialog(dialog: Any) -> None:
        page.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    return page
