"""Every error the API answers has one shape: {"error": {"code", "message", "details": [{"path", ...}]}}.

The codes are a fixed, documented set (README); the gateway's own responses in template.yaml use
the same shape and codes. No error body carries a stack trace or the draft's text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from aws_lambda_powertools.event_handler import Response, content_types

ERROR_CODES = {
    # Any other 4xx answered by the gateway itself (template.yaml's DEFAULT_4XX keeps its status).
    "bad_request": 400,
    "validation_error": 400,
    "malformed_json": 400,
    "unauthorized": 401,
    "forbidden": 403,
    "not_found": 404,
    "conflict": 409,
    "idempotency_in_progress": 409,
    "payload_too_large": 413,
    "unsupported_media_type": 415,
    "idempotency_key_reused": 422,
    "throttled": 429,
    "internal_error": 500,
    "unavailable": 503,
}


@dataclass
class ApiError(Exception):
    code: str
    message: str
    details: list[dict[str, Any]] = field(default_factory=list)
    # Members beside ``error`` (a 409 carries the ``current`` state).
    extra: dict[str, Any] | None = None

    @property
    def status(self) -> int:
        return ERROR_CODES[self.code]

    def response(self) -> Response:
        return error_response(self.code, self.message, self.details, self.extra)


def error_response(
    code: str,
    message: str,
    details: list[dict[str, Any]] | None = None,
    extra: dict[str, Any] | None = None,
) -> Response:
    """``extra``: members beside ``error`` (a 409 carries the ``current`` state)."""
    body = {"error": {"code": code, "message": message, "details": details or []}, **(extra or {})}
    return Response(
        status_code=ERROR_CODES[code], content_type=content_types.APPLICATION_JSON, body=json.dumps(body)
    )
