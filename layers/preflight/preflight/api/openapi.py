"""The API's OpenAPI 3.1 description: what the routes declare, and one document built from them all.

Routes declare their own documentation where they are defined (``responses=error_responses(...)``,
``**access(...)`` from preflight.api.auth, their return type), so the description lives beside the
behaviour. ``build_document`` reads the Powertools description of every function's resolver (each
function is its own resolver: its own Lambda) and merges them into one document;
``tests/service/test_openapi.py`` compares that document with template.yaml (routes, scopes, body
models), so neither side can drift.

This module is imported by the Lambda functions (the route decorators use the helpers), so it stays
light: pydantic models and dicts. It is handed the resolvers: finding every function of template.yaml
is the local runner's work (``preflight_tools.local.routes.load_resolvers``), not the runtime's.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Literal

from aws_lambda_powertools.event_handler.openapi.models import HTTPBearer
from aws_lambda_powertools.event_handler.openapi.types import OpenAPIResponse
from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

from preflight import __version__
from preflight.api.errors import ERROR_CODES
from preflight.api.models import Channel
from preflight.engine.findings import SeverityName
from preflight.records import DecisionValue, ReviewAction, Status
from preflight.settings import SCREEN_SCOPE

if TYPE_CHECKING:
    from aws_lambda_powertools.event_handler import APIGatewayRestResolver
    from aws_lambda_powertools.event_handler.openapi.models import SecurityScheme
    from aws_lambda_powertools.event_handler.openapi.types import OpenAPIResponse


TITLE = "Preflight API"
SECURITY_SCHEME = "cognito"
ROLES_EXTENSION = "x-preflight-roles"
COMPONENTS = "#/components/schemas/"
# The operations' groups: each operation is tagged with the groups of the roles it admits
# (preflight.api.auth.access), so a reader finds under a tag everything that role can call.
TAGS = {
    "screening": "Machine clients (role `screen`): screen drafts and read back their own decisions.",
    "review": "Reviewers (role `review`): the queue of flagged drafts and the verdict on each.",
    "audit": "Auditors (role `audit`): the decision log, the summary report and original texts.",
}

BEARER = HTTPBearer(
    bearerFormat="JWT",
    description=(
        "A Cognito access token, checked by API Gateway's Cognito authorizer. The scopes listed on "
        "an operation are the OAuth scopes the authorizer accepts (any one of them); the handler then "
        f"decides the role (`{ROLES_EXTENSION}`): `screen` from the scope `{SCREEN_SCOPE}` of a "
        "machine client (PREFLIGHT_SCREEN_SCOPE), `review` and `audit` from the user's Cognito "
        "groups. Locally, `preflight local token --role ROLE` prints a token the local runner accepts."
    ),
)
SECURITY_SCHEMES: dict[str, dict[str, Any]] = {
    SECURITY_SCHEME: BEARER.model_dump(mode="json", by_alias=True, exclude_none=True)
}

# What API Gateway itself answers on any route with an authorizer, in the handlers' body shape
# (template.yaml GatewayResponses), whatever the handler does. 502 and 504 keep API Gateway's own
# statuses (DEFAULT_5XX when the function fails, INTEGRATION_TIMEOUT), so they are not ERROR_CODES
# statuses; the test checks this table against the template.
GATEWAY_ERRORS: dict[int, tuple[str, ...]] = {
    401: ("unauthorized",),  # UNAUTHORIZED: no token, a bad one, or none of the route's scopes
    403: ("forbidden",),  # ACCESS_DENIED
    413: ("payload_too_large",),  # REQUEST_TOO_LARGE: over 10 MB
    429: ("throttled",),  # THROTTLED: stage throttling
    500: ("internal_error",),  # DEFAULT_5XX (authorizer failure); the handler's last resort
    502: ("internal_error",),  # DEFAULT_5XX: the function failed or answered garbage
    504: ("unavailable",),  # INTEGRATION_TIMEOUT
}

# The error codes a body may carry (preflight.api.errors.ERROR_CODES).
ErrorCode = Literal[tuple(ERROR_CODES)]  # type: ignore[valid-type]


class ErrorDetail(BaseModel):
    """One thing wrong with the request: where (a dotted field path, "" for the whole body)."""

    model_config = ConfigDict(extra="allow")
    path: str
    message: str = Field(default="", description="absent when the path says it all")


class ErrorInfo(BaseModel):
    code: ErrorCode = Field(description="a stable code, one of a fixed set (README: errors)")  # type: ignore[valid-type]
    message: str
    details: list[ErrorDetail]


class ErrorBody(BaseModel):
    """The one error shape, from the handlers and from API Gateway's own responses alike."""

    error: ErrorInfo


def _codes_by_status(codes: Iterable[str]) -> dict[int, set[str]]:
    by_status: dict[int, set[str]] = {}
    for code in codes:
        if code not in ERROR_CODES:
            raise ValueError(f"unknown error code {code!r}: add it to preflight.api.errors.ERROR_CODES")
        by_status.setdefault(ERROR_CODES[code], set()).add(code)
    return by_status


def error_responses(*codes: str, gateway: bool = True) -> dict[int, OpenAPIResponse]:
    """``responses=`` entries for every error status a route can answer: the handler's ``codes``
    plus, unless ``gateway=False``, what API Gateway answers on its own (GATEWAY_ERRORS). Each
    status's body is ErrorBody with ``error.code`` narrowed to the codes that status can carry."""
    by_status = _codes_by_status(codes)
    if gateway:
        for status, gateway_codes in GATEWAY_ERRORS.items():
            by_status.setdefault(status, set()).update(gateway_codes)
    out: dict[int, OpenAPIResponse] = {}
    for status in sorted(by_status):
        names = sorted(by_status[status])
        out[status] = {
            "description": f"{HTTPStatus(status).phrase}: error code {', '.join(names)}",
            "content": {
                "application/json": {
                    "schema": {
                        "allOf": [
                            {"$ref": f"{COMPONENTS}ErrorBody"},
                            {"properties": {"error": {"properties": {"code": {"enum": names}}}}},
                        ]
                    }
                }
            },
        }
    return out


def ok(description: str) -> dict[int, OpenAPIResponse]:
    """The 200 entry of ``responses=`` (Powertools documents no success response once a route
    lists its own): its body is the route function's return type, which Powertools validates the
    answer against."""
    return {200: {"description": description}}


# --- response bodies: the route functions' return types ---


class View(BaseModel):
    """A response body. An unknown member is refused (a storage key or a field the document does
    not describe never reaches a client: the answer is a 500 instead), and a member the route left
    out stays out (``null`` and absent say different things: a finding without ``field`` is in the
    text; a decision without ``reviewed_by`` has not been reviewed)."""

    model_config = ConfigDict(extra="forbid")

    # No return annotation: pydantic would document the body as that type instead of the fields.
    @model_serializer(mode="wrap")
    def _only_what_was_given(self, handler: SerializerFunctionWrapHandler):
        # By name and by alias: the handler writes one or the other (Powertools asks for aliases).
        given = {
            key
            for name, field in type(self).model_fields.items()
            if name in self.model_fields_set
            for key in (name, field.alias or name)
        }
        data = handler(self)
        return {k: v for k, v in data.items() if k in given} if isinstance(data, dict) else data


class FindingView(View):
    category: str = Field(description="see rules/README.md; a contract with clients")
    rule_id: str
    severity: SeverityName
    message: str
    guidance: str | None = Field(
        default=None,
        description=(
            "what the author should do (the rule's policy text); null for a rule without one, absent "
            "from decisions logged before guidance existed"
        ),
    )
    start: int = Field(description="code-point offset into the text sent")
    end: int
    utf16_start: int = Field(description="UTF-16 offset, for JavaScript")
    utf16_end: int
    excerpt: str = Field(description="context with sensitive values masked")
    field: str | None = Field(
        default=None,
        description="absent: the offsets are into the text; `metadata.<key>`: into that metadata value",
    )


class DecisionView(View):
    """A logged decision as the API shows it (never the original text, never storage keys)."""

    decision_id: str
    screened_at: str = Field(description="ISO 8601 UTC, milliseconds, Z")
    status: Status
    decision: DecisionValue
    findings: list[FindingView]
    redacted_text: str
    policy_version: str
    engine_version: str
    complete: bool
    incomplete_reasons: list[str] = Field(
        default_factory=list,
        description="why a `complete: false` draft could not be read whole (it is flagged); else empty",
    )
    author: str
    channel: Channel
    metadata: dict[str, str] = Field(description="as sent, sensitive values masked by the engine")
    client_id: str
    categories: list[str]
    record_hash: str
    # Present once a reviewer has decided (issue 5).
    reviewed_by: str | None = None
    reviewed_at: str | None = None
    review_action: ReviewAction | None = None


class DecisionWithHistory(DecisionView):
    history: list[dict[str, Any]] = Field(description="the decision's events, oldest first")
    chain: dict[str, Any] | None = Field(
        default=None, description="whether the record hash and the events' hash chain verify"
    )


# --- the merged document ---

DESCRIPTION = (
    "Screens social-media drafts against the organisation's policy and logs every decision. "
    "Deployed, every path is under the stage (`/v1/screen`); the local runner (`make run`) serves "
    'it at the root. Every error has the body `{"error": {"code", "message", "details"}}`.'
)


def _refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"].removeprefix(COMPONENTS)} if isinstance(node.get("$ref"), str) else set()
        return found.union(*(_refs(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_refs(v) for v in node))
    return set()


def _error_body_schemas() -> dict[str, Any]:
    schema = ErrorBody.model_json_schema(ref_template=COMPONENTS + "{model}")
    defs = schema.pop("$defs", {})
    return {"ErrorBody": schema, **defs}


def _merge_component(into: dict[str, Any], name: str, schema: Any, source: str) -> None:
    if name in into and into[name] != schema:
        raise ValueError(f"schema {name!r} from {source} differs from one of the same name elsewhere")
    into[name] = schema


def _security_schemes() -> dict[str, SecurityScheme]:
    """SECURITY_SCHEMES as the Powertools models its resolvers check operations' scopes against (the
    document itself carries the plain JSON)."""
    from aws_lambda_powertools.event_handler.openapi.models import HTTPBearer

    return {name: HTTPBearer.model_validate(scheme) for name, scheme in SECURITY_SCHEMES.items()}


def build_document(resolvers: Mapping[str, APIGatewayRestResolver]) -> dict[str, Any]:
    """One OpenAPI 3.1 document (plain JSON data) for the routes of all ``resolvers`` (by function
    name: every function of template.yaml from ``preflight_tools.local.routes.load_resolvers``)."""
    paths: dict[str, dict[str, Any]] = {}
    schemas: dict[str, Any] = {}
    for function, app in resolvers.items():
        part = json.loads(app.get_openapi_json_schema(security_schemes=_security_schemes()))
        for path, item in part.get("paths", {}).items():
            for method, operation in item.items():
                if method in paths.get(path, {}):
                    raise ValueError(f"{method.upper()} {path} is served by two functions ({function})")
                paths.setdefault(path, {})[method] = operation
        for name, schema in part.get("components", {}).get("schemas", {}).items():
            _merge_component(schemas, name, schema, function)
    for name, schema in _error_body_schemas().items():
        _merge_component(schemas, name, schema, "preflight.api.openapi")
    for item in paths.values():
        for operation in item.values():
            # Powertools documents its own 422 body on every validated route, but new_resolver turns
            # a failed validation into a 400 in the shared shape: a route's own 422 (if any) stays.
            responses = operation.get("responses", {})
            if _refs(responses.get("422", {})) == {"HTTPValidationError"}:
                del responses["422"]
    # Keep only the schemas something refers to (Powertools' validation-error models, now unused).
    wanted: set[str] = set()
    todo = _refs(paths)
    while todo:
        name = todo.pop()
        if name not in wanted:
            wanted.add(name)
            todo |= _refs(schemas.get(name, {}))
    return {
        "openapi": "3.1.0",
        "info": {"title": TITLE, "version": __version__, "description": DESCRIPTION},
        "servers": [{"url": "/", "description": "the local runner; deployed: https://<api>/<stage>"}],
        "tags": [{"name": name, "description": text} for name, text in TAGS.items()],
        "paths": dict(sorted(paths.items())),
        "components": {
            "schemas": {name: schemas[name] for name in sorted(wanted)},
            "securitySchemes": copy.deepcopy(SECURITY_SCHEMES),
        },
    }
