"""What the API shows of a stored decision: never the sealed original, never the keys."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

PUBLIC_FIELDS = (
    "decision_id", "screened_at", "status", "decision", "findings", "redacted_text", "policy_version",
    "engine_version", "complete", "incomplete_reasons", "author", "channel", "metadata", "client_id",
    "categories", "record_hash", "reviewed_by", "reviewed_at", "review_action",
)  # fmt: skip


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
