"""DynamoDB adapter for the decision log. ClientError never leaves this module.

Writes of a decision are one transaction: the decision item (must not exist), the idempotency
guard for the calling client and key (must not exist), and the day's sharded counter. A retry whose
idempotency record was lost therefore cannot create a second decision.
"""

from __future__ import annotations

from typing import Any

import boto3
from boto3.dynamodb.types import TypeDeserializer, TypeSerializer
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from preflight.store import keys
from preflight.store.errors import AlreadyRecorded, StoreUnavailable

# Bounded retries with backoff (botocore's "standard" mode: exponential backoff with jitter).
_RETRIES = Config(retries={"max_attempts": 4, "mode": "standard"}, connect_timeout=2, read_timeout=5)
_serializer = TypeSerializer()
_deserializer = TypeDeserializer()


def _to_item(data: dict[str, Any]) -> dict[str, Any]:
    return {k: _serializer.serialize(v) for k, v in data.items() if v is not None}


def _from_item(item: dict[str, Any]) -> dict[str, Any]:
    return {k: _deserializer.deserialize(v) for k, v in item.items()}


class DecisionStore:
    def __init__(self, table_name: str, client: Any | None = None) -> None:
        self.table_name = table_name
        self._client = client

    @property
    def client(self) -> Any:
        # Created on first use, not at import: tests start moto first, and Lambda init stays lean.
        if self._client is None:
            self._client = boto3.client("dynamodb", config=_RETRIES)
        return self._client

    def put_decision(
        self,
        decision: dict[str, Any],
        counters: dict[str, int],
        counter_key: tuple[str, int],
        guard: tuple[str, str] | None,
    ) -> None:
        """Write the decision, its guard and its counters atomically."""
        items: list[dict[str, Any]] = [
            {
                "Put": {
                    "TableName": self.table_name,
                    "Item": _to_item(decision),
                    "ConditionExpression": "attribute_not_exists(PK)",
                }
            }
        ]
        if guard is not None:
            client_id, idempotency_key = guard
            items.append(
                {
                    "Put": {
                        "TableName": self.table_name,
                        "Item": _to_item(
                            {
                                "PK": keys.guard_pk(client_id, idempotency_key),
                                "SK": keys.GUARD_SK,
                                "decision_id": decision["decision_id"],
                                "client_id": client_id,
                                "created_at": decision["screened_at"],
                            }
                        ),
                        "ConditionExpression": "attribute_not_exists(PK)",
                    }
                }
            )
        day, shard = counter_key
        names = {f"#c{i}": name for i, name in enumerate(counters)}
        values = {f":v{i}": {"N": str(n)} for i, n in enumerate(counters.values())}
        items.append(
            {
                "Update": {
                    "TableName": self.table_name,
                    "Key": _to_item({"PK": keys.counter_pk(day, shard), "SK": keys.COUNTS_SK}),
                    "UpdateExpression": "ADD " + ", ".join(f"#c{i} :v{i}" for i in range(len(counters))),
                    "ExpressionAttributeNames": names,
                    "ExpressionAttributeValues": values,
                }
            }
        )
        try:
            self.client.transact_write_items(TransactItems=items)
        except ClientError as exc:
            reasons = exc.response.get("CancellationReasons") or []
            if guard is not None and len(reasons) > 1 and reasons[1].get("Code") == "ConditionalCheckFailed":
                existing = self.get_guard(*guard)
                if existing:
                    raise AlreadyRecorded(existing) from exc
            raise StoreUnavailable(f"decision not written: {exc.response['Error'].get('Code')}") from exc
        except BotoCoreError as exc:
            raise StoreUnavailable(f"decision not written: {type(exc).__name__}") from exc

    def get_guard(self, client_id: str, idempotency_key: str) -> str | None:
        item = self._get(keys.guard_pk(client_id, idempotency_key), keys.GUARD_SK)
        return item["decision_id"] if item else None

    def get_decision(self, decision_id: str) -> dict[str, Any] | None:
        return self._get(keys.decision_pk(decision_id), keys.DECISION_SK)

    def get_history(self, decision_id: str) -> list[dict[str, Any]]:
        """The review events of a decision, oldest first (written by the review workflow)."""
        try:
            response = self.client.query(
                TableName=self.table_name,
                KeyConditionExpression="PK = :pk AND begins_with(SK, :event)",
                ExpressionAttributeValues={
                    ":pk": {"S": keys.decision_pk(decision_id)},
                    ":event": {"S": "EVENT#"},
                },
                ConsistentRead=True,
            )
        except (ClientError, BotoCoreError) as exc:
            raise StoreUnavailable(f"history not read: {exc}") from exc
        return [_from_item(i) for i in response.get("Items", [])]

    def _get(self, pk: str, sk: str) -> dict[str, Any] | None:
        try:
            response = self.client.get_item(
                TableName=self.table_name, Key=_to_item({"PK": pk, "SK": sk}), ConsistentRead=True
            )
        except (ClientError, BotoCoreError) as exc:
            raise StoreUnavailable(f"item not read: {exc}") from exc
        item = response.get("Item")
        return _from_item(item) if item else None
