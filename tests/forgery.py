"""How a table writer who does not hold the audit key would rewrite a decision's history: change
items, then recompute every hash from the first change on and relink the chain (issue 9). Shared by
the service tests (GET /decisions/{id}) and the archive tests (audit verify)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import boto3
import rfc8785
from preflight.service.chain import event_body
from preflight.service.integrity import message
from preflight.service.records import record_body
from preflight.store.items import plain

Hasher = Callable[[str, dict[str, Any]], str]
# The attributes of a review event a rewrite may change (the property tests change each in turn).
EVENT_FIELDS = (
    "decision_id",
    "seq",
    "type",
    "actor",
    "at",
    "action",
    "note",
    "previous_status",
    "new_status",
)


def plain_sha256(kind: str, body: dict[str, Any]) -> str:
    """What anyone can recompute: SHA-256 of the canonical JSON (the scheme before MACs)."""
    return hashlib.sha256(rfc8785.dumps(plain(body))).hexdigest()


def other_key_mac(kind: str, body: dict[str, Any]) -> str:
    """The log's MAC construction under a KMS HMAC key of the table writer's own."""
    kms = boto3.client("kms")
    key = kms.create_key(KeySpec="HMAC_256", KeyUsage="GENERATE_VERIFY_MAC")["KeyMetadata"]["Arn"]
    return kms.generate_mac(KeyId=key, Message=message(kind, body), MacAlgorithm="HMAC_SHA_256")["Mac"].hex()


def relink(
    decision: dict[str, Any], events: list[dict[str, Any]], changes: dict[str, dict[str, Any]], hasher: Hasher
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The partition after a rewrite that breaks no link: ``changes`` (by SK) applied, and every hash
    from the first changed item on recomputed with ``hasher``, each ``prev_hash`` relinked."""
    decision, events = dict(decision), [dict(e) for e in events]
    dirty = "#DECISION" in changes
    if dirty:
        decision |= changes["#DECISION"]
        decision["record_hash"] = hasher("record", record_body(decision))
    previous = decision["record_hash"]
    for event in events:
        dirty = dirty or event["SK"] in changes
        if dirty:
            event |= changes.get(event["SK"], {})
            event["prev_hash"] = previous
            event["event_hash"] = hasher("event", event_body(event))
        previous = event["event_hash"]
    return decision, events
