"""The record hash of a decision: what makes a logged decision tamper-evident on its own.

Kept apart from the screening use case so that the read-only functions can check it without
importing the engine. The hash is a MAC under the audit key (preflight.service.integrity).
"""

from __future__ import annotations

from typing import Any

from preflight.service.integrity import MAC_KEY_ATTRIBUTE, LogMac

# The fields the record hash covers: everything but the status, which review changes later, and the
# review's own fields. ``mac_key_id`` names the key of the MAC (covered, so it cannot be swapped).
IMMUTABLE_FIELDS = (
    "decision_id", "screened_at", "author", "channel", "metadata", "client_id", "decision", "findings",
    "categories", "redacted_text", "text_fingerprint", "policy_version", "engine_version", "complete",
    "incomplete_reasons", "request_id", "original", MAC_KEY_ATTRIBUTE,
)  # fmt: skip


def record_body(item: dict[str, Any]) -> dict[str, Any]:
    return {k: item.get(k) for k in IMMUTABLE_FIELDS}


def with_record_hash(item: dict[str, Any], mac: LogMac) -> dict[str, Any]:
    """``item`` with the key named and its ``record_hash``: the MAC of its immutable fields."""
    signed = item | {MAC_KEY_ATTRIBUTE: mac.key_id}
    return signed | {"record_hash": mac.sign("record", record_body(signed))}


def record_problem(item: dict[str, Any], mac: LogMac) -> str | None:
    """None when the decision's ``record_hash`` verifies; otherwise what is wrong (one VerifyMac)."""
    wrong = mac.check("record", record_body(item), item.get("record_hash"))
    return None if wrong is None else f"record_hash {wrong}"
