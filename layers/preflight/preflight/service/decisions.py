"""Read a decision with its history: the use case behind GET /decisions/{id}."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from preflight.observability import logger
from preflight.records import DecisionNotFound, DecisionRecord, LogEvent
from preflight.service.chain import verify_history
from preflight.service.integrity import LogMac
from preflight.service.records import record_problem
from preflight.service.views import decision_view, event_view
from preflight.store.dynamodb import DecisionStore
from preflight.store.errors import StoreUnavailable

__all__ = ["DecisionNotFound", "DecisionReader", "verification_problems", "with_history"]


def verification_problems(
    record: DecisionRecord, events: Sequence[LogEvent], mac: LogMac, signed_here: LogEvent | None = None
) -> list[str]:
    """What is wrong with the record and its chain (n+1 VerifyMac calls, one fewer when an event was
    ``signed_here``: see verify_history); empty when both verify.

    When KMS cannot answer, the history is reported unverified with that reason rather than the
    read failing: the decision is still worth reading, and "verified" is never claimed unchecked."""
    try:
        problem = record_problem(record.attributes(), mac)
        return ([problem] if problem else []) + verify_history(record, events, mac, signed_here=signed_here)
    except StoreUnavailable as exc:
        logger.warning("history not verified: the audit key is unavailable", extra={"reason": str(exc)})
        return [f"not verified: the audit key could not be used ({exc})"]


def with_history(
    record: DecisionRecord, events: Sequence[LogEvent], mac: LogMac, signed_here: LogEvent | None = None
) -> dict[str, Any]:
    """The decision's view, its history, and whether the record and the hash chain verify."""
    problems = verification_problems(record, events, mac, signed_here)
    view = decision_view(record)
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
        record, events = self.store.get_partition(decision_id)
        if record is None or (only_client is not None and record.client_id != only_client):
            raise DecisionNotFound(decision_id)
        return with_history(record, events, self.mac)
