"""Appending to a decision's history: read the head, append an event, retry on conflict; written
once for every kind of event (a reviewer's verdict, a reading of the original).

The event's sequence number is its key, and a write succeeds only if that key is still free (and,
for a verdict, only while the decision is still in the status it moves from): of two writers at
once, one wins; the other reads the history again and plans again on what it finds (a verdict then
sees that the decision was reviewed meanwhile).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from preflight.records import DecisionNotFound, DecisionRecord, LogEvent, Transition
from preflight.service.chain import head, sign_event
from preflight.service.integrity import LogMac
from preflight.store.dynamodb import DecisionStore
from preflight.store.errors import ConditionFailed, StoreUnavailable

ATTEMPTS = 5


@dataclass(frozen=True)
class Entry:
    """What one append writes: the event (placed in the chain and signed by ``append``) and, when the
    event records a move of the decision, that transition and the counts it changes."""

    event: LogEvent
    transition: Transition | None = None
    counters: Mapping[str, Mapping[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Appended:
    record: DecisionRecord  # after the entry
    events: list[LogEvent]  # the history, the new event last
    event: LogEvent


# What to append, given the decision and its history as they are now; may raise to refuse.
Plan = Callable[[DecisionRecord, list[LogEvent]], Entry]


def append(store: DecisionStore, mac: LogMac, decision_id: str, plan: Plan, what: str) -> Appended:
    """Append ``plan``'s entry at the head of the decision's history. DecisionNotFound when there is
    no such decision; StoreUnavailable (naming ``what``) when other writers keep taking the head."""
    for _ in range(ATTEMPTS):
        record, events = store.get_partition(decision_id)
        if record is None:
            raise DecisionNotFound(decision_id)
        entry = plan(record, events)
        seq, previous = head(record, events)
        event = sign_event(replace(entry.event, seq=seq, prev_hash=previous), mac)
        try:
            if entry.transition is None:
                store.append_event(event)
            else:
                store.record_transition(entry.transition, event, entry.counters)
        except ConditionFailed:
            continue  # another writer was first: read the head (and the status) again
        after = entry.transition.after if entry.transition else record
        return Appended(after, [*events, event], event)
    raise StoreUnavailable(f"{what} not recorded: the history kept changing; retry")
