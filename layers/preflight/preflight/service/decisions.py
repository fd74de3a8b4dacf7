"""Read a decision with its history: the use case behind GET /decisions/{id}."""

from __future__ import annotations

from typing import Any

from preflight.service.chain import verify_chain
from preflight.service.records import record_hash
from preflight.service.views import decision_view, event_view
from preflight.store.dynamodb import DecisionStore


class DecisionNotFound(Exception):
    pass


def with_history(decision: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
    """The decision's view, its history, and whether the record and the hash chain verify."""
    problems = [] if record_hash(decision) == decision.get("record_hash") else ["record_hash does not match"]
    problems += verify_chain(decision, events)
    view = decision_view(decision)
    view["history"] = [event_view(e) for e in events]
    view["chain"] = {"verified": not problems, "events": len(events), "problems": problems}
    return view


class DecisionReader:
    def __init__(self, store: DecisionStore) -> None:
        self.store = store

    def get(self, decision_id: str, *, only_client: str | None = None) -> dict[str, Any]:
        """The decision with its history. ``only_client`` limits a screen client to its own decisions:
        another client's decision is reported as not found, so ids cannot be probed."""
        decision, events = self.store.get_partition(decision_id)
        if decision is None or (only_client is not None and decision.get("client_id") != only_client):
            raise DecisionNotFound(decision_id)
        return with_history(decision, events)
