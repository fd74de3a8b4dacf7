"""What the engine reports: severities, findings and the decision.

The engine's vocabulary: the service, the API's documents and the notifier read these names from
here. Importing this module loads nothing else of the engine (no policy, no detectors)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import IntEnum
from typing import Any, Literal, get_args

# A finding's severity by name, lowest first: Severity's members, in order (a test keeps them so).
SeverityName = Literal["low", "medium", "high"]
# What the engine answers about a draft.
DecisionName = Literal["approve", "flag"]
DECISIONS: tuple[DecisionName, ...] = get_args(DecisionName)


class Severity(IntEnum):
    low = 1
    medium = 2
    high = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        return cls[name]


@dataclass(frozen=True, slots=True)
class Hit:
    """What a detector found, in the coordinates of the matching view (``ScanContext.text``).

    ``severity``, ``message`` and ``guidance`` override the rule's own when the detector knows better
    (a role mailbox is ``low``; a toll-free number says so, and that it may stay)."""

    start: int
    end: int
    severity: Severity | None = None
    message: str | None = None
    guidance: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    category: str
    rule_id: str
    severity: str
    message: str
    # What the author should do about it (the rule's policy text); None for an overlay's own rule
    # that has none.
    guidance: str | None
    start: int
    end: int
    utf16_start: int
    utf16_end: int
    excerpt: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Decision:
    decision: str
    findings: list[Finding]
    redacted_text: str
    policy_version: str
    engine_version: str
    complete: bool
    incomplete_reasons: list[str] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return self.decision == "flag"

    def to_dict(self) -> dict[str, Any]:
        return {
            "decision": self.decision,
            "findings": [f.to_dict() for f in self.findings],
            "redacted_text": self.redacted_text,
            "policy_version": self.policy_version,
            "engine_version": self.engine_version,
            "complete": self.complete,
            "incomplete_reasons": list(self.incomplete_reasons),
        }
