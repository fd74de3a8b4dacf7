"""The hash chain of a decision's history (docs/service-design.md, "Event item").

Every event names the hash before it: the decision's ``record_hash`` for the first event, the
previous event's ``event_hash`` after that. Rewriting, removing or re-ordering an event breaks the
chain from that point on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

import rfc8785

from preflight.service.views import plain
from preflight.store.keys import event_sk

KEY_ATTRIBUTES = ("PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK", "GSI3PK", "GSI3SK")
SCREENING_STATUSES = {"approve": "approved", "flag": "pending_review"}


def event_hash(event: Mapping[str, Any]) -> str:
    """SHA-256 of the event's own attributes (not its keys, not its hash) in canonical JSON."""
    body = {k: v for k, v in event.items() if k not in KEY_ATTRIBUTES and k != "event_hash"}
    return hashlib.sha256(rfc8785.dumps(plain(body))).hexdigest()


def verify_chain(decision: Mapping[str, Any], events: Iterable[Mapping[str, Any]]) -> list[str]:
    """What is wrong with a decision's history, in order; empty when the chain verifies.

    ``events`` in the table's order (by SK). The decision's ``record_hash`` itself is checked by the
    caller that can recompute it (``preflight.service.screening.record_hash``).
    """
    problems: list[str] = []
    previous = decision.get("record_hash")
    status = SCREENING_STATUSES.get(str(decision.get("decision")), decision.get("status"))
    expected_seq = 1
    for event in events:
        seq = int(event.get("seq", -1))
        if seq != expected_seq:
            problems.append(f"event {seq}: expected sequence number {expected_seq}")
        if event.get("SK") is not None and event["SK"] != event_sk(seq):
            problems.append(f"event {seq}: stored under {event['SK']}")
        if event.get("prev_hash") != previous:
            problems.append(f"event {seq}: prev_hash does not match the record before it")
        recomputed = event_hash(event)
        if event.get("event_hash") != recomputed:
            problems.append(f"event {seq}: event_hash does not match its content")
        if event.get("type") == "review":
            if event.get("previous_status") != status:
                problems.append(f"event {seq}: previous_status {event.get('previous_status')} != {status}")
            status = event.get("new_status")
        previous = event.get("event_hash")
        expected_seq = seq + 1
    if decision.get("status") != status:
        problems.append(f"status {decision.get('status')} does not follow from the history ({status})")
    return problems


def new_event(
    decision_id: str, seq: int, prev_hash: str, *, kind: str, actor: str, at: str, **fields: Any
) -> dict[str, Any]:
    """An event item (without its keys' GSI extras), hashed."""
    event: dict[str, Any] = {
        "decision_id": decision_id,
        "seq": seq,
        "type": kind,
        "actor": actor,
        "at": at,
        **fields,
        "prev_hash": prev_hash,
    }
    event["event_hash"] = event_hash(event)
    return event


def head(decision: Mapping[str, Any], events: list[Mapping[str, Any]]) -> tuple[int, str]:
    """The next sequence number and the hash it must name."""
    if not events:
        return 1, str(decision.get("record_hash"))
    last = events[-1]
    return int(last["seq"]) + 1, str(last["event_hash"])
