"""The API's routes, read from template.yaml itself: every AWS::Serverless::Function's Api events,
and the functions' resolvers they lead to (which the OpenAPI document describes)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from jsonschema import Draft4Validator

from preflight_tools.local.functions import Handler, handler_path, load_handler, load_module
from preflight_tools.local.template import REPO, load_template

if TYPE_CHECKING:
    from aws_lambda_powertools.event_handler import APIGatewayRestResolver


@dataclass(frozen=True)
class Route:
    function: str  # logical id, e.g. ScreenFunction
    method: str  # upper case, or ANY
    resource: str  # the path template, e.g. /decisions/{id}
    code_dir: Path
    handler: str  # module.function, e.g. app.lambda_handler
    scopes: tuple[str, ...] = ()
    authorizer: str | None = None
    pattern: re.Pattern[str] = field(compare=False, repr=False, default=re.compile(""))
    # RequestModel with ValidateBody: true: the model's name and its (draft-04) JSON schema, which
    # API Gateway checks the body against before the function is invoked.
    body_model: str | None = None
    body_schema: dict[str, Any] | None = field(compare=False, repr=False, default=None)
    # The RequestModel the method documents, validated by the gateway or not.
    request_model: str | None = None

    @property
    def module_path(self) -> Path:
        return handler_path(self.code_dir, self.handler)

    def match(self, path: str) -> dict[str, str] | None:
        found = self.pattern.fullmatch(path)
        if found is None:
            return None
        return {_param_name(k): unquote(v) for k, v in found.groupdict().items()}

    def body_problem(self, content_type: str | None, body: bytes) -> str | None:
        """Why API Gateway's request validator refuses ``body`` (its BAD_REQUEST_BODY response, with
        this as $context.error.validationErrorString), or None when it lets it through."""
        if self.body_schema is None:
            return None
        # SAM declares the model for application/json; API Gateway validates only a body of a content
        # type that has a model ("if no matching content type is found, request validation is not
        # performed") and takes a request without Content-Type as application/json.
        media_type = (content_type or "application/json").split(";")[0].strip().lower()
        if media_type != "application/json":
            return None
        try:
            document = json.loads(body.decode("utf-8"), parse_constant=_not_json)
        except (UnicodeDecodeError, ValueError):
            return "[the body is not a JSON document]"
        except RecursionError:  # nested deeper than Python's parser goes: no draft looks like that
            return "[the body is nested too deeply]"
        errors = sorted(Draft4Validator(self.body_schema).iter_errors(document), key=lambda e: e.json_path)
        if not errors:
            return None
        return "[" + ", ".join(_clean(f"{e.json_path}: {e.message}") for e in errors[:10]) + "]"

    def load_handler(self) -> Handler:
        return load_handler(self.function, self.code_dir, self.handler)

    def load_module(self) -> ModuleType:
        return load_module(self.function, self.module_path)


def _not_json(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")  # Python's json reads NaN and Infinity; JSON has neither


def _clean(message: str, limit: int = 200) -> str:
    # The message is spliced into the gateway response's JSON template as is (only quotes are
    # escaped there): no backslash, no control character, and never a whole draft.
    message = re.sub(r"[\x00-\x1f\x7f\\]", "?", message)
    return message if len(message) <= limit else message[: limit - 1] + "…"


def _group_name(param: str) -> str:
    return "p_" + re.sub(r"\W", "_", param.rstrip("+")) + ("__greedy" if param.endswith("+") else "")


def _param_name(group: str) -> str:
    return group[2:].removesuffix("__greedy")


def compile_path(resource: str) -> re.Pattern[str]:
    """/decisions/{id} -> a matcher; {name} takes one path segment, {name+} the rest of the path."""
    out = []
    for part in re.split(r"(\{[^}]+\})", resource):
        if part.startswith("{") and part.endswith("}"):
            param = part[1:-1]
            group = _group_name(param)
            out.append(f"(?P<{group}>.+)" if param.endswith("+") else f"(?P<{group}>[^/]+)")
        else:
            out.append(re.escape(part))
    return re.compile("".join(out))


def _scopes(auth: dict[str, Any], api_auth: dict[str, Any]) -> tuple[str | None, tuple[str, ...]]:
    authorizer = auth.get("Authorizer", api_auth.get("DefaultAuthorizer"))
    if authorizer == "NONE":
        return None, ()
    return authorizer, tuple(str(s) for s in auth.get("AuthorizationScopes", ()))


def find_routes(template: dict[str, Any] | None = None, repo: Path = REPO) -> list[Route]:
    template = template if template is not None else load_template(repo / "template.yaml")
    globals_ = template.get("Globals", {}).get("Function", {})
    apis = [r for r in template["Resources"].values() if r.get("Type") == "AWS::Serverless::Api"]
    api_auth = (apis[0].get("Properties", {}).get("Auth", {}) if apis else {}) or {}
    models = (apis[0].get("Properties", {}).get("Models", {}) if apis else {}) or {}
    routes = []
    for logical_id, resource in template["Resources"].items():
        if resource.get("Type") != "AWS::Serverless::Function":
            continue
        props = resource.get("Properties", {})
        code_dir = repo / str(props.get("CodeUri", globals_.get("CodeUri", "."))).rstrip("/")
        handler = str(props.get("Handler", globals_.get("Handler", "app.lambda_handler")))
        for event in (props.get("Events") or {}).values():
            if event.get("Type") != "Api":
                continue
            ev = event.get("Properties", {})
            authorizer, scopes = _scopes(ev.get("Auth") or {}, api_auth)
            path = str(ev["Path"])
            request_model = ev.get("RequestModel") or {}
            documented = str(request_model["Model"]) if request_model.get("Model") else None
            if documented is not None and documented not in models:
                raise ValueError(f"{logical_id}: RequestModel {documented!r} is not one of the API's Models")
            body_model = documented if request_model.get("ValidateBody") else None
            routes.append(
                Route(
                    function=logical_id,
                    method=str(ev["Method"]).upper(),
                    resource=path,
                    code_dir=code_dir,
                    handler=handler,
                    scopes=scopes,
                    authorizer=authorizer,
                    pattern=compile_path(path),
                    body_model=body_model,
                    body_schema=models[body_model] if body_model else None,
                    request_model=documented,
                )
            )
    # API Gateway prefers literal segments over parameters: try the most specific templates first.
    routes.sort(key=lambda r: (r.resource.count("{"), -len(r.resource)))
    return routes


def match_route(routes: Iterable[Route], method: str, path: str) -> tuple[Route, dict[str, str]] | None:
    for route in routes:
        if route.method not in (method.upper(), "ANY"):
            continue
        params = route.match(path)
        if params is not None:
            return route, params
    return None


def load_resolvers(routes: Iterable[Route] | None = None) -> dict[str, APIGatewayRestResolver]:
    """Each function's module-level ``app`` resolver, for every function with Api events in
    template.yaml (or in ``routes``), imported as the runner serves them (the screening function
    loads spaCy)."""
    from aws_lambda_powertools.event_handler import APIGatewayRestResolver

    resolvers: dict[str, APIGatewayRestResolver] = {}
    for route in find_routes() if routes is None else routes:
        if route.function in resolvers:
            continue
        app = getattr(route.load_module(), "app", None)
        if not isinstance(app, APIGatewayRestResolver):
            raise TypeError(
                f"{route.module_path} ({route.function}) must expose its APIGatewayRestResolver as a "
                "module-level `app` so that its routes are documented"
            )
        resolvers[route.function] = app
    return resolvers


def openapi_document(routes: Iterable[Route] | None = None) -> dict[str, Any]:
    """The OpenAPI document of every function in template.yaml (``make openapi``, /openapi.json)."""
    from preflight.api.openapi import build_document

    return build_document(load_resolvers(routes))
