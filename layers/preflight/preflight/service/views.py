"""What the API shows of a stored decision: never the sealed original, never the keys."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

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


def plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [plain(v) for v in value]
    return value


def decision_view(item: dict[str, Any]) -> dict[str, Any]:
    return {k: plain(item[k]) for k in PUBLIC_FIELDS if k in item}


def event_view(item: dict[str, Any]) -> dict[str, Any]:
    """A history event without its table keys."""
    return {k: v for k, v in plain(item).items() if not k.startswith(("PK", "SK", "GSI"))}
