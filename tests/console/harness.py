"""The browser tests' harness, shared with scripts/console-bench: a local runner in a subprocess (its
environment its own, as tests/local/conftest.py starts it), drafts seeded through the API, Debian's
Chromium driven by Playwright, the local sign-in page, axe-core scans and screenshots."""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from preflight_tools.local import tokens

from tests.runner import local_runner as start_runner

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# axe-core impacts that fail a scan (minor and moderate ones are reported, not failed).
BLOCKING_IMPACTS = ("serious", "critical")


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@dataclass
class Runner:
    port: int
    state: Path
    process: subprocess.Popen

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def token(self, role: str | list[str], user: str | None = None, client: str | None = None) -> str:
        return tokens.mint(role, user=user, client=client, key=tokens.signing_key(self.state))

    def call(self, method: str, path: str, token: str, body: Any = None) -> tuple[int, Any]:
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f"{self.url}{path}", data, headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as err:
            return err.code, json.loads(err.read())

    def screen(self, text: str, author: str, channel: str = "linkedin") -> dict[str, Any]:
        status, body = self.call(
            "POST", "/screen", self.token("screen"), {"text": text, "author": author, "channel": channel}
        )
        assert status == 200, body
        return body

    def decision(self, decision_id: str) -> dict[str, Any]:
        status, body = self.call("GET", f"/decisions/{decision_id}", self.token("audit", user="harness"))
        assert status == 200, body
        return body


@contextmanager
def local_runner(state: Path) -> Iterator[Runner]:
    """`preflight local serve` on a free port with its own state folder, stopped with SIGINT."""
    with start_runner(state) as (port, _, process):
        yield Runner(port, state, process)


def launch(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)


def sign_in(page: Any, runner: Runner, user: str, roles: list[str], *, address: str = "") -> None:
    """The runner's local sign-in page, as a developer uses it, from the console at `address` (a hash)."""
    page.goto(f"{runner.url}/console/{address}")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/console/local-sign-in")
    page.get_by_label("User name").fill(user)
    for role in ("review", "audit"):
        page.locator(f"#role-{role}").set_checked(role in roles)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_test_id("user").wait_for()


def screenshot(page: Any, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def axe_violations(page: Any, name: str) -> list[dict[str, Any]]:
    """axe-core's serious and critical violations on the page as it is; the full report is saved."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"axe-{name}.json").write_text(json.dumps(results.response.get("violations", []), indent=1))
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n.get("target") for n in v.get("nodes", [])][:5]}
        for v in results.response.get("violations", [])
        if v.get("impact") in BLOCKING_IMPACTS
    ]


def utf16_slice(text: str, start: int, end: int) -> str:
    """text[start:end] with offsets in UTF-16 code units, as JavaScript counts."""
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")
