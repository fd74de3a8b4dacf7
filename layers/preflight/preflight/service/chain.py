"""The hash chain of a decision's history (docs/service-design.md, "Event item").

Every event names the hash before it: the decision's ``record_hash`` for the first event, the
previous event's ``event_hash`` after that. Rewriting, removing or re-ordering an event breaks the
chain from that point on. Every hash is a MAC under the audit key (preflight.service.integrity), so
whoever can write the table but not use the key cannot recompute one after changing an event.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from preflight.records import SCREENING_STATUS, DecisionRecord, IllegalTransition, LogEvent, next_status
from preflight.service.integrity import LogMac
from preflight.store.items import event_of, record_of
from preflight.store.keys import event_sk


def event_body(item: Mapping[str, Any]) -> dict[str, Any]:
    """What a stored event's hash covers: its own attributes (with ``mac_key_id``), not its keys or
    hash."""
    return event_of(item).body()


def sign_event(event: LogEvent, mac: LogMac) -> LogEvent:
    """``event`` naming the audit key, with its MAC (StoreUnavailable if KMS refuses): the one place an
    event is hashed."""
    named = replace(event, mac_key_id=mac.key_id, event_hash=None)
    return replace(named, event_hash=mac.sign("event", named.body()))


def head(record: DecisionRecord, events: Sequence[LogEvent]) -> tuple[int, str]:
    """The next sequence number and the hash it must name."""
    if not events:
        return 1, str(record.record_hash)
    last = events[-1]
    return int(last.seq) + 1, str(last.event_hash)


def _starting_status(record: DecisionRecord) -> object:
    # Compared, not looked up: a tampered item may hold anything, an unhashable list among others.
    return next((s for d, s in SCREENING_STATUS.items() if d == record.decision), record.status)


def _follows(previous: object, action: object, new: object) -> bool:
    try:
        return next_status(previous, action) == new
    except IllegalTransition:
        return False


def verify_history(
    record: DecisionRecord, events: Iterable[LogEvent], mac: LogMac, *, signed_here: LogEvent | None = None
) -> list[str]:
    """What is wrong with a decision's history, in order; empty when the chain verifies.

    ``events`` in the table's order (by SK); one VerifyMac per event (StoreUnavailable when KMS
    cannot answer) but ``signed_here``, the event this process has just signed and written: its MAC
    is not computed a second time, its place in the chain is checked like any other's. The
    decision's ``record_hash`` itself is checked by the caller
    (``preflight.service.records.record_problem``).
    """
    problems: list[str] = []
    previous = record.record_hash
    status = _starting_status(record)
    expected_seq = 1
    for event in events:
        try:
            # A missing seq reads as -1; one stored as null is kept in extra and is not a number.
            seq = int(event.seq if event.seq is not None else event.extra.get("seq", -1))
        except (TypeError, ValueError):  # whoever wrote the table may store anything here
            where = event_sk(event.position) if event.position not in (None, -1) else None
            problems.append(f"event {where}: sequence number {event.seq!r} is not a number")
            seq = -1
        if seq != expected_seq:
            problems.append(f"event {seq}: expected sequence number {expected_seq}")
        if event.position is not None and event.position != seq:
            where = event_sk(event.position) if event.position >= 0 else "a sort key of another kind"
            problems.append(f"event {seq}: stored under {where}")
        if event.prev_hash != previous:
            problems.append(f"event {seq}: prev_hash does not match the record before it")
        wrong = None if event is signed_here else mac.check("event", event.body(), event.event_hash)
        if wrong is not None:
            problems.append(f"event {seq}: event_hash {wrong}")
        if event.type == "review":
            if event.previous_status != status:
                problems.append(f"event {seq}: previous_status {event.previous_status} != {status}")
            elif not _follows(status, event.action, event.new_status):
                problems.append(f"event {seq}: {event.action!r} does not move {status} to {event.new_status}")
            status = event.new_status
        previous = event.event_hash
        expected_seq = seq + 1
    if record.status != status:
        problems.append(f"status {record.status} does not follow from the history ({status})")
    return problems


def verify_chain(decision: Mapping[str, Any], events: Iterable[Mapping[str, Any]], mac: LogMac) -> list[str]:
    """``verify_history`` of stored items (with or without their keys), as a table or an archive
    holds them."""
    return verify_history(record_of(decision), [event_of(e) for e in events], mac)
