"""GET /decisions/{id}: one decision with its history; GET /policy: the policy's rules and wording.

``review`` and ``audit`` read any decision; a ``screen`` client reads only the decisions it created
(another client's is 404, so that ids cannot be probed). This function never imports spaCy (the policy
is loaded without its detectors).
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
from preflight.api.responses import PolicyView
from preflight.service.decisions import DecisionNotFound, DecisionReader
from preflight.service.integrity import LogMac
from preflight.service.policy import policy_summary
from preflight.settings import get_settings
from preflight.store.dynamodb import DecisionStore

settings = get_settings()
app = new_resolver()


@cache
def _policy() -> dict[str, Any]:
    # Loaded on the first request, not at start: GET /decisions/{id} does not pay for it.
    return policy_summary(settings)


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


@app.get(
    "/policy",
    summary="The policy in force: version, categories, rules",
    description=(
        "The policy the screening function applies (the defaults and the deployment's overlays): its "
        "version, the finding categories (for filters) and each rule's id, category, severity, "
        "message and guidance. The organisation's lists (code names, allow-listed addresses) are not "
        "shown."
    ),
    responses={
        **ok("The policy", PolicyView),
        **error_responses("forbidden", "internal_error"),
    },
    **access(Role.review, Role.audit, scopes=[PEOPLE_SCOPE]),
)
def get_policy() -> dict[str, Any]:
    caller_from_event(app.current_event.raw_event, settings).require(Role.review, Role.audit)
    return _policy()
