"""GET /decisions/{id}: one decision with its history.

``review`` and ``audit`` read any decision; a ``screen`` client reads only the decisions it created
(another client's is 404, so that ids cannot be probed). This function never imports spaCy.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from preflight.api.auth import Role, caller_from_event
from preflight.api.common import new_resolver, no_such_decision
from preflight.api.openapi import (
    MACHINE_SCOPE,
    PEOPLE_SCOPE,
    DecisionWithHistory,
    access,
    error_responses,
    ok,
)
from preflight.service.decisions import DecisionNotFound, DecisionReader
from preflight.service.integrity import LogMac
from preflight.settings import get_settings
from preflight.store.dynamodb import DecisionStore

settings = get_settings()
app = new_resolver()


@cache
def _reader() -> DecisionReader:
    return DecisionReader(DecisionStore(settings.table_name), LogMac(settings.audit_mac_key_id))


# The path parameter is named as in template.yaml ({id}), so that the OpenAPI document's path is
# the template's.
@app.get(
    "/decisions/<id>",
    summary="Read a decision with its history",
    description=(
        "One logged decision with its history. `review` and `audit` read any decision; a `screen` "
        "client reads only the decisions it created (another client's is 404, so ids cannot be probed)."
    ),
    responses={
        **ok("The decision with its history", DecisionWithHistory),
        **error_responses("forbidden", "not_found", "internal_error", "unavailable"),
    },
    **access(Role.review, Role.audit, Role.screen, scopes=[MACHINE_SCOPE, PEOPLE_SCOPE]),
)
def get_decision(id: str) -> dict[str, Any]:
    caller = caller_from_event(app.current_event.raw_event, settings)
    role = caller.require(Role.review, Role.audit, Role.screen)
    try:
        return _reader().get(id, only_client=caller.client_id if role is Role.screen else None)
    except DecisionNotFound as exc:
        raise no_such_decision() from exc
