"""What the table holds after the run: the decision items, the daily counters, the idempotency guards."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from preflight_tools.loadtest.limits import TABLE


@dataclass
class Table:
    """What the table holds for this run, read after the last request."""

    decision_ids: list[str]  # DEC# #DECISION items of this run's clients (a list: duplicates would show)
    counter_total_delta: int  # sum of COUNT# `total` after the run minus before
    guards: dict[str, str]  # GUARD# items of this run's clients: PK -> decision_id


def _dynamodb(endpoint: str) -> Any:
    import boto3  # only here: the pure parts of this module import without it

    return boto3.client(
        "dynamodb",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="local",
        aws_secret_access_key="local",
    )


def _scan(client: Any, table: str, prefix: str, attributes: list[str]) -> list[dict[str, Any]]:
    names = {f"#a{i}": a for i, a in enumerate(["PK", "SK", *attributes])}
    args: dict[str, Any] = {
        "TableName": table,
        "FilterExpression": "begins_with(#a0, :prefix)",
        "ProjectionExpression": ", ".join(names),
        "ExpressionAttributeNames": names,
        "ExpressionAttributeValues": {":prefix": {"S": prefix}},
        "ConsistentRead": True,
    }
    items: list[dict[str, Any]] = []
    while True:
        page = client.scan(**args)
        items += page.get("Items", [])
        if not page.get("LastEvaluatedKey"):
            return items
        args["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def counter_total(endpoint: str, table: str = TABLE) -> int:
    """The sum of `total` over every daily counter shard (COUNT#<day>#<shard>)."""
    items = _scan(_dynamodb(endpoint), table, "COUNT#", ["total"])
    return sum(int(i["total"]["N"]) for i in items if "total" in i)


def read_table(endpoint: str, clients: list[str], total_before: int, table: str = TABLE) -> Table:
    client = _dynamodb(endpoint)
    ours = set(clients)
    decisions = [
        i["decision_id"]["S"]
        for i in _scan(client, table, "DEC#", ["decision_id", "client_id"])
        if i["SK"]["S"] == "#DECISION" and i.get("client_id", {}).get("S") in ours
    ]
    guards = {
        i["PK"]["S"]: i.get("decision_id", {}).get("S", "")
        for i in _scan(client, table, "GUARD#", ["decision_id", "client_id"])
        if i.get("client_id", {}).get("S") in ours
    }
    return Table(decisions, counter_total(endpoint, table) - total_before, guards)
