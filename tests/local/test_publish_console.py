"""scripts/publish-console, offline: a saved `aws cloudformation describe-stacks` answer in, the
console's config.json, its index.html with the API's exact origin in connect-src, and the upload
commands out (--dry-run: nothing talks to AWS)."""

from __future__ import annotations

import copy
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SCRIPT = HERE.parents[1] / "scripts" / "publish-console"
SAVED = json.loads((HERE / "describe-stacks.json").read_text())
INDEX = """<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <script type="module" crossorigin src="./assets/index-C0cklmrr.js"></script>
  </head>
  <body><div id="app"></div></body>
</html>
"""


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    folder = tmp_path / "dist"
    (folder / "assets").mkdir(parents=True)
    (folder / "index.html").write_text(INDEX)
    (folder / "assets" / "index-C0cklmrr.js").write_text("console.log('app')")
    (folder / "favicon.svg").write_text("<svg/>")
    return folder


def publish(tmp_path: Path, dist: Path, describe: dict) -> tuple[subprocess.CompletedProcess[str], Path]:
    stack_json, out = tmp_path / "stack.json", tmp_path / "out"
    stack_json.write_text(json.dumps(describe))
    argv = [
        sys.executable,
        str(SCRIPT),
        "--stack-json",
        str(stack_json),
        "--dist",
        str(dist),
        "--out",
        str(out),
    ]
    return subprocess.run([*argv, "--dry-run"], capture_output=True, text=True, timeout=60), out


def test_config_json_comes_from_the_stacks_outputs(tmp_path: Path, dist: Path) -> None:
    done, out = publish(tmp_path, dist, SAVED)
    assert done.returncode == 0, done.stderr
    assert json.loads((out / "config.json").read_text()) == {
        "apiUrl": "https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/v1",
        "auth": {
            "mode": "cognito",
            "domain": "preflight-acme.auth.eu-west-1.amazoncognito.com",
            "clientId": "4example0clientid00000000a",
            "region": "eu-west-1",
        },
        "reviewTargetHours": 4,
    }
    assert (out / "assets" / "index-C0cklmrr.js").read_text() == "console.log('app')"


def test_index_gets_the_apis_exact_origin_before_any_script(tmp_path: Path, dist: Path) -> None:
    done, out = publish(tmp_path, dist, SAVED)
    assert done.returncode == 0, done.stderr
    html = (out / "index.html").read_text()
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)" />', html)
    assert meta is not None and html.index(meta.group(0)) < html.index("<script")
    assert meta.group(1) == (
        "connect-src 'self' https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com "
        "https://preflight-acme.auth.eu-west-1.amazoncognito.com"
    )
    assert (dist / "index.html").read_text() == INDEX  # the build itself is left as it was


def test_upload_order_and_caching(tmp_path: Path, dist: Path) -> None:
    done, out = publish(tmp_path, dist, SAVED)
    assert done.returncode == 0, done.stderr
    commands = [shlex.split(line) for line in done.stdout.splitlines() if line.startswith("aws ")]
    bucket = "s3://preflight-consolebucket-1x2y3z4w5v6u"
    assets, rest, index = commands
    assert assets[:5] == ["aws", "s3", "sync", str(out / "assets"), f"{bucket}/assets"]
    assert "immutable" in assets[assets.index("--cache-control") + 1]
    assert rest[3:5] == [str(out), bucket] and "assets/*" in rest and "index.html" in rest
    assert rest[rest.index("--cache-control") + 1] == "no-cache"
    assert index[:5] == ["aws", "s3", "cp", str(out / "index.html"), f"{bucket}/index.html"]  # last
    assert index[index.index("--cache-control") + 1] == "no-cache"
    assert all(c[c.index("--region") + 1] == "eu-west-1" for c in commands)


def _outputs(describe: dict) -> dict[str, dict]:
    return {o["OutputKey"]: o for o in describe["Stacks"][0]["Outputs"]}


def _drop(name: str):
    return lambda d: d["Stacks"][0]["Outputs"].remove(_outputs(d)[name])


def _set(name: str, value: str):
    return lambda d: _outputs(d)[name].update(OutputValue=value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_drop("ApiUrl"), "ApiUrl"),
        (_drop("ConsoleBucketName"), "ConsoleBucketName"),
        (lambda d: d["Stacks"].clear(), "no stack"),
        (_set("ApiUrl", "http://insecure.example/v1/"), "https"),
        (_set("ApiUrl", 'https://x.example"><script>/v1'), "ApiUrl"),
        (_set("ReviewTimeTargetHours", "soon"), "ReviewTimeTargetHours"),
        (_set("CognitoDomain", "evil.example/path?x"), "CognitoDomain"),
    ],
    ids=["no-api-url", "no-bucket", "no-stack", "http-api", "quote-in-api-url", "bad-target", "bad-domain"],
)
def test_a_stack_without_the_console_is_refused_by_name(tmp_path: Path, dist: Path, change, message) -> None:
    describe = copy.deepcopy(SAVED)
    change(describe)
    done, _ = publish(tmp_path, dist, describe)
    assert done.returncode == 2 and message in done.stderr, done.stderr
    assert "aws " not in done.stdout


def test_an_unbuilt_console_is_refused(tmp_path: Path) -> None:
    done, _ = publish(tmp_path, tmp_path / "nothing", SAVED)
    assert done.returncode == 2 and "make console" in done.stderr
