"""events/env.local.json, the environment of `sam local invoke` (docs/development.md): SAM's --env-vars
format, naming only functions and variables template.yaml declares (SAM ignores any other), setting
every variable the template leaves to a reference, accepted by the settings, and the two events the
documentation promises to run with Docker alone answer without reaching AWS."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from preflight.settings import Settings

REPO = Path(__file__).resolve().parents[2]
ENV_FILE = REPO / "events" / "env.local.json"


class _TemplateLoader(yaml.SafeLoader):
    """template.yaml with its CloudFormation tags read as {"!Tag": value}."""


def _tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> dict[str, Any]:
    if isinstance(node, yaml.ScalarNode):
        return {f"!{suffix}": loader.construct_scalar(node)}
    if isinstance(node, yaml.SequenceNode):
        return {f"!{suffix}": loader.construct_sequence(node, deep=True)}
    assert isinstance(node, yaml.MappingNode)
    return {f"!{suffix}": loader.construct_mapping(node, deep=True)}


_TemplateLoader.add_multi_constructor("!", _tag)


def _declared() -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The Globals' variables, and each function's own (by logical id)."""
    template = yaml.load((REPO / "template.yaml").read_text("utf-8"), Loader=_TemplateLoader)
    globals_ = template["Globals"]["Function"]["Environment"]["Variables"]
    functions = {
        name: (resource["Properties"].get("Environment") or {}).get("Variables") or {}
        for name, resource in template["Resources"].items()
        if resource["Type"] == "AWS::Serverless::Function"
    }
    return globals_, functions


def _env_file() -> dict[str, dict[str, str]]:
    return json.loads(ENV_FILE.read_text("utf-8"))


def test_the_file_names_only_functions_and_variables_the_template_declares() -> None:
    globals_, functions = _declared()
    env = _env_file()
    assert set(env) - {"Parameters"} <= set(functions)
    assert set(env["Parameters"]) <= set(globals_)
    for function, variables in env.items():
        if function != "Parameters":
            assert set(variables) <= set(functions[function]) | set(globals_), function
    for variables in env.values():
        assert all(isinstance(value, str) for value in variables.values())


def test_every_variable_the_template_leaves_to_a_reference_is_set() -> None:
    # SAM resolves a !Ref to the resource's logical id ("DecisionsTable"): never a usable name.
    globals_, functions = _declared()
    env = _env_file()
    for function, own in functions.items():
        merged = {**globals_, **own}
        given = {**env["Parameters"], **env.get(function, {})}
        unresolved = {name for name, value in merged.items() if isinstance(value, dict)}
        assert unresolved <= set(given), (function, unresolved - set(given))


@pytest.mark.parametrize("function", ["ScreenFunction", "ArchiveFunction", "NotifyFunction"])
def test_the_settings_accept_each_functions_environment(function: str) -> None:
    env = _env_file()
    settings = Settings.from_env({**env["Parameters"], **env.get(function, {})})
    assert settings.table_name == env["Parameters"]["PREFLIGHT_TABLE_NAME"]


# Runs the screening function's handler as the container would, with the file's environment and an
# AWS endpoint that refuses every connection: an answer proves no AWS call was needed.
INVOKE = """
import json, sys
sys.path.insert(0, "functions/screen")
from app import lambda_handler
class Context:
    function_name = "ScreenFunction"
    memory_limit_in_mb = 1769
    invoked_function_arn = "arn:aws:lambda:us-east-1:123456789012:function:ScreenFunction"
    aws_request_id = "sam-local"
    @staticmethod
    def get_remaining_time_in_millis():
        return 30_000
event = json.load(open(sys.argv[1]))
response = lambda_handler(event, Context())
print(json.dumps({"status": response["statusCode"], "body": json.loads(response["body"])}))
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("event", "status", "code"),
    [("screen_invalid_body", 400, "validation_error"), ("screen_no_token", 401, "unauthorized")],
)
def test_the_events_documented_for_docker_alone_need_no_aws(event: str, status: int, code: str) -> None:
    keep = {"PATH", "HOME", "LANG", "SYSTEMROOT"}
    environ = {name: value for name, value in os.environ.items() if name in keep}
    environ |= _env_file()["Parameters"]
    environ |= {
        "AWS_SAM_LOCAL": "true",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "local",
        "AWS_SECRET_ACCESS_KEY": "local",
        "AWS_ENDPOINT_URL": "http://127.0.0.1:9",  # discard port: nothing answers there
        "AWS_MAX_ATTEMPTS": "1",
    }
    result = subprocess.run(
        [sys.executable, "-c", INVOKE, str(REPO / "events" / f"{event}.json")],
        cwd=REPO,
        env=environ,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["status"] == status
    assert answer["body"]["error"]["code"] == code
