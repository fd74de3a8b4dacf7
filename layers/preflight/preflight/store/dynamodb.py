"""DynamoDB adapter for the decision log. ClientError never leaves this module; records become items
and back in preflight.store.items.

Writes of a decision are one transaction: the decision item (must not exist), the idempotency
guard for the calling client and key (must not exist), and the day's sharded counter. A retry whose
idempotency record was lost or expired therefore cannot create a second decision; the guard holds
the keyed fingerprint of the body, so that the same key with another body can be refused.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from boto3.dynamodb.types import TypeDeserializer, TypeSerializer
from botocore.exceptions import BotoCoreError, ClientError

from preflight.records import DecisionRecord, LogEvent, Transition
from preflight.store import items, keys
from preflight.store.clients import LazyClient
from preflight.store.errors import AlreadyRecorded, ConditionFailed, StoreUnavailable
from preflight.store.items import decision_item, event_item, event_of, plain, record_of

_serializer = TypeSerializer()
_deserializer = TypeDeserializer()


def _to_item(data: dict[str, Any]) -> dict[str, Any]:
    return {k: _serializer.serialize(v) for k, v in data.items() if v is not None}


def plain_item(image: Mapping[str, Any]) -> dict[str, Any]:
    """An item in DynamoDB's typed JSON (as read, a stream image, an archived object), plain values."""
    return {k: plain(_deserializer.deserialize(v)) for k, v in image.items()}


_from_item = plain_item


def _add_counters(table_name: str, pk: str, counters: Mapping[str, int]) -> dict[str, Any]:
    """One transaction item adding ``counters`` (name -> delta) to a counter item."""
    names = {f"#c{i}": name for i, name in enumerate(counters)}
    values = {f":v{i}": {"N": str(n)} for i, n in enumerate(counters.values())}
    return {
        "Update": {
            "TableName": table_name,
            "Key": _to_item({"PK": pk, "SK": keys.COUNTS_SK}),
            "UpdateExpression": "ADD " + ", ".join(f"#c{i} :v{i}" for i in range(len(counters))),
            "ExpressionAttributeNames": names,
            "ExpressionAttributeValues": values,
        }
    }


@dataclass(frozen=True)
class Filter:
    """One condition of a query's filter expression: ``attribute = value`` or a list attribute
    ``contains`` value."""

    attribute: str
    value: str
    op: Literal["=", "contains"] = "="


@dataclass(frozen=True)
class Guard:
    """The idempotency guard of one (client, key): never expires, names the decision and the keyed
    fingerprint of the body it was screened with (None on guards written before fingerprints)."""

    client_id: str
    key: str
    body_fingerprint: str | None = None


@dataclass(frozen=True)
class IndexQuery:
    """One page of a key-condition query on an index: partition ``pk`` with the sort key between
    ``low`` and ``high`` (both inclusive), in ``forward`` or reverse order."""

    index: str
    pk: str
    low: str
    high: str
    forward: bool
    filters: tuple[Filter, ...] = ()


class DecisionStore:
    def __init__(self, table_name: str, client: Any | None = None) -> None:
        self.table_name = table_name
        self._client = client

    client = LazyClient("dynamodb")

    def put_decision(
        self, record: DecisionRecord, shard: int, counters: dict[str, int], guard: Guard | None
    ) -> None:
        """Write the decision (``shard``: its place on the sharded indexes and counters), its guard
        and its counters atomically."""
        items: list[dict[str, Any]] = [
            {
                "Put": {
                    "TableName": self.table_name,
                    "Item": _to_item(decision_item(record, shard)),
                    "ConditionExpression": "attribute_not_exists(PK)",
                }
            }
        ]
        if guard is not None:
            items.append(
                {
                    "Put": {
                        "TableName": self.table_name,
                        "Item": _to_item(
                            {
                                "PK": keys.guard_pk(guard.client_id, guard.key),
                                "SK": keys.GUARD_SK,
                                "decision_id": record.decision_id,
                                "client_id": guard.client_id,
                                "body_fingerprint": guard.body_fingerprint,
                                "created_at": record.screened_at,
                            }
                        ),
                        "ConditionExpression": "attribute_not_exists(PK)",
                    }
                }
            )
        items.append(_add_counters(self.table_name, keys.counter_pk(record.day, shard), counters))
        try:
            self.client.transact_write_items(TransactItems=items)
        except ClientError as exc:
            reasons = exc.response.get("CancellationReasons") or []
            if guard is not None and len(reasons) > 1 and reasons[1].get("Code") == "ConditionalCheckFailed":
                existing = self.get_guard(guard.client_id, guard.key)
                if existing:
                    raise AlreadyRecorded(*existing) from exc
            raise StoreUnavailable(f"decision not written: {exc.response['Error'].get('Code')}") from exc
        except BotoCoreError as exc:
            raise StoreUnavailable(f"decision not written: {type(exc).__name__}") from exc

    def get_guard(self, client_id: str, idempotency_key: str) -> tuple[str, str | None] | None:
        """(the decision id, the body fingerprint) the guard of (client, key) holds."""
        item = self._get(keys.guard_pk(client_id, idempotency_key), keys.GUARD_SK)
        return (item["decision_id"], item.get("body_fingerprint")) if item else None

    def get_decision(self, decision_id: str) -> DecisionRecord | None:
        item = self._get(keys.decision_pk(decision_id), keys.DECISION_SK)
        return record_of(item) if item else None

    def get_partition(self, decision_id: str) -> tuple[DecisionRecord | None, list[LogEvent]]:
        """The decision and its events (in sequence order), in one consistent query."""
        items: list[dict[str, Any]] = []
        params: dict[str, Any] = {
            "TableName": self.table_name,
            "KeyConditionExpression": "PK = :pk",
            "ExpressionAttributeValues": {":pk": {"S": keys.decision_pk(decision_id)}},
            "ConsistentRead": True,
        }
        try:
            while True:
                response = self.client.query(**params)
                items.extend(_from_item(i) for i in response.get("Items", []))
                if "LastEvaluatedKey" not in response:
                    break
                params["ExclusiveStartKey"] = response["LastEvaluatedKey"]
        except (ClientError, BotoCoreError) as exc:
            raise StoreUnavailable(f"decision not read: {exc}") from exc
        decision = next((record_of(i) for i in items if i["SK"] == keys.DECISION_SK), None)
        events = sorted((i for i in items if i["SK"].startswith(keys.EVENT_PREFIX)), key=lambda i: i["SK"])
        return decision, [event_of(i) for i in events]

    def record_transition(
        self, transition: Transition, event: LogEvent, counters: Mapping[str, Mapping[str, int]]
    ) -> None:
        """Move a decision to its next status, append the event that records it and count it: one
        transaction, written only while the stored decision is still in the status it moves from (a
        record that leaves the review queue leaves its index too). ``counters`` maps counter item keys
        to deltas. Raises ConditionFailed when the decision moved meanwhile or the event's sequence
        number was taken."""
        before, after = transition.before, transition.after
        if after.awaiting_review and not before.awaiting_review:
            raise ValueError("a record never enters the review queue after screening")
        changes = transition.changes()
        names = {f"#s{i}": k for i, k in enumerate(changes)}
        values = {f":s{i}": _serializer.serialize(v) for i, v in enumerate(changes.values())}
        names["#status"] = "status"
        values[":from"] = _serializer.serialize(before.status)
        expression = "SET " + ", ".join(f"#s{i} = :s{i}" for i in range(len(changes)))
        if before.awaiting_review and not after.awaiting_review:
            expression += " REMOVE " + ", ".join(items.QUEUE_ATTRIBUTES)
        update = {
            "Update": {
                "TableName": self.table_name,
                "Key": _to_item({"PK": keys.decision_pk(after.decision_id), "SK": keys.DECISION_SK}),
                "UpdateExpression": expression,
                "ConditionExpression": "#status = :from",
                "ExpressionAttributeNames": names,
                "ExpressionAttributeValues": values,
            }
        }
        put = {
            "Put": {
                "TableName": self.table_name,
                "Item": _to_item(event_item(event)),
                "ConditionExpression": "attribute_not_exists(PK)",
            }
        }
        writes = [update, put] + [_add_counters(self.table_name, pk, c) for pk, c in counters.items()]
        try:
            self.client.transact_write_items(TransactItems=writes)
        except ClientError as exc:
            reasons = [r.get("Code") for r in exc.response.get("CancellationReasons") or []]
            if "ConditionalCheckFailed" in reasons[:2]:
                raise ConditionFailed("transition not recorded: the decision or its history changed") from exc
            raise StoreUnavailable(f"transition not written: {exc.response['Error'].get('Code')}") from exc
        except BotoCoreError as exc:
            raise StoreUnavailable(f"transition not written: {type(exc).__name__}") from exc

    def append_event(self, event: LogEvent) -> None:
        """Put an event item that must not exist yet (its sequence number is its key)."""
        try:
            self.client.put_item(
                TableName=self.table_name,
                Item=_to_item(event_item(event)),
                ConditionExpression="attribute_not_exists(PK)",
            )
        except ClientError as exc:
            if exc.response["Error"].get("Code") == "ConditionalCheckFailedException":
                raise ConditionFailed("event sequence number taken") from exc
            raise StoreUnavailable(f"event not written: {exc.response['Error'].get('Code')}") from exc
        except BotoCoreError as exc:
            raise StoreUnavailable(f"event not written: {type(exc).__name__}") from exc

    def query_index(
        self, query: IndexQuery, limit: int, start_key: dict[str, Any] | None = None
    ) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
        """One page of ``query`` (at most ``limit`` items read before filtering) and the key to go on
        from, or None at the end of the partition."""
        params = self._index_query(query) | {"Limit": limit}
        if start_key:
            params["ExclusiveStartKey"] = start_key
        try:
            response = self.client.query(**params)
        except (ClientError, BotoCoreError) as exc:
            raise StoreUnavailable(f"index {query.index} not read: {exc}") from exc
        return [_from_item(i) for i in response.get("Items", [])], response.get("LastEvaluatedKey")

    def count_index(self, query: IndexQuery) -> int:
        """How many items of ``query``'s partition and range pass its filters (``Select=COUNT``: no item
        is returned, each 1 MB read is one request)."""
        params = self._index_query(query) | {"Select": "COUNT"}
        total = 0
        while True:
            try:
                response = self.client.query(**params)
            except (ClientError, BotoCoreError) as exc:
                raise StoreUnavailable(f"index {query.index} not counted: {exc}") from exc
            total += int(response.get("Count", 0))
            if not response.get("LastEvaluatedKey"):
                return total
            params["ExclusiveStartKey"] = response["LastEvaluatedKey"]

    def _index_query(self, query: IndexQuery) -> dict[str, Any]:
        pk_name, sk_name = keys.partition_attribute(query.index), keys.sort_attribute(query.index)
        names = {"#pk": pk_name, "#sk": sk_name}
        values: dict[str, Any] = {":pk": {"S": query.pk}, ":lo": {"S": query.low}, ":hi": {"S": query.high}}
        conditions = []
        for i, f in enumerate(query.filters):
            names[f"#f{i}"] = f.attribute
            values[f":f{i}"] = {"S": f.value}
            conditions.append(f"contains(#f{i}, :f{i})" if f.op == "contains" else f"#f{i} = :f{i}")
        params: dict[str, Any] = {
            "TableName": self.table_name,
            "IndexName": query.index,
            "KeyConditionExpression": "#pk = :pk AND #sk BETWEEN :lo AND :hi",
            "ExpressionAttributeNames": names,
            "ExpressionAttributeValues": values,
            "ScanIndexForward": query.forward,
        }
        if conditions:
            params["FilterExpression"] = " AND ".join(conditions)
        return params

    def get_counters(self, pks: Sequence[str]) -> dict[str, dict[str, int]]:
        """The counter items with these keys ({pk: {name: n}}); a missing item is simply absent."""
        found: dict[str, dict[str, int]] = {}
        pending = [_to_item({"PK": pk, "SK": keys.COUNTS_SK}) for pk in dict.fromkeys(pks)]
        attempts = 0
        while pending:
            batch, pending = pending[:100], pending[100:]
            request: dict[str, Any] = {self.table_name: {"Keys": batch, "ConsistentRead": True}}
            while request:
                try:
                    response = self.client.batch_get_item(RequestItems=request)
                except (ClientError, BotoCoreError) as exc:
                    raise StoreUnavailable(f"counters not read: {exc}") from exc
                for item in response.get("Responses", {}).get(self.table_name, []):
                    counts = _from_item(item)
                    numbers = {k: v for k, v in counts.items() if not isinstance(v, str)}
                    found[counts["PK"]] = {k: int(v) for k, v in numbers.items()}
                request = response.get("UnprocessedKeys") or {}
                attempts += 1
                if request and attempts > 20:
                    raise StoreUnavailable("counters not read: keys left unprocessed")
        return found

    def _get(self, pk: str, sk: str) -> dict[str, Any] | None:
        try:
            response = self.client.get_item(
                TableName=self.table_name, Key=_to_item({"PK": pk, "SK": sk}), ConsistentRead=True
            )
        except (ClientError, BotoCoreError) as exc:
            raise StoreUnavailable(f"item not read: {exc}") from exc
        item = response.get("Item")
        return _from_item(item) if item else None
