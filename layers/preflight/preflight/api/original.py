"""GET /decisions/{id}/original (role ``audit``): the decrypted original text of a draft.

The only route that decrypts originals, in a function of its own so that only its role holds
kms:Decrypt on the originals key. Every read is first recorded as an event in the decision's
hash-chained history (who, when); if it cannot be recorded, the text is not returned.
"""

from __future__ import annotations

from functools import cache

from aws_lambda_powertools.event_handler import Response, content_types

from preflight.api.auth import Role, access, admitted
from preflight.api.common import new_resolver, no_such_decision
from preflight.api.openapi import error_responses, ok
from preflight.api.responses import OriginalText
from preflight.service.audit import AuditLog
from preflight.service.crypto import Sealer
from preflight.service.decisions import DecisionNotFound
from preflight.service.integrity import LogMac
from preflight.settings import get_settings
from preflight.store.dynamodb import DecisionStore

settings = get_settings()
app = new_resolver()


@cache
def _log() -> AuditLog:
    return AuditLog(DecisionStore(settings.table_name), settings.shards)


@cache
def _sealer() -> Sealer:
    return Sealer(settings.originals_key_id, settings.fingerprint_secret_arn)


@cache
def _mac() -> LogMac:
    return LogMac(settings.audit_mac_key_id)


@app.get(
    "/decisions/<id>/original",
    summary="Read a draft's original text",
    description="The decrypted original text. Each read is recorded in the decision's history first.",
    responses={
        **ok("The original text"),
        **error_responses("forbidden", "not_found", "internal_error", "unavailable"),
    },
    **access(Role.audit),
)
def read_original(id: str) -> Response[OriginalText]:
    caller = admitted(app).caller
    try:
        original = _log().read_original(id, caller.user or caller.client_id, _sealer(), _mac())
    except DecisionNotFound as exc:
        raise no_such_decision() from exc
    # Evidence, not for caches.
    return Response(
        status_code=200,
        content_type=content_types.APPLICATION_JSON,
        body=OriginalText.model_validate(original),
        headers={"Cache-Control": "no-store"},
    )
