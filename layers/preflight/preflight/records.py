"""The decision log's domain: the decision record, the events of its history, and the statuses a
decision moves through. Below both the service (which builds and transitions records) and the store
(which alone maps a record to a table item and back): nothing here knows DynamoDB, KMS or HTTP.

A decision is screened ``approve`` (status ``approved``, final) or ``flag`` (status
``pending_review``); a reviewer's verdict moves a pending decision to ``approved_by_reviewer`` or
``rejected_by_reviewer``, both final. Any other move is an ``IllegalTransition``.

Records and events read back from the table are taken as stored: a field missing from a tampered
item reads as None, and attributes this version does not name are kept in ``extra``, so that
``attributes()`` gives back exactly what was stored and verification (preflight.service.chain,
preflight.service.records) checks what the table holds, not a tidied copy of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from types import MappingProxyType
from typing import Any, ClassVar, Literal, Self, get_args

from preflight.engine.findings import DECISIONS as DECISIONS  # re-exported: one vocabulary
from preflight.engine.findings import DecisionName

# The engine's decisions (its vocabulary, importable without the detectors' libraries).
DecisionValue = DecisionName
Status = Literal["approved", "pending_review", "approved_by_reviewer", "rejected_by_reviewer"]
ReviewAction = Literal["approve", "reject"]
EventType = Literal["review", "original_read"]

STATUSES: tuple[Status, ...] = get_args(Status)
REVIEW_ACTIONS: tuple[ReviewAction, ...] = get_args(ReviewAction)

PENDING_REVIEW: Status = "pending_review"
# The status a screening decision starts in.
SCREENING_STATUS: Mapping[DecisionValue, Status] = MappingProxyType(
    {"approve": "approved", "flag": PENDING_REVIEW}
)
# The moves out of each status, by reviewer action; a status with none is final.
TRANSITIONS: Mapping[Status, Mapping[ReviewAction, Status]] = MappingProxyType(
    {PENDING_REVIEW: MappingProxyType({"approve": "approved_by_reviewer", "reject": "rejected_by_reviewer"})}
)
FINAL_STATUSES: frozenset[Status] = frozenset(s for s in STATUSES if not TRANSITIONS.get(s))

# The fields a decision's record hash covers: everything screening fixed, not the status (review
# changes it) nor the review's own fields. ``mac_key_id`` names the key of the MAC (covered, so that
# it cannot be swapped). The order is the stored items' and the archives'; the hash does not depend
# on it (canonical JSON sorts keys).
IMMUTABLE_FIELDS = (
    "decision_id", "screened_at", "author", "channel", "metadata", "client_id", "decision", "findings",
    "categories", "redacted_text", "text_fingerprint", "policy_version", "engine_version", "complete",
    "incomplete_reasons", "request_id", "original", "mac_key_id",
)  # fmt: skip


# The sequence number of an event not yet placed in a history (preflight.service.history places it).
UNPLACED = 0


class DecisionNotFound(Exception):
    """No decision has that id."""


class IllegalTransition(Exception):
    """A move the statuses do not allow (e.g. a verdict on a decision that is not pending review)."""

    def __init__(self, current: object, action: str) -> None:
        super().__init__(f"a decision in status {current} cannot be moved by {action!r}")
        self.current = current
        self.action = action


def next_status(current: object, action: object) -> Status:
    """The status ``action`` moves ``current`` to; IllegalTransition when it may not move.

    Compared, not looked up: a status read from a tampered item may be anything, unhashable too."""
    moves = next((m for status, m in TRANSITIONS.items() if status == current), {})
    target = next((t for a, t in moves.items() if a == action), None)
    if target is None:
        raise IllegalTransition(current, str(action))
    return target


@dataclass(frozen=True, kw_only=True)
class _Stored:
    """Mapping between a dataclass of named fields and the attributes of a stored item."""

    # Fields that are not attributes of the item.
    _NOT_ATTRIBUTES: ClassVar[frozenset[str]] = frozenset({"extra"})

    # Attributes this version does not name, or stored as an explicit null: kept as stored.
    extra: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def _names(cls) -> list[str]:
        return [f.name for f in fields(cls) if f.name not in cls._NOT_ATTRIBUTES]

    @classmethod
    def from_attributes(cls, attributes: Mapping[str, Any]) -> Self:
        """The record of stored ``attributes``, taken as stored (see the module's note)."""
        names = cls._names()
        named = {n: attributes[n] for n in names if attributes.get(n) is not None}
        extra = {k: v for k, v in attributes.items() if k not in named}
        return cls(**{n: named.get(n) for n in names}, extra=extra)

    def attributes(self) -> dict[str, Any]:
        """The item's attributes (no table keys): the named fields that are set, then ``extra``."""
        values = {n: getattr(self, n) for n in self._names()}
        return {k: v for k, v in values.items() if v is not None} | dict(self.extra)


@dataclass(frozen=True, kw_only=True)
class DecisionRecord(_Stored):
    """One screened draft as the log keeps it."""

    decision_id: str
    screened_at: str  # ISO 8601 UTC, milliseconds, Z
    day: str  # the UTC day of screened_at
    author: str
    channel: str
    metadata: dict[str, str]  # as masked by the engine
    client_id: str
    decision: DecisionValue
    status: Status
    findings: list[dict[str, Any]]
    categories: list[str]
    redacted_text: str
    text_fingerprint: str  # keyed: HMAC of the text
    policy_version: str
    engine_version: str
    complete: bool
    incomplete_reasons: list[str]
    request_id: str
    original: dict[str, str]  # the text, sealed (preflight.service.crypto)
    mac_key_id: str | None = None  # set with record_hash
    record_hash: str | None = None
    reviewed_by: str | None = None
    reviewed_at: str | None = None
    review_action: ReviewAction | None = None

    @property
    def awaiting_review(self) -> bool:
        """In the review queue: only while pending review."""
        return self.status == PENDING_REVIEW

    def reviewed(self, action: ReviewAction, reviewer: str, at: str) -> Transition:
        """The record after ``reviewer``'s verdict; IllegalTransition unless it is pending review."""
        after = replace(
            self,
            status=next_status(self.status, action),
            reviewed_by=reviewer,
            reviewed_at=at,
            review_action=action,
        )
        return Transition(self, after)


@dataclass(frozen=True)
class Transition:
    """A record's move from one status to the next: written only while the stored record is still in
    ``before``'s status (another writer may have moved it meanwhile)."""

    before: DecisionRecord
    after: DecisionRecord

    def changes(self) -> dict[str, Any]:
        """The attributes the move sets."""
        old = self.before.attributes()
        return {k: v for k, v in self.after.attributes().items() if old.get(k) != v}


@dataclass(frozen=True, kw_only=True)
class LogEvent(_Stored):
    """One event of a decision's history (a review, a reading of the original), hash-chained: it
    names the hash before it (``prev_hash``) and carries its own MAC (``event_hash``)."""

    _NOT_ATTRIBUTES: ClassVar[frozenset[str]] = frozenset({"extra", "position"})

    decision_id: str
    seq: int  # 1, 2, ... in the decision's history
    type: EventType
    actor: str
    at: str  # ISO 8601 UTC, milliseconds, Z
    # A review's fields (absent on other events).
    action: ReviewAction | None = None
    note: str | None = None
    previous_status: Status | None = None
    new_status: Status | None = None
    prev_hash: str | None = None
    mac_key_id: str | None = None
    event_hash: str | None = None
    # Where the table holds it: the sequence number its key names (None when not read from the table).
    position: int | None = field(default=None, compare=False)

    def body(self) -> dict[str, Any]:
        """What the event's hash covers: its attributes but the hash itself."""
        return {k: v for k, v in self.attributes().items() if k != "event_hash"}


def review_event(transition: Transition, actor: str, at: str, note: str) -> LogEvent:
    """The event recording a verdict (its place in the chain and its hash still to be set)."""
    after = transition.after
    if after.review_action is None:
        raise ValueError("not a review: the record after it has no review action")
    return LogEvent(
        decision_id=after.decision_id,
        seq=UNPLACED,
        type="review",
        actor=actor,
        at=at,
        action=after.review_action,
        note=note,
        previous_status=transition.before.status,
        new_status=after.status,
    )
