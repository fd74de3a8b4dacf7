"""The record hash of a decision: what makes a logged decision tamper-evident on its own.

Kept apart from the screening use case so that the read-only functions can check it without
importing the engine. The hash is a MAC under the audit key (preflight.service.integrity) of the
record's immutable fields (preflight.records.IMMUTABLE_FIELDS).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from preflight.records import IMMUTABLE_FIELDS, DecisionRecord
from preflight.service.integrity import LogMac

__all__ = ["IMMUTABLE_FIELDS", "record_body", "record_problem", "sign_record"]


def record_body(attributes: Mapping[str, Any]) -> dict[str, Any]:
    """What a record's hash covers, from its stored attributes (a missing field counts as null)."""
    return {k: attributes.get(k) for k in IMMUTABLE_FIELDS}


def sign_record(record: DecisionRecord, mac: LogMac) -> DecisionRecord:
    """``record`` naming the audit key, with its ``record_hash``: the MAC of its immutable fields."""
    named = replace(record, mac_key_id=mac.key_id)
    return replace(named, record_hash=mac.sign("record", record_body(named.attributes())))


def record_problem(attributes: Mapping[str, Any], mac: LogMac) -> str | None:
    """None when the decision's ``record_hash`` verifies; otherwise what is wrong (one VerifyMac)."""
    wrong = mac.check("record", record_body(attributes), attributes.get("record_hash"))
    return None if wrong is None else f"record_hash {wrong}"
