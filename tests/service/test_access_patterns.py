"""The decisions table's keys and indexes, one access pattern at a time, each answered by a key
condition on the table or an index created from template.yaml (docs/service-design.md). The
application never scans; these tests query exactly as the later review and report routes will."""

from __future__ import annotations

import hashlib
import os
import re
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from botocore.client import BaseClient

from tests.service.conftest import (
    REPO,
    FakeContext,
    call,
    counter_items,
    decision_event,
    raw_item,
    screen_event,
    template,
)

SHARDS = 16
FLAGGED = {"text": "Text me on 415.555.0199 about the offer.", "channel": "x"}
CLEAN = {"text": "Happy Friday from the whole team!", "channel": "linkedin"}


def _query(dynamodb: Any, index: str | None, condition: str, values: dict[str, str], **kw: Any) -> list[dict]:
    params: dict[str, Any] = {
        "TableName": os.environ["PREFLIGHT_TABLE_NAME"],
        "KeyConditionExpression": condition,
        "ExpressionAttributeValues": {k: {"S": v} for k, v in values.items()},
        **kw,
    }
    if index:
        params["IndexName"] = index
    items: list[dict] = []
    for page in dynamodb.get_paginator("query").paginate(**params):
        items.extend(page["Items"])
    return items


def _ids(items: list[dict]) -> list[str]:
    return [i["decision_id"]["S"] for i in items if "decision_id" in i and i["SK"]["S"] == "#DECISION"]


@pytest.fixture(scope="module")
def screened(screen_handler, dynamodb) -> Iterator[dict[str, Any]]:
    """Two flagged drafts and one clean one by a fresh author, a second apart on a fixed day (so
    that order and day are certain), with the counters before and after."""
    from preflight.api.screen import _service

    ticks = iter(datetime(2031, 3, 4, 12, 0, n, tzinfo=UTC) for n in range(60))
    author = f"author-{uuid.uuid4().hex[:8]}"
    before = counter_items(dynamodb)
    out: dict[str, Any] = {"author": author, "before": before}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_service(), "clock", lambda: next(ticks))
        for name, draft in (("flagged1", FLAGGED), ("clean", CLEAN), ("flagged2", FLAGGED)):
            status, body = call(screen_handler, screen_event({**draft, "author": author}))
            assert status == 200, body
            out[name] = body
            out[f"{name}_item"] = raw_item(dynamodb, f"DEC#{body['decision_id']}", "#DECISION")
    out["after"] = counter_items(dynamodb)
    assert out["flagged1"]["screened_at"] == "2031-03-04T12:00:00.000Z"
    yield out


def _shard(item: dict) -> str:
    match = re.fullmatch(r"DAY#\d{4}-\d{2}-\d{2}#(\d{2})", item["GSI2PK"]["S"])
    assert match, item["GSI2PK"]
    return match.group(1)


@pytest.mark.parametrize("name", ["flagged1", "clean", "flagged2"])
def test_decision_item_keys(screened, name) -> None:
    body, item = screened[name], screened[f"{name}_item"]
    decision_id, at = body["decision_id"], body["screened_at"]
    day = at[:10]
    shard = _shard(item)
    assert 0 <= int(shard) < SHARDS
    assert item["PK"]["S"] == f"DEC#{decision_id}" and item["SK"]["S"] == "#DECISION"
    assert item["GSI2PK"]["S"] == f"DAY#{day}#{shard}"
    assert item["GSI2SK"]["S"] == f"{at}#{decision_id}"
    assert item["GSI3PK"]["S"] == f"AUTHOR#{screened['author']}"
    assert item["GSI3SK"]["S"] == f"{at}#{decision_id}"
    if body["status"] == "pending_review":  # the review queue is sparse: only pending drafts are in it
        assert item["GSI1PK"]["S"] == f"QUEUE#{shard}"
        assert item["GSI1SK"]["S"] == f"{at}#{decision_id}"
    else:
        assert body["status"] == "approved"
        assert "GSI1PK" not in item and "GSI1SK" not in item


def test_shard_comes_from_the_id(screened) -> None:
    from preflight.service.ids import shard_of

    for name in ("flagged1", "clean", "flagged2"):
        assert int(_shard(screened[f"{name}_item"])) == shard_of(screened[name]["decision_id"], SHARDS)


def test_counters_were_added(screened) -> None:
    """Each decision ADDed 1 to total, its decision, status, channel, categories and policy version,
    in its day's shard."""
    expected: dict[str, dict[str, int]] = {}
    for name in ("flagged1", "clean", "flagged2"):
        body, item = screened[name], screened[f"{name}_item"]
        pk = f"COUNT#{body['screened_at'][:10]}#{_shard(item)}"
        names = ["total", f"decision:{body['decision']}", f"status:{body['status']}"]
        names += [f"channel:{item['channel']['S']}"] + [f"category:{c}" for c in body["categories"]]
        names += [f"policy:{body['policy_version']}"]  # the versions in use (issue 10)
        for counter in names:
            expected.setdefault(pk, {}).setdefault(counter, 0)
            expected[pk][counter] += 1
    assert screened["flagged1"]["categories"] == ["pii.phone"]
    before, after = screened["before"], screened["after"]
    delta = {
        pk: {
            k: v - before.get(pk, {}).get(k, 0)
            for k, v in counters.items()
            if v != before.get(pk, {}).get(k, 0)
        }
        for pk, counters in after.items()
    }
    assert {pk: d for pk, d in delta.items() if d} == expected


def test_pattern_2_decision_and_its_events_by_id(screened, dynamodb) -> None:
    decision_id = screened["flagged1"]["decision_id"]
    items = _query(dynamodb, None, "PK = :pk", {":pk": f"DEC#{decision_id}"}, ConsistentRead=True)
    assert [i["SK"]["S"] for i in items] == ["#DECISION"]  # no review events yet
    events = _query(
        dynamodb, None, "PK = :pk AND begins_with(SK, :e)", {":pk": f"DEC#{decision_id}", ":e": "EVENT#"}
    )
    assert events == []


def test_pattern_3_review_queue_oldest_first(screened, dynamodb) -> None:
    first, second = screened["flagged1"], screened["flagged2"]
    lo, hi = first["screened_at"], second["screened_at"] + "~"
    merged: list[dict] = []
    for shard in range(SHARDS):
        merged += _query(
            dynamodb,
            "GSI1",
            "GSI1PK = :pk AND GSI1SK BETWEEN :lo AND :hi",
            {":pk": f"QUEUE#{shard:02d}", ":lo": lo, ":hi": hi},
            ScanIndexForward=True,
        )
    merged.sort(key=lambda i: i["GSI1SK"]["S"])
    ids = _ids(merged)
    assert first["decision_id"] in ids and second["decision_id"] in ids
    assert ids.index(first["decision_id"]) < ids.index(second["decision_id"])
    assert screened["clean"]["decision_id"] not in ids
    assert all(i["status"]["S"] == "pending_review" for i in merged)


def test_pattern_4_time_range_newest_first_with_filters(screened, dynamodb) -> None:
    first, clean, second = screened["flagged1"], screened["clean"], screened["flagged2"]
    day = first["screened_at"][:10]
    lo, hi = first["screened_at"], second["screened_at"] + "~"
    everything: list[dict] = []
    flagged_with_phone: list[dict] = []
    for shard in range(SHARDS):
        keys = {":pk": f"DAY#{day}#{shard:02d}", ":lo": lo, ":hi": hi}
        condition = "GSI2PK = :pk AND GSI2SK BETWEEN :lo AND :hi"
        page = _query(dynamodb, "GSI2", condition, keys, ScanIndexForward=False)
        sks = [i["GSI2SK"]["S"] for i in page]
        assert sks == sorted(sks, reverse=True)  # newest first within a shard
        everything += page
        flagged_with_phone += _query(
            dynamodb,
            "GSI2",
            condition,
            {**keys, ":d": "flag", ":c": "pii.phone"},
            ScanIndexForward=False,
            FilterExpression="decision = :d AND contains(categories, :c)",
        )
    ids = _ids(sorted(everything, key=lambda i: i["GSI2SK"]["S"], reverse=True))
    ours = [i for i in ids if i in {first["decision_id"], clean["decision_id"], second["decision_id"]}]
    assert ours == [second["decision_id"], clean["decision_id"], first["decision_id"]]
    filtered = set(_ids(flagged_with_phone))
    assert {first["decision_id"], second["decision_id"]} <= filtered
    assert clean["decision_id"] not in filtered


def test_pattern_5_one_authors_decisions(screened, dynamodb) -> None:
    first, second = screened["flagged1"], screened["flagged2"]
    items = _query(
        dynamodb,
        "GSI3",
        "GSI3PK = :pk AND GSI3SK BETWEEN :lo AND :hi",
        {
            ":pk": f"AUTHOR#{screened['author']}",
            ":lo": first["screened_at"],
            ":hi": second["screened_at"] + "~",
        },
        ScanIndexForward=False,
    )
    assert _ids(items) == [second["decision_id"], screened["clean"]["decision_id"], first["decision_id"]]
    other = _query(dynamodb, "GSI3", "GSI3PK = :pk", {":pk": "AUTHOR#nobody-wrote-this"})
    assert other == []


def test_pattern_7_per_day_counts(screened, dynamodb) -> None:
    day = screened["flagged1"]["screened_at"][:10]
    totals = {}
    for shard in range(SHARDS):
        item = raw_item(dynamodb, f"COUNT#{day}#{shard:02d}", "#COUNTS")
        totals[shard] = int(item["total"]["N"]) if item else 0
    assert sum(totals.values()) == 3  # the fixed day holds only this module's three decisions


def test_guard_item(screen_handler, dynamodb) -> None:
    client, key = f"client-{uuid.uuid4().hex[:8]}", f"key-{uuid.uuid4()}"
    status, body = call(screen_handler, screen_event({**CLEAN, "author": "g"}, client_id=client, key=key))
    assert status == 200, body
    digest = hashlib.sha256(key.encode()).hexdigest()
    guard = raw_item(dynamodb, f"GUARD#{client}#{digest}", "#GUARD")
    assert guard is not None
    assert guard["decision_id"]["S"] == body["decision_id"]
    assert key not in str(guard)  # the client's key is stored hashed
    assert not any(k.startswith("GSI") for k in guard)  # in no index


def test_template_declares_the_indexes() -> None:
    props = template()["Resources"]["DecisionsTable"]["Properties"]
    assert {(k["AttributeName"], k["KeyType"]) for k in props["KeySchema"]} == {
        ("PK", "HASH"),
        ("SK", "RANGE"),
    }
    indexes = {
        g["IndexName"]: (
            {(k["AttributeName"], k["KeyType"]) for k in g["KeySchema"]},
            g["Projection"]["ProjectionType"],
        )
        for g in props["GlobalSecondaryIndexes"]
    }
    assert indexes == {
        f"GSI{n}": ({(f"GSI{n}PK", "HASH"), (f"GSI{n}SK", "RANGE")}, "INCLUDE") for n in (1, 2, 3)
    }


def test_indexes_project_what_the_lists_read_and_nothing_sealed() -> None:
    """The lists answer from the indexes alone (views and filters); the original and the
    fingerprint stay in the table; DynamoDB allows 100 projected attributes over all indexes."""
    from preflight.service.views import PUBLIC_FIELDS

    projected = {
        g["IndexName"]: set(g["Projection"]["NonKeyAttributes"])
        for g in template()["Resources"]["DecisionsTable"]["Properties"]["GlobalSecondaryIndexes"]
    }
    filters = {"decision", "status", "channel", "categories", "reviewed_by", "policy_version"}
    event_fields = {"seq", "type", "actor", "at", "action", "note", "previous_status", "new_status"}
    for name, attributes in projected.items():
        assert set(PUBLIC_FIELDS) | filters <= attributes, name
        assert not attributes & {"original", "text_fingerprint", "request_id"}, name
    assert event_fields | {"prev_hash", "event_hash"} <= projected["GSI3"]
    assert sum(len(a) for a in projected.values()) <= 100


def test_lists_read_from_the_index_alone(screen_handler) -> None:
    """What a GSI2 query returns is all a list shows: no read of the table per item."""
    from preflight.api.audit import _log
    from preflight.store.dynamodb import IndexQuery

    status, body = call(screen_handler, screen_event({**FLAGGED, "author": "projection"}))
    assert status == 200
    day = body["screened_at"][:10]
    query = IndexQuery("GSI3", "AUTHOR#projection", day, day + "~", False)
    items, _ = _log().store.query_index(query, 10)
    (item,) = [i for i in items if i["decision_id"] == body["decision_id"]]
    assert "original" not in item and "text_fingerprint" not in item
    from preflight.service.views import decision_view

    assert decision_view(item) == body


def test_no_scan_in_the_application(screen_handler, decision_handler, monkeypatch) -> None:
    """At run time: a screening (with and without a key, and its replay) and a read make no Scan."""
    operations: list[tuple[str, str]] = []
    real = BaseClient._make_api_call

    def spy(self: BaseClient, operation: str, params: dict[str, Any]) -> Any:
        operations.append((self.meta.service_model.service_name, operation))
        return real(self, operation, params)

    monkeypatch.setattr(BaseClient, "_make_api_call", spy)
    key = str(uuid.uuid4())
    status, body = call(screen_handler, screen_event({**FLAGGED, "author": "s"}))
    assert status == 200
    for _ in range(2):
        assert call(screen_handler, screen_event({**FLAGGED, "author": "s"}, key=key))[0] == 200
    assert (
        decision_handler(decision_event(body["decision_id"], role="audit"), FakeContext())["statusCode"]
        == 200
    )
    assert ("dynamodb", "TransactWriteItems") in operations
    assert not [op for op in operations if op[1] in {"Scan", "ParallelScan"}], operations


@pytest.mark.parametrize("package", ["api", "service", "store"])
def test_no_scan_in_the_source(package: str) -> None:
    root = REPO / "layers" / "preflight" / "preflight" / package
    for path in Path(root).rglob("*.py"):
        source = path.read_text()
        assert not re.search(r"\.scan\(|\"Scan\"|paginator\(\s*[\"']scan", source), path
