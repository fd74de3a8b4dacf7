"""The hash chain of a decision's history (docs/service-design.md, "Event item").

Every event names the hash before it: the decision's ``record_hash`` for the first event, the
previous event's ``event_hash`` after that. Rewriting, removing or re-ordering an event breaks the
chain from that point on. Every hash is a MAC under the audit key (preflight.service.integrity), so
whoever can write the table but not use the key cannot recompute one after changing an event.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from preflight.service.integrity import MAC_KEY_ATTRIBUTE, LogMac
from preflight.store.keys import event_sk

KEY_ATTRIBUTES = ("PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK", "GSI3PK", "GSI3SK")
SCREENING_STATUSES = {"approve": "approved", "flag": "pending_review"}


def event_body(event: Mapping[str, Any]) -> dict[str, Any]:
    """What an event's hash covers: its own attributes (with ``mac_key_id``), not its keys or hash."""
    return {k: v for k, v in event.items() if k not in KEY_ATTRIBUTES and k != "event_hash"}


def verify_chain(decision: Mapping[str, Any], events: Iterable[Mapping[str, Any]], mac: LogMac) -> list[str]:
    """What is wrong with a decision's history, in order; empty when the chain verifies.

    ``events`` in the table's order (by SK); one VerifyMac per event (StoreUnavailable when KMS
    cannot answer). The decision's ``record_hash`` itself is checked by the caller
    (``preflight.service.records.record_problem``).
    """
    problems: list[str] = []
    previous = decision.get("record_hash")
    status = SCREENING_STATUSES.get(str(decision.get("decision")), decision.get("status"))
    expected_seq = 1
    for event in events:
        try:
            seq = int(event.get("seq", -1))
        except (TypeError, ValueError):  # whoever wrote the table may store anything here
            problems.append(f"event {event.get('SK')}: sequence number {event.get('seq')!r} is not a number")
            seq = -1
        if seq != expected_seq:
            problems.append(f"event {seq}: expected sequence number {expected_seq}")
        if event.get("SK") is not None and event["SK"] != event_sk(seq):
            problems.append(f"event {seq}: stored under {event['SK']}")
        if event.get("prev_hash") != previous:
            problems.append(f"event {seq}: prev_hash does not match the record before it")
        wrong = mac.check("event", event_body(event), event.get("event_hash"))
        if wrong is not None:
            problems.append(f"event {seq}: event_hash {wrong}")
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
    decision_id: str, seq: int, prev_hash: str, *, mac: LogMac, kind: str, actor: str, at: str, **fields: Any
) -> dict[str, Any]:
    """An event item (without its keys' GSI extras), with its MAC (StoreUnavailable if KMS refuses)."""
    event: dict[str, Any] = {
        "decision_id": decision_id,
        "seq": seq,
        "type": kind,
        "actor": actor,
        "at": at,
        **fields,
        "prev_hash": prev_hash,
        MAC_KEY_ATTRIBUTE: mac.key_id,
    }
    event["event_hash"] = mac.sign("event", event_body(event))
    return event


def head(decision: Mapping[str, Any], events: Sequence[Mapping[str, Any]]) -> tuple[int, str]:
    """The next sequence number and the hash it must name."""
    if not events:
        return 1, str(decision.get("record_hash"))
    last = events[-1]
    return int(last["seq"]) + 1, str(last["event_hash"])
