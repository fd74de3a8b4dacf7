"""What the API shows of a stored decision: never the sealed original, never the keys."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from preflight.records import DecisionRecord, LogEvent

# In the order an export's CSV shows them: the short columns first, the long ones last.
PUBLIC_FIELDS = (
    "decision_id", "screened_at", "decision", "status", "author", "channel", "client_id", "categories",
    "policy_version", "engine_version", "complete", "reviewed_by", "reviewed_at", "review_action",
    "redacted_text", "record_hash", "findings", "incomplete_reasons", "metadata",
)  # fmt: skip
# The public fields an export's CSV leaves out: a list and a map of the author's that do not read
# as one cell (JSON lines carry them).
NOT_IN_CSV = ("incomplete_reasons", "metadata")
CSV_COLUMNS = tuple(f for f in PUBLIC_FIELDS if f not in NOT_IN_CSV)


def decision_view(decision: DecisionRecord | Mapping[str, Any]) -> dict[str, Any]:
    """The public fields of a record, or of an item an index query returned."""
    attributes = decision.attributes() if isinstance(decision, DecisionRecord) else decision
    return {k: attributes[k] for k in PUBLIC_FIELDS if k in attributes}


def event_view(event: LogEvent) -> dict[str, Any]:
    """A history event as stored (its attributes carry no table keys)."""
    return event.attributes()
