"""What every function's resolver shares: the role check, error mapping and the Lambda entry point."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from typing import Annotated, Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, CORSConfig, Response
from aws_lambda_powertools.event_handler.openapi.exceptions import (
    RequestUnsupportedContentType,
    RequestValidationError,
)
from aws_lambda_powertools.event_handler.openapi.params import Query
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext
from pydantic import BeforeValidator, StringConstraints, ValidationError
from pydantic_core import PydanticCustomError

from preflight.api.auth import admit_current
from preflight.api.errors import ApiError, error_response
from preflight.observability import logger, metrics, tracer
from preflight.service.log_query import MAX_FILTER_LENGTH
from preflight.service.paging import MAX_CURSOR_LENGTH, MAX_PAGE_SIZE
from preflight.service.times import InvalidQuery, parse_instant
from preflight.settings import get_settings
from preflight.store.errors import StoreUnavailable

# The request headers the console sends (template.yaml's Api Cors says the same to the browser).
CORS_ALLOW_HEADERS = ["Authorization", "Content-Type", "Idempotency-Key"]
CORS_MAX_AGE_SECONDS = 600


def header(headers: dict[str, str] | None, name: str) -> str | None:
    """A request header by name, in any case (API Gateway passes them as the client sent them)."""
    wanted = name.lower()
    return next((v for k, v in (headers or {}).items() if k.lower() == wanted), None)


def invalid_query(exc: InvalidQuery) -> ApiError:
    """A bad list or report parameter, as the 400 that names it."""
    return ApiError("validation_error", exc.message, [{"path": exc.field, "message": exc.message}])


def _instant(field: str, value: object) -> datetime:
    try:
        return parse_instant(value, field)
    except InvalidQuery as exc:
        raise PydanticCustomError("iso_8601_instant", exc.message) from exc


def instant(field: str) -> BeforeValidator:
    """A query parameter's validator for an ISO 8601 time (documented as ``date-time``), read as the
    decision log reads times (preflight.service.times.parse_instant): a date is midnight UTC, a time
    without an offset is UTC. A bad one is the 400 naming ``field``, without its value."""
    return BeforeValidator(partial(_instant, field))


# The paging parameters of every list route (their default: DEFAULT_PAGE_SIZE, in the route).
PageSize = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"page size, 1 to {MAX_PAGE_SIZE}")]
# A list's filter by name (author, category...): 1 to MAX_FILTER_LENGTH characters.
FilterValue = Annotated[str, StringConstraints(min_length=1, max_length=MAX_FILTER_LENGTH)]
Filter = Annotated[FilterValue | None, Query()]
Cursor = Annotated[
    str | None, Query(max_length=MAX_CURSOR_LENGTH, description="next_cursor of the page before")
]


def no_such_decision() -> ApiError:
    """404 for an unknown decision id; the id is not repeated (a path can carry anything)."""
    return ApiError("not_found", "no such decision", [{"path": "id", "message": "no such decision"}])


def _not_json() -> ApiError:
    return ApiError("unsupported_media_type", "send the draft as application/json")


def is_json(headers: dict[str, str] | None) -> bool:
    content_type = header(headers, "content-type") or ""
    return content_type.split(";")[0].strip().lower() == "application/json"


def require_json(headers: dict[str, str] | None) -> None:
    if not is_json(headers):
        raise _not_json()


# Request bodies are flat (a metadata map is the deepest part): more objects and arrays nested in one
# another than this are refused before they can exhaust the parser's or the validator's recursion.
MAX_BODY_DEPTH = 32
# A name the client chose (an unknown field, a metadata key) is shown in an error's path only when it
# cannot be data: letters, "_" and "-", no digit (a card, phone or token has digits), short, and no
# "@" or "." (an e-mail address). Any other is shown as KEY_PLACEHOLDER.
_SHOWABLE_NAME = re.compile(r"[A-Za-z][A-Za-z_-]{0,31}")
KEY_PLACEHOLDER = "<key>"
_PYDANTIC_MARKERS = {"[key]"}


def _name(part: object) -> str:
    if isinstance(part, int) or (
        isinstance(part, str) and (_SHOWABLE_NAME.fullmatch(part) or part in _PYDANTIC_MARKERS)
    ):
        return str(part)
    return KEY_PLACEHOLDER


def _path(loc: tuple[Any, ...]) -> str:
    """A field's path as the client knows it: "metadata.k" for a body field, "from" for a query one;
    a name that could be data is never repeated (see _SHOWABLE_NAME)."""
    parts = list(loc)
    if parts and parts[0] in ("body", "query", "path", "header"):
        parts = parts[1:]
    return _dotted(parts)


def _dotted(parts: list[Any]) -> str:
    return ".".join(_name(p) for p in parts)


def _message(error: dict[str, Any], path: str) -> str:
    """The rule broken, never the value: pydantic's message (for a value outside a vocabulary, the
    vocabulary), unless it quotes the input."""
    message = str(error.get("msg") or "invalid")
    expected = (error.get("ctx") or {}).get("expected")
    if error.get("type") in ("literal_error", "enum") and expected:
        message = f"{path or 'the value'} must be one of {expected}"
    value = error.get("input")
    if isinstance(value, str | int | float) and len(str(value)) >= 3 and str(value) in message:
        return f"invalid ({error.get('type', 'value')})"
    return message


class RefusedBody(Exception):
    """A JSON body refused before validation: a repeated key, nesting too deep, an unreadable number."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = path


class _Repeated(dict[str, Any]):
    """A JSON object in which ``repeated`` appeared more than once (json keeps the last)."""

    repeated: str


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) == len(pairs):
        return found
    seen: set[str] = set()
    marked = _Repeated(found)
    marked.repeated = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
    return marked


def _not_json_constant(name: str) -> Any:
    raise RefusedBody(f"{name} is not JSON")


def parse_json_body(text: str) -> Any:
    """The request body as JSON, refusing what json.loads would silently accept or crash on: a key
    repeated in an object (at any depth: json keeps the last, and a client that publishes might read
    the first), nesting deeper than MAX_BODY_DEPTH, NaN/Infinity, an integer too long to convert.
    A body that is not JSON at all raises json.JSONDecodeError, as Powertools expects."""
    try:
        value = json.loads(text, object_pairs_hook=_object, parse_constant=_not_json_constant)
    except RecursionError as exc:
        raise RefusedBody(f"the body is nested deeper than {MAX_BODY_DEPTH} levels") from exc
    except json.JSONDecodeError:
        raise
    except ValueError as exc:  # an integer beyond Python's conversion limit
        raise RefusedBody("a number in the body is too long") from exc
    # Iterative walk: depth and repeated keys, the first found in document order named by its path.
    pending: list[tuple[Any, tuple[Any, ...]]] = [(value, ())]
    while pending:
        node, at = pending.pop()
        if isinstance(node, dict | list) and len(at) >= MAX_BODY_DEPTH:
            raise RefusedBody(f"the body is nested deeper than {MAX_BODY_DEPTH} levels")
        if isinstance(node, _Repeated):
            raise RefusedBody("a key appears twice in the same object", _dotted([*at, node.repeated]))
        children = (
            node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        )
        pending.extend((child, (*at, name)) for name, child in reversed(list(children)))
    return value


def cors_config(console_origin: str) -> CORSConfig | None:
    """CORS for the console's origin only (none when it is served by the API's own origin)."""
    if not console_origin:
        return None
    return CORSConfig(
        allow_origin=console_origin, allow_headers=CORS_ALLOW_HEADERS, max_age=CORS_MAX_AGE_SECONDS
    )


def cors_headers(event: dict[str, Any], console_origin: str) -> dict[str, str]:
    """The CORS header of a response built outside the resolver (the last-resort 500)."""
    origin = header(event.get("headers"), "origin")
    return {"Access-Control-Allow-Origin": origin} if console_origin and origin == console_origin else {}


def _first_parameter_only(errors: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The errors of the first request parameter that is wrong, in the order the route declares them
    (a body's errors are all kept): a query is judged one parameter at a time, as its range checks
    are (``to`` is judged against a valid ``from``)."""
    first = next((e for e in errors if tuple(e.get("loc", ()))[:1] != ("body",)), None)
    if first is None:
        return list(errors)
    name = tuple(first.get("loc", ()))[:2]
    return [e for e in errors if tuple(e.get("loc", ()))[:1] == ("body",) or tuple(e["loc"])[:2] == name]


def new_resolver(*, console_origin: str | None = None) -> APIGatewayRestResolver:
    """A resolver whose routes admit the roles each declares with ``**access(...)``
    (preflight.api.auth). Powertools judges the body and the query before any middleware runs, so a
    caller the route refuses is answered 401/403 here before that judgement is shown. Responses
    carry CORS headers for ``console_origin`` (the settings' by default) and no other."""
    origin = get_settings().console_origin if console_origin is None else console_origin
    app = APIGatewayRestResolver(
        enable_validation=True, cors=cors_config(origin), json_body_deserializer=parse_json_body
    )

    def _refused() -> Response | None:
        try:
            admit_current(app)
        except ApiError as denied:
            return denied.response()
        return None

    @app.exception_handler(ApiError)
    def _api_error(exc: ApiError) -> Response:
        return exc.response()

    @app.exception_handler(InvalidQuery)
    def _invalid_query(exc: InvalidQuery) -> Response:
        # A list or report parameter the service refused (a range too long, a bad filter value):
        # every route's 400 naming it, found before the ValueError handler below (a subclass).
        return invalid_query(exc).response()

    @app.exception_handler(ValidationError)
    def _unfit_answer(exc: ValidationError) -> Response:
        # A route built an answer that does not fit its declared type: a bug, never shown (its
        # values may be a decision's), and never a partial answer.
        logger.error("answer does not fit its model", extra={"errors": exc.error_count()})
        return error_response("internal_error", "internal error")

    @app.exception_handler(RequestValidationError)
    def _validation_error(exc: RequestValidationError) -> Response:
        # Powertools answers 422; a body that does not fit is a 400 here, naming each field.
        if (refused := _refused()) is not None:
            return refused
        errors = exc.errors()
        if any(tuple(e.get("loc", ()))[:1] == ("response",) for e in errors):
            # The route's return value does not fit its declared type: as above, a 500.
            logger.error("answer does not fit its model", extra={"errors": len(errors)})
            return error_response("internal_error", "internal error")
        errors = _first_parameter_only(errors)
        about_body = any(tuple(e.get("loc", ()))[:1] == ("body",) for e in errors)
        if about_body and not is_json(app.current_event.headers):
            return _not_json().response()
        if any(e.get("type") == "json_invalid" for e in errors):
            return error_response("malformed_json", "the body is not valid JSON")
        details = []
        for error in errors:
            path = _path(tuple(error.get("loc", ())))
            details.append({"path": path, "message": _message(error, path)})
        message = "the request body is invalid" if about_body else "a request parameter is invalid"
        if not about_body and len(details) == 1:  # one parameter: say what is wrong with it
            message = details[0]["message"]
        return error_response("validation_error", message, details)

    @app.exception_handler(RefusedBody)
    def _refused_body(exc: RefusedBody) -> Response:
        if (refused := _refused()) is not None:
            return refused
        return error_response("malformed_json", exc.message, [{"path": exc.path, "message": exc.message}])

    @app.exception_handler(RequestUnsupportedContentType)
    def _unsupported_media_type(_: RequestUnsupportedContentType) -> Response:
        # Powertools answers a body it cannot parse (text/plain, XML...) in its own shape; ours instead.
        if (refused := _refused()) is not None:
            return refused
        return _not_json().response()

    @app.exception_handler(ValueError)
    def _unparsable_body(exc: ValueError) -> Response:
        # Powertools parses a multipart body before validating it and raises a bare ValueError when
        # the Content-Type has no boundary. The API takes JSON only: 415, as for any other media type.
        # A body that is not UTF-8 (Powertools decodes a base64 body before parsing it) is not JSON.
        # Any other ValueError is a bug: raised again, it is lambda_entry's 500.
        if isinstance(exc, UnicodeDecodeError):
            if (refused := _refused()) is not None:
                return refused
            return error_response("malformed_json", "the body is not UTF-8 text, so not JSON")
        media_type = (header(app.current_event.headers, "content-type") or "").split(";")[0].strip().lower()
        if not media_type.startswith("multipart/"):
            raise exc
        if (refused := _refused()) is not None:
            return refused
        return _not_json().response()

    @app.exception_handler(StoreUnavailable)
    def _unavailable(exc: StoreUnavailable) -> Response:
        logger.error("decision log unavailable", extra={"reason": str(exc)})
        return error_response(
            "unavailable", "the decision log is unavailable; retry with the same Idempotency-Key"
        )

    @app.not_found
    def _not_found(_: Exception) -> Response:
        return error_response("not_found", "no such route")

    return app


def with_canonical_media_type(event: dict[str, Any]) -> dict[str, Any]:
    """The event with its Content-Type's media type in lower case (parameters kept as sent).

    Media types are case-insensitive (RFC 9110, 8.3.1), but Powertools picks its body parser with a
    case-sensitive ``startswith("application/json")``: ``APPLICATION/JSON`` was refused with 415."""

    def canonical(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        media_type, separator, parameters = value.partition(";")
        return media_type.strip().lower() + separator + parameters

    changed = dict(event)
    for name, multi in (("headers", False), ("multiValueHeaders", True)):
        headers = event.get(name)
        if isinstance(headers, dict):
            changed[name] = {
                k: ([canonical(x) for x in v] if multi and isinstance(v, list) else canonical(v))
                if k.lower() == "content-type"
                else v
                for k, v in headers.items()
            }
    return changed


def lambda_entry(app: APIGatewayRestResolver) -> Callable[[dict[str, Any], LambdaContext], dict[str, Any]]:
    """The Lambda handler over ``app``, with the correlation id, tracing and metrics."""

    @logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST, log_event=False)
    @tracer.capture_lambda_handler
    @metrics.log_metrics
    def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
        try:
            return app.resolve(with_canonical_media_type(event), context)
        except Exception:  # fail closed with the documented shape, never a stack trace
            logger.exception("unhandled error")
            return {
                "statusCode": 500,
                "headers": {
                    "Content-Type": "application/json",
                    **cors_headers(event, get_settings().console_origin),
                },
                "body": '{"error": {"code": "internal_error", "message": "internal error", "details": []}}',
            }

    return handler
