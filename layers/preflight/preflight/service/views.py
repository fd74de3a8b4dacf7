"""What the API shows of a stored decision: never the sealed original, never the keys."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from preflight.records import DecisionRecord, LogEvent

PUBLIC_FIELDS = (
    "decision_id", "screened_at", "status", "decision", "findings", "redacted_text", "policy_version",
    "engine_version", "complete", "incomplete_reasons", "author", "channel", "metadata", "client_id",
    "categories", "record_hash", "reviewed_by", "reviewed_at", "review_action",
)  # fmt: skip


def decision_view(decision: DecisionRecord | Mapping[str, Any]) -> dict[str, Any]:
    """The public fields of a record, or of an item an index query returned."""
    attributes = decision.attributes() if isinstance(decision, DecisionRecord) else decision
    return {k: attributes[k] for k in PUBLIC_FIELDS if k in attributes}


def event_view(event: LogEvent) -> dict[str, Any]:
    """A history event as stored (its attributes carry no table keys)."""
    return event.attributes()
