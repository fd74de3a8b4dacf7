"""template.yaml as data: a YAML loader for CloudFormation's short-form tags, tables and gateway
responses exactly as the template declares them, so the local runner and the tests cannot drift."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[3]
TEMPLATE = REPO / "template.yaml"


class CfnLoader(yaml.SafeLoader):
    """Reads CloudFormation's short-form intrinsic functions (!Ref, !GetAtt, !Sub...) as plain data."""


def _intrinsic(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> dict[str, Any]:
    if isinstance(node, yaml.ScalarNode):
        value: Any = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        assert isinstance(node, yaml.MappingNode)  # the third and last kind of YAML node
        value = loader.construct_mapping(node, deep=True)
    return {f"Fn::{suffix}" if suffix != "Ref" else "Ref": value}


CfnLoader.add_multi_constructor("!", _intrinsic)


def load_template(path: Path = TEMPLATE) -> dict[str, Any]:
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=CfnLoader)


def create_table_from_template(
    client: Any, logical_id: str, name: str, template: dict[str, Any] | None = None
) -> None:
    """CreateTable with the key schema, indexes, billing and stream the template declares."""
    template = template if template is not None else load_template()
    props = copy.deepcopy(template["Resources"][logical_id]["Properties"])
    wanted = (
        "AttributeDefinitions",
        "KeySchema",
        "GlobalSecondaryIndexes",
        "BillingMode",
        "StreamSpecification",
    )
    params = {k: props[k] for k in wanted if k in props}
    if "StreamSpecification" in params:  # CloudFormation implies StreamEnabled; the API wants it said
        params["StreamSpecification"] = {"StreamEnabled": True, **params["StreamSpecification"]}
    client.create_table(TableName=name, **params)
    ttl = props.get("TimeToLiveSpecification")
    if ttl:
        client.update_time_to_live(
            TableName=name, TimeToLiveSpecification={"Enabled": True, "AttributeName": ttl["AttributeName"]}
        )


def stage_name(template: dict[str, Any]) -> str:
    return str(template.get("Parameters", {}).get("StageName", {}).get("Default", "v1"))


def _api(template: dict[str, Any]) -> dict[str, Any]:
    apis = [r for r in template["Resources"].values() if r.get("Type") == "AWS::Serverless::Api"]
    return apis[0].get("Properties", {}) if apis else {}


def _literal_headers(headers: dict[str, Any] | None) -> dict[str, str]:
    """Header values as API Gateway sends them ('quoted' literals). A value the stack resolves on
    deployment (an intrinsic: the console's CloudFront origin for CORS) is left out: locally the runner
    serves the console itself, on the API's own origin, which needs no CORS header."""
    return {name: value.strip("'") for name, value in (headers or {}).items() if isinstance(value, str)}


def cors_preflight(template: dict[str, Any]) -> dict[str, str] | None:
    """The headers API Gateway answers a CORS preflight (OPTIONS) with, from the Api's ``Cors``; None
    when the template sets no CORS (OPTIONS is then a route like any other: none)."""
    cors = _api(template).get("Cors")
    if not isinstance(cors, dict):
        return None
    names = {
        "AllowOrigin": "Access-Control-Allow-Origin",
        "AllowHeaders": "Access-Control-Allow-Headers",
        "AllowMethods": "Access-Control-Allow-Methods",
        "MaxAge": "Access-Control-Max-Age",
    }
    return _literal_headers({names[k]: v for k, v in cors.items() if k in names})


def gateway_response(
    template: dict[str, Any], response_type: str, *, status: int | None = None, message: str = ""
) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) of one of the API's GatewayResponses (DEFAULT_4XX/5XX when it has none).

    Only $context.error.* variables are substituted, as API Gateway does for these templates."""
    responses = _api(template).get("GatewayResponses", {})
    default = "DEFAULT_5XX" if (status or 400) >= 500 else "DEFAULT_4XX"
    spec = responses.get(response_type) or responses.get(default) or {}
    code = int(spec.get("StatusCode", status or (500 if default == "DEFAULT_5XX" else 400)))
    headers = _literal_headers(spec.get("ResponseParameters", {}).get("Headers", {}))
    body = (spec.get("ResponseTemplates") or {}).get("application/json") or json.dumps({"message": message})
    body = (
        body.replace("$context.error.messageString", json.dumps(message))
        .replace("$context.error.message", message.replace('"', '\\"'))
        .replace("$context.error.validationErrorString", message.replace('"', '\\"'))
        .replace("$context.error.responseType", response_type)
    )
    headers.setdefault("Content-Type", "application/json")
    return code, headers, body.encode()
