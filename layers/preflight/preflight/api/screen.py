"""POST /screen (role ``screen``): screen a draft and log the decision.

Importing this module warms the engine up (policy, spaCy, matchers): the screening function does it
at initialisation, where SnapStart snapshots it. Nothing per-request is created before the snapshot.
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any

from aws_lambda_powertools.event_handler.openapi.params import Body
from aws_lambda_powertools.utilities.idempotency import (
    DynamoDBPersistenceLayer,
    IdempotencyConfig,
    idempotent_function,
)
from aws_lambda_powertools.utilities.idempotency.exceptions import (
    IdempotencyAlreadyInProgressError,
    IdempotencyPersistenceLayerError,
    IdempotencyValidationError,
)

from preflight.api.auth import Role, access, admitted
from preflight.api.common import KEY_PLACEHOLDER, header, new_resolver, require_json
from preflight.api.engine import screening_engine
from preflight.api.errors import ApiError
from preflight.api.models import ScreenBody
from preflight.api.openapi import DecisionView, error_responses, ok
from preflight.engine import InputError
from preflight.service.crypto import Sealer
from preflight.service.integrity import LogMac
from preflight.service.screening import (
    IdempotencyKeyReused,
    ScreeningService,
    ScreenRequest,
    SensitiveMetadataKey,
)
from preflight.settings import get_settings
from preflight.store.dynamodb import DecisionStore
from preflight.store.errors import StoreUnavailable

settings = get_settings()
engine = screening_engine()
app = new_resolver()
# The longest Idempotency-Key accepted.
MAX_IDEMPOTENCY_KEY_LENGTH = 255


@cache
def _service() -> ScreeningService:
    # Built on the first request, not at import: boto3 clients are created after a snapshot
    # restore (and after moto starts, in tests).
    store = DecisionStore(settings.table_name)
    sealer = Sealer(settings.originals_key_id, settings.fingerprint_secret_arn)
    return ScreeningService(engine, store, sealer, LogMac(settings.audit_mac_key_id), settings.shards)


@cache
def _idempotency_config() -> IdempotencyConfig:
    return IdempotencyConfig(
        event_key_jmespath="[client_id, key]",
        # The keyed fingerprint, not the body: Powertools stores a plain hash of what it validates,
        # and a plain hash of a short draft can be reversed by guessing.
        payload_validation_jmespath="body_fingerprint",
        expires_after_seconds=settings.idempotency_ttl_seconds,
        raise_on_no_idempotency_key=True,
    )


@cache
def _screen_once() -> Any:
    """The screening call wrapped in Powertools idempotency, keyed by (client, Idempotency-Key)."""
    persistence = DynamoDBPersistenceLayer(table_name=settings.idempotency_table_name)
    config = _idempotency_config()

    @idempotent_function(data_keyword_argument="request", persistence_store=persistence, config=config)
    def screen_once(request: dict[str, Any]) -> dict[str, Any]:
        return _screen(request["body"], request["client_id"], request["request_id"], request["key"])

    return screen_once


def _request(body: dict[str, Any]) -> ScreenRequest:
    return ScreenRequest(body["text"], body["author"], body.get("channel", "other"), body.get("metadata", {}))


def _screen(body: dict[str, Any], client_id: str, request_id: str, key: str | None) -> dict[str, Any]:
    try:
        return _service().screen_and_log(_request(body), client_id, request_id, key)
    except InputError as exc:
        code = "payload_too_large" if exc.code == "text_too_long" else "validation_error"
        raise ApiError(code, exc.message, [{"path": "text", "message": exc.message}]) from exc
    except IdempotencyKeyReused as exc:  # the Powertools record expired; the guard has not
        raise _key_reused() from exc
    except SensitiveMetadataKey as exc:
        message = "a metadata key holds a sensitive value (keys are names: put values in values)"
        raise ApiError(
            "validation_error", message, [{"path": f"metadata.{KEY_PLACEHOLDER}", "message": message}]
        ) from exc


def _key_reused() -> ApiError:
    return ApiError("idempotency_key_reused", "this Idempotency-Key was used with a different body")


@app.post(
    "/screen",
    summary="Screen a draft",
    description=(
        "Screens the draft against the policy, logs the decision and answers it: `approve`, or `flag` "
        "with findings that point at the exact characters. With an `Idempotency-Key` header (at most "
        f"{MAX_IDEMPOTENCY_KEY_LENGTH} characters) a retry with the same body answers the first "
        "decision, never a second one."
    ),
    responses={
        **ok("The decision, as logged"),
        **error_responses(
            "validation_error",
            "malformed_json",
            "forbidden",
            "idempotency_in_progress",
            "payload_too_large",
            "unsupported_media_type",
            "idempotency_key_reused",
            "internal_error",
            "unavailable",
        ),
    },
    **access(Role.screen),
)
def screen(body: Annotated[ScreenBody, Body()]) -> DecisionView:
    event = app.current_event
    caller = admitted(app).caller
    require_json(event.headers)
    key = header(event.headers, "idempotency-key")
    request_id = event.request_context.request_id
    payload = body.model_dump()
    if not key:
        return DecisionView.model_validate(_screen(payload, caller.client_id, request_id, None))
    if len(key) > MAX_IDEMPOTENCY_KEY_LENGTH:
        message = f"Idempotency-Key is longer than {MAX_IDEMPOTENCY_KEY_LENGTH} characters"
        raise ApiError("validation_error", message, [{"path": "Idempotency-Key"}])
    # The in-progress record then expires with this invocation: a retry after a timeout is not
    # answered 409 for the whole TTL.
    _idempotency_config().register_lambda_context(app.lambda_context)
    request = {
        "client_id": caller.client_id,
        "key": key,
        "body": payload,
        "body_fingerprint": _service().body_fingerprint(_request(payload)),
        "request_id": request_id,
    }
    try:
        answer = _screen_once()(request=request)
    except IdempotencyValidationError as exc:
        raise _key_reused() from exc
    except IdempotencyAlreadyInProgressError as exc:
        raise ApiError(
            "idempotency_in_progress", "a request with this Idempotency-Key is still running"
        ) from exc
    except IdempotencyPersistenceLayerError as exc:  # the idempotency table is down: fail closed, 503
        raise StoreUnavailable(f"idempotency record not available: {type(exc.__cause__).__name__}") from exc
    return DecisionView.model_validate(answer)
