"""GET /decisions/{id}: one decision with its history.

``review`` and ``audit`` read any decision; a ``screen`` client reads only the decisions it created
(another client's is 404, so that ids cannot be probed). This function never imports spaCy.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from preflight.api.auth import Role, caller_from_event
from preflight.api.common import new_resolver
from preflight.api.errors import ApiError
from preflight.service.decisions import DecisionNotFound, DecisionReader
from preflight.settings import get_settings
from preflight.store.dynamodb import DecisionStore

settings = get_settings()
app = new_resolver()


@cache
def _reader() -> DecisionReader:
    return DecisionReader(DecisionStore(settings.table_name))


@app.get("/decisions/<decision_id>")
def get_decision(decision_id: str) -> dict[str, Any]:
    caller = caller_from_event(app.current_event.raw_event, settings)
    role = caller.require(Role.review, Role.audit, Role.screen)
    try:
        return _reader().get(decision_id, only_client=caller.client_id if role is Role.screen else None)
    except DecisionNotFound as exc:
        raise ApiError("not_found", f"no decision {decision_id}") from exc
