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

_INDEXES = (keys.QUEUE_INDEX, keys.TIME_INDEX, keys.ACTOR_INDEX)
QUEUE_ATTRIBUTES = (keys.partition_attribute(keys.QUEUE_INDEX), keys.sort_attribute(keys.QUEUE_INDEX))
KEY_ATTRIBUTES = (
    "PK", "SK", *(a for i in _INDEXES for a in (keys.partition_attribute(i), keys.sort_attribute(i)))
)  # fmt: skip


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


def _indexed(index: str, partition: str, sort: str) -> dict[str, str]:
    return {keys.partition_attribute(index): partition, keys.sort_attribute(index): sort}


def decision_item(record: DecisionRecord, shard: int) -> dict[str, Any]:
    """The item of ``record``; ``shard`` places it on the day index and in the queue."""
    sort_key = keys.time_sk(record.screened_at, record.decision_id)
    item = (
        record.attributes()
        | {"PK": keys.decision_pk(record.decision_id), "SK": keys.DECISION_SK}
        | _indexed(keys.TIME_INDEX, keys.day_pk(record.day, shard), sort_key)
        | _indexed(keys.ACTOR_INDEX, keys.author_pk(record.author), sort_key)
    )
    if record.awaiting_review:  # the queue (sparse) holds a decision only while it awaits review
        item |= _indexed(keys.QUEUE_INDEX, keys.queue_pk(shard), sort_key)
    return item


def record_of(item: Mapping[str, Any]) -> DecisionRecord:
    return DecisionRecord.from_attributes(attributes(plain(dict(item))))


def event_item(event: LogEvent) -> dict[str, Any]:
    item = event.attributes() | {"PK": keys.decision_pk(event.decision_id), "SK": keys.event_sk(event.seq)}
    if event.type == "review":  # reviews by reviewer
        sort_key = keys.time_sk(event.at, event.decision_id)
        item |= _indexed(keys.ACTOR_INDEX, keys.reviewer_pk(event.actor), sort_key)
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


def logged(item: Mapping[str, Any]) -> DecisionRecord | LogEvent | None:
    """The record or the event a decision log item holds (as read, or a stream's image with its
    values deserialised); None for the table's other items (guards, counters)."""
    partition, sort_key = item.get("PK"), item.get("SK")
    if not (isinstance(partition, str) and partition.startswith(keys.decision_pk(""))):
        return None
    if sort_key == keys.DECISION_SK:
        return record_of(item)
    if isinstance(sort_key, str) and sort_key.startswith(keys.EVENT_PREFIX):
        return event_of(item)
    return None
