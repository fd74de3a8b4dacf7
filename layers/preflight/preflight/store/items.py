"""The decision log's records as table items, and back: the one place that knows which keys and index
attributes an item carries (preflight.store.keys has their formats).

A decision item is keyed ``DEC#<id>`` / ``#DECISION``, indexed by day and shard (GSI2) and by author
(GSI3), and sits in the review queue (GSI1, sparse) exactly while its record is awaiting review. An
event item is keyed ``DEC#<id>`` / ``EVENT#<seq>``; a review event is indexed by reviewer (GSI3).
Values read back are plain Python (DynamoDB's numbers become ints where whole), as they were written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from preflight.records import DecisionRecord, LogEvent
from preflight.store import keys

KEY_ATTRIBUTES = ("PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK", "GSI3PK", "GSI3SK")
QUEUE_ATTRIBUTES = ("GSI1PK", "GSI1SK")


def plain(value: Any) -> Any:
    """``value`` with DynamoDB's Decimals as the ints (or floats) they were written as."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [plain(v) for v in value]
    return value


def attributes(item: Mapping[str, Any]) -> dict[str, Any]:
    """An item's own attributes: without its table and index keys."""
    return {k: v for k, v in item.items() if k not in KEY_ATTRIBUTES}


def queue_keys(record: DecisionRecord, shard: int) -> dict[str, str]:
    """The review queue's index attributes of a record awaiting review."""
    return {"GSI1PK": keys.queue_pk(shard), "GSI1SK": keys.time_sk(record.screened_at, record.decision_id)}


def decision_item(record: DecisionRecord, shard: int) -> dict[str, Any]:
    """The item of ``record`` (on the day-and-shard index under ``shard``)."""
    sort_key = keys.time_sk(record.screened_at, record.decision_id)
    item = record.attributes() | {
        "PK": keys.decision_pk(record.decision_id),
        "SK": keys.DECISION_SK,
        "GSI2PK": keys.day_pk(record.day, shard),
        "GSI2SK": sort_key,
        "GSI3PK": keys.author_pk(record.author),
        "GSI3SK": sort_key,
    }
    return item | queue_keys(record, shard) if record.awaiting_review else item


def record_of(item: Mapping[str, Any]) -> DecisionRecord:
    return DecisionRecord.from_attributes(attributes(plain(dict(item))))


def event_item(event: LogEvent) -> dict[str, Any]:
    item = event.attributes() | {"PK": keys.decision_pk(event.decision_id), "SK": keys.event_sk(event.seq)}
    if event.type == "review":
        # Reviews by reviewer: the audit log's reviewer filter.
        item |= {"GSI3PK": keys.reviewer_pk(event.actor), "GSI3SK": keys.time_sk(event.at, event.decision_id)}
    return item


def event_of(item: Mapping[str, Any]) -> LogEvent:
    """The event of an item; its ``position`` is the sequence number its sort key names (-1 for a
    sort key that is not an event's), None for an item without a sort key."""
    event = LogEvent.from_attributes(attributes(plain(dict(item))))
    sort_key = item.get("SK")
    if not isinstance(sort_key, str):
        return event
    number = sort_key.removeprefix(keys.EVENT_PREFIX)
    named = number.isdigit() and keys.event_sk(int(number)) == sort_key
    return replace(event, position=int(number) if named else -1)
