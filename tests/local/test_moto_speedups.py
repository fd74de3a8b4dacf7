"""The local runner's journaled moto transactions: the same outcome as moto's own (items and stream
records, committed or rolled back), without the cost of copying the table."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError
from moto import mock_aws
from preflight_tools.local import moto_speedups

TABLE = "journal-test"


@pytest.fixture
def client(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    # botocore's account-id endpoint mode sends DynamoDB Streams calls where moto answers 404.
    monkeypatch.setenv("AWS_ACCOUNT_ID_ENDPOINT_MODE", "disabled")
    with mock_aws():
        dynamodb = boto3.client("dynamodb", region_name="us-east-1")
        _create(dynamodb)
        yield dynamodb
    moto_speedups.uninstall()


def _create(client: Any) -> None:
    client.create_table(
        TableName=TABLE,
        KeySchema=[{"AttributeName": "PK", "KeyType": "HASH"}, {"AttributeName": "SK", "KeyType": "RANGE"}],
        AttributeDefinitions=[
            {"AttributeName": "PK", "AttributeType": "S"},
            {"AttributeName": "SK", "AttributeType": "S"},
        ],
        BillingMode="PAY_PER_REQUEST",
        StreamSpecification={"StreamEnabled": True, "StreamViewType": "NEW_IMAGE"},
    )


def _put(pk: str, **extra: Any) -> dict[str, Any]:
    item = {"PK": {"S": pk}, "SK": {"S": "#"}, **{k: {"S": v} for k, v in extra.items()}}
    return {"Put": {"TableName": TABLE, "Item": item, "ConditionExpression": "attribute_not_exists(PK)"}}


def _add(pk: str, n: int) -> dict[str, Any]:
    return {
        "Update": {
            "TableName": TABLE,
            "Key": {"PK": {"S": pk}, "SK": {"S": "#"}},
            "UpdateExpression": "ADD #t :n",
            "ExpressionAttributeNames": {"#t": "total"},
            "ExpressionAttributeValues": {":n": {"N": str(n)}},
        }
    }


def _state(client: Any) -> tuple[list[Any], int]:
    items = sorted(client.scan(TableName=TABLE)["Items"], key=lambda i: i["PK"]["S"])
    arn = client.describe_table(TableName=TABLE)["Table"]["LatestStreamArn"]
    streams = boto3.client("dynamodbstreams", region_name="us-east-1")
    shard = streams.describe_stream(StreamArn=arn)["StreamDescription"]["Shards"][0]["ShardId"]
    iterator = streams.get_shard_iterator(StreamArn=arn, ShardId=shard, ShardIteratorType="TRIM_HORIZON")
    records = streams.get_records(ShardIterator=iterator["ShardIterator"])["Records"]
    return items, len(records)


def _scenario(client: Any) -> list[Any]:
    """Committed, cancelled by a condition, and refused (same item twice) transactions."""
    seen = []
    client.transact_write_items(TransactItems=[_put("DEC#1", v="one"), _add("COUNT#d", 5)])
    seen.append(_state(client))
    with pytest.raises(ClientError) as cancelled:
        # The new decision and the counter are written before the third item fails its condition.
        client.transact_write_items(TransactItems=[_put("DEC#2"), _add("COUNT#d", 1), _put("DEC#1", v="x")])
    assert cancelled.value.response["Error"]["Code"] == "TransactionCanceledException"
    seen.append(_state(client))
    with pytest.raises(ClientError) as refused:
        client.transact_write_items(TransactItems=[_put("DEC#3"), _add("COUNT#d", 1), _add("COUNT#d", 2)])
    assert refused.value.response["Error"]["Code"] == "ValidationException"
    seen.append(_state(client))
    client.transact_write_items(TransactItems=[_put("DEC#4"), _add("COUNT#d", 1)])
    seen.append(_state(client))
    return seen


def test_rollback_leaves_the_table_and_stream_as_before(client: Any) -> None:
    assert moto_speedups.install() is True
    committed, cancelled, refused, again = _scenario(client)
    items, records = committed
    assert [i["PK"]["S"] for i in items] == ["COUNT#d", "DEC#1"] and items[0]["total"] == {"N": "5"}
    assert cancelled == committed and refused == committed  # nothing of either is left
    items, records_after = again
    assert [i["PK"]["S"] for i in items] == ["COUNT#d", "DEC#1", "DEC#4"] and items[0]["total"] == {"N": "6"}
    assert records_after == records + 2


def test_same_outcome_as_motos_own_transactions(client: Any) -> None:
    own = _scenario(client)
    client.delete_table(TableName=TABLE)
    _create(client)  # a new table, with a new stream
    assert moto_speedups.install() is True
    assert _scenario(client) == own


def test_cost_does_not_grow_with_the_table(client: Any) -> None:
    for n in range(1500):
        client.put_item(
            TableName=TABLE, Item={"PK": {"S": f"OLD#{n}"}, "SK": {"S": "#"}, "pad": {"S": "x" * 200}}
        )

    def timed(prefix: str) -> float:
        started = time.perf_counter()
        for n in range(5):
            client.transact_write_items(TransactItems=[_put(f"{prefix}#{n}"), _add("COUNT#d", 1)])
        return time.perf_counter() - started

    copying = timed("A")
    moto_speedups.install()
    journaled = timed("B")
    # moto copies 1,500 items and their stream records for each item of each transaction.
    assert journaled * 5 < copying, (journaled, copying)


def _queries(client: Any) -> list[Any]:
    """Queries on the table's key: a partition, a prefix, newest first, pages, an absent partition."""
    answers = []
    for params in (
        {"KeyConditionExpression": "PK = :pk", "ExpressionAttributeValues": {":pk": {"S": "DEC#5"}}},
        {
            "KeyConditionExpression": "PK = :pk AND begins_with(SK, :e)",
            "ExpressionAttributeValues": {":pk": {"S": "DEC#5"}, ":e": {"S": "EVENT#"}},
            "ScanIndexForward": False,
        },
        {"KeyConditionExpression": "PK = :pk", "ExpressionAttributeValues": {":pk": {"S": "DEC#none"}}},
    ):
        answers.append(client.query(TableName=TABLE, ConsistentRead=True, **params)["Items"])
    pages, start = [], {}
    while True:
        page = client.query(
            TableName=TABLE,
            KeyConditionExpression="PK = :pk",
            ExpressionAttributeValues={":pk": {"S": "DEC#5"}},
            Limit=2,
            **start,
        )
        pages.append(page["Items"])
        if "LastEvaluatedKey" not in page:
            break
        start = {"ExclusiveStartKey": page["LastEvaluatedKey"]}
    return [*answers, pages]


def test_query_answers_as_motos_own(client: Any) -> None:
    for n in range(10):
        for sk in ("#DECISION", "EVENT#000002", "EVENT#000001", "EVENT#000003"):
            client.put_item(
                TableName=TABLE, Item={"PK": {"S": f"DEC#{n}"}, "SK": {"S": sk}, "n": {"N": str(n)}}
            )
    own = _queries(client)
    assert [i["SK"]["S"] for i in own[0]] == ["#DECISION", "EVENT#000001", "EVENT#000002", "EVENT#000003"]
    assert moto_speedups.install() is True
    assert _queries(client) == own
    assert [len(page) for page in own[3]] == [2, 2]


INDEXED = "index-test"


def _create_indexed(client: Any) -> None:
    client.create_table(
        TableName=INDEXED,
        KeySchema=[{"AttributeName": "PK", "KeyType": "HASH"}, {"AttributeName": "SK", "KeyType": "RANGE"}],
        AttributeDefinitions=[
            {"AttributeName": n, "AttributeType": "S"} for n in ("PK", "SK", "GSI1PK", "GSI1SK")
        ],
        GlobalSecondaryIndexes=[
            {
                "IndexName": "GSI1",
                "KeySchema": [
                    {"AttributeName": "GSI1PK", "KeyType": "HASH"},
                    {"AttributeName": "GSI1SK", "KeyType": "RANGE"},
                ],
                "Projection": {"ProjectionType": "ALL"},
            }
        ],
        BillingMode="PAY_PER_REQUEST",
    )


def _index_queries(client: Any) -> list[Any]:
    """Index queries as the queue and the log send them: a shard forwards and backwards, a range, a
    filter, pages, a count, an empty shard."""
    answers: list[Any] = []
    base = {
        "TableName": INDEXED,
        "IndexName": "GSI1",
        "KeyConditionExpression": "GSI1PK = :pk AND GSI1SK BETWEEN :lo AND :hi",
    }
    for pk, lo, hi, forward, extra in (
        ("QUEUE#03", "0", "~", True, {}),
        ("QUEUE#03", "0", "~", False, {}),
        ("QUEUE#07", "0040", "0090", True, {}),
        ("QUEUE#07", "0", "~", True, {"FilterExpression": "channel = :c"}),
        ("QUEUE#99", "0", "~", True, {}),
    ):
        values = {":pk": {"S": pk}, ":lo": {"S": lo}, ":hi": {"S": hi}}
        if "FilterExpression" in extra:
            values[":c"] = {"S": "x"}
        params = {**base, "ExpressionAttributeValues": values, "ScanIndexForward": forward, **extra}
        answers.append(client.query(**params)["Items"])
        answers.append(client.query(**params, Select="COUNT")["Count"])
        pages, start = [], {}
        while True:
            page = client.query(**params, Limit=3, **start)
            pages.append(page["Items"])
            if "LastEvaluatedKey" not in page:
                break
            start = {"ExclusiveStartKey": page["LastEvaluatedKey"]}
        answers.append(pages)
    return answers


def test_index_queries_answer_as_motos_own(client: Any) -> None:
    _create_indexed(client)
    for n in range(400):
        item = {"PK": {"S": f"DEC#{n:04}"}, "SK": {"S": "#DECISION"}, "channel": {"S": "xy"[n % 2]}}
        if n % 3:  # a sparse index, as the queue is: only some items carry its keys
            item |= {"GSI1PK": {"S": f"QUEUE#{n % 16:02}"}, "GSI1SK": {"S": f"{n:04}#{n}"}}
        client.put_item(TableName=INDEXED, Item=item)
        client.put_item(TableName=INDEXED, Item={"PK": {"S": f"DEC#{n:04}"}, "SK": {"S": "EVENT#000001"}})
    own = _index_queries(client)
    assert own[0] and own[1] == len(own[0]) and own[-3] == [] and own[-2] == 0
    assert moto_speedups.install() is True
    assert _index_queries(client) == own
