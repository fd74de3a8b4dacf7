"""GET /decisions/{id}: one decision with its history; GET /policy: the policy's rules and wording.

``review`` and ``audit`` read any decision; a ``screen`` client reads only the decisions it created
(another client's is 404, so that ids cannot be probed). This function never imports spaCy (the policy
is loaded without its detectors).
"""

from __future__ import annotations

from functools import cache

from preflight.api.auth import Role, access, admitted
from preflight.api.common import new_resolver, no_such_decision
from preflight.api.openapi import DecisionWithHistory, error_responses, ok
from preflight.api.responses import PolicyView
from preflight.service.decisions import DecisionNotFound, DecisionReader
from preflight.service.integrity import LogMac
from preflight.service.policy import policy_summary
from preflight.settings import get_settings
from preflight.store.dynamodb import DecisionStore

settings = get_settings()
app = new_resolver()


@cache
def _policy() -> PolicyView:
    # Loaded on the first request, not at start: GET /decisions/{id} does not pay for it.
    return PolicyView.model_validate(policy_summary(settings))


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
        **ok("The decision with its history"),
        **error_responses("forbidden", "not_found", "internal_error", "unavailable"),
    },
    **access(Role.review, Role.audit, Role.screen),
)
def get_decision(id: str) -> DecisionWithHistory:
    caller, role = admitted(app).caller, admitted(app).role
    try:
        found = _reader().get(id, only_client=caller.client_id if role is Role.screen else None)
    except DecisionNotFound as exc:
        raise no_such_decision() from exc
    return DecisionWithHistory.model_validate(found)


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
        **ok("The policy"),
        **error_responses("forbidden", "internal_error"),
    },
    **access(Role.review, Role.audit),
)
def get_policy() -> PolicyView:
    return _policy()
