"""The record hash of a decision: what makes a logged decision tamper-evident on its own.

Kept apart from the screening use case so that the read-only functions can check it without
importing the engine.
"""

from __future__ import annotations

import hashlib
from typing import Any

import rfc8785

from preflight.service.views import plain

# The fields the record hash covers: everything but the status, which review changes later.
IMMUTABLE_FIELDS = (
    "decision_id", "screened_at", "author", "channel", "metadata", "client_id", "decision", "findings",
    "categories", "redacted_text", "text_fingerprint", "policy_version", "engine_version", "complete",
    "incomplete_reasons", "request_id", "original",
)  # fmt: skip


def record_hash(item: dict[str, Any]) -> str:
    """SHA-256 of the immutable fields in canonical JSON (RFC 8785)."""
    # plain(): an item read back from DynamoDB holds Decimals where it was written with ints.
    return hashlib.sha256(rfc8785.dumps(plain({k: item.get(k) for k in IMMUTABLE_FIELDS}))).hexdigest()
