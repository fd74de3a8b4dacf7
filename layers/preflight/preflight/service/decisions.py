"""Read a decision with its history: the use case behind GET /decisions/{id}."""

from __future__ import annotations

from typing import Any

from preflight.observability import logger
from preflight.service.chain import verify_chain
from preflight.service.integrity import LogMac
from preflight.service.records import record_problem
from preflight.service.views import decision_view, event_view
from preflight.store.dynamodb import DecisionStore
from preflight.store.errors import StoreUnavailable


class DecisionNotFound(Exception):
    pass


def verification_problems(decision: dict[str, Any], events: list[dict[str, Any]], mac: LogMac) -> list[str]:
    """What is wrong with the record and its chain (n+1 VerifyMac calls); empty when both verify.

    When KMS cannot answer, the history is reported unverified with that reason rather than the
    read failing: the decision is still worth reading, and "verified" is never claimed unchecked."""
    try:
        problem = record_problem(decision, mac)
        return ([problem] if problem else []) + verify_chain(decision, events, mac)
    except StoreUnavailable as exc:
        logger.warning("history not verified: the audit key is unavailable", extra={"reason": str(exc)})
        return [f"not verified: the audit key could not be used ({exc})"]


def with_history(decision: dict[str, Any], events: list[dict[str, Any]], mac: LogMac) -> dict[str, Any]:
    """The decision's view, its history, and whether the record and the hash chain verify."""
    problems = verification_problems(decision, events, mac)
    view = decision_view(decision)
    view["history"] = [event_view(e) for e in events]
    view["chain"] = {"verified": not problems, "events": len(events), "problems": problems}
    return view


class DecisionReader:
    def __init__(self, store: DecisionStore, mac: LogMac) -> None:
        self.store = store
        self.mac = mac

    def get(self, decision_id: str, *, only_client: str | None = None) -> dict[str, Any]:
        """The decision with its history. ``only_client`` limits a screen client to its own decisions:
        another client's decision is reported as not found, so ids cannot be probed."""
        decision, events = self.store.get_partition(decision_id)
        if decision is None or (only_client is not None and decision.get("client_id") != only_client):
            raise DecisionNotFound(decision_id)
        return with_history(decision, events, self.mac)
