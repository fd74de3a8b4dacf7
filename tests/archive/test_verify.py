"""preflight audit verify|rearchive: the table against the archive. Decisions come from the real
screening handler; history events follow the design's data contract (seq, prev_hash, event_hash)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from preflight.cli.main import main
from preflight.service.archive import archive_object

from tests.archive.conftest import (
    Archive,
    Window,
    add_event,
    archive_all,
    bodies,
    partition,
    screen,
    table_name,
)


def verify(archive: Archive, start: str, end: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    code = main(["audit", "verify", "--from", start, "--to", end, "--bucket", archive.name, "--json"])
    return code, json.loads(capsys.readouterr().out)


def kinds(report: dict) -> list[tuple[str, str | None]]:
    return sorted((p["kind"], p["sk"]) for p in report["problems"])


@pytest.fixture
def log(screen_handler: Any, dynamodb: Any, archive: Archive) -> dict[str, Any]:
    """Three decisions in a window of their own: one approved, one flagged then reviewed (with an
    original read after), one flagged and pending; everything archived."""
    window = Window()
    clean = screen(screen_handler, "Happy Friday from the whole team!")
    reviewed = screen(screen_handler, "Call me at 415.555.0199, the pricing is under NDA until Monday!")
    pending = screen(screen_handler, "Mail me at jane.doe@gmail.com for the deck")
    add_event(dynamodb, reviewed, "review", "rita", action="approve", note="published line, fine")
    add_event(dynamodb, reviewed, "original_read", "audrey")
    start, end = window.close()
    archive_all(archive, dynamodb, [clean, reviewed, pending])
    return {"start": start, "end": end, "clean": clean, "reviewed": reviewed, "pending": pending}


def test_a_faithful_archive_verifies(log: dict, archive: Archive, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = verify(archive, log["start"], log["end"], capsys)
    assert (code, report["ok"], report["problems"]) == (0, True, [])
    assert (report["decisions"], report["events"], report["objects"]) == (3, 2, 5)
    # The human-readable summary says the same.
    args = ["audit", "verify", "--from", log["start"], "--to", log["end"], "--bucket", archive.name]
    assert main(args) == 0
    assert "OK" in capsys.readouterr().out


def test_a_missing_record_is_reported(
    screen_handler: Any, dynamodb: Any, archive: Archive, log: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    # A review the stream never delivered: the event and the decision's new status are not archived.
    add_event(dynamodb, log["pending"], "review", "rita", action="reject", note="no personal e-mail")
    code, report = verify(archive, log["start"], log["end"], capsys)
    assert code == 1
    assert kinds(report) == [("altered", "#DECISION"), ("missing", "EVENT#000001")]
    assert {p["decision_id"] for p in report["problems"]} == {log["pending"]}
    # Re-archiving from the table files them; a second run writes nothing; then it verifies.
    rearchive = ["audit", "rearchive", "--from", log["start"], "--to", log["end"], "--bucket", archive.name]
    assert main([*rearchive, "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert (first["written"], first["already_archived"]) == (2, 4)
    assert main([*rearchive, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["written"] == 0
    assert verify(archive, log["start"], log["end"], capsys)[0] == 0


def test_a_table_item_changed_after_archiving_is_altered(
    dynamodb: Any, archive: Archive, log: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    dynamodb.update_item(
        TableName=table_name(),
        Key={"PK": {"S": f"DEC#{log['clean']}"}, "SK": {"S": "#DECISION"}},
        UpdateExpression="SET redacted_text = :t",
        ExpressionAttributeValues={":t": {"S": "Something else entirely"}},
    )
    code, report = verify(archive, log["start"], log["end"], capsys)
    assert code == 1
    # Against the archive, and against its own record_hash.
    assert kinds(report) == [("altered", "#DECISION"), ("chain_break", "#DECISION")]


def test_a_tampered_archive_object_is_altered(
    s3: Any, dynamodb: Any, archive: Archive, log: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    (image,) = partition(dynamodb, log["clean"])
    key = archive_object(image).key
    forged = bodies(s3, archive.name)[key].replace(b"Happy Friday", b"Happy Monday")
    # Object Lock keeps the original version; a new current version can still be put over it.
    s3.put_object(Bucket=archive.name, Key=key, Body=forged, ChecksumAlgorithm="SHA256")
    assert len(s3.list_object_versions(Bucket=archive.name, Prefix=key)["Versions"]) == 2
    code, report = verify(archive, log["start"], log["end"], capsys)
    assert code == 1
    assert ("altered", "#DECISION") in kinds(report)
    assert any("does not hash to its key" in p["detail"] for p in report["problems"])


def _swap_events(dynamodb: Any, decision_id: str) -> None:
    """Re-order the history: each event's content stored under the other's sequence key."""
    events = [i for i in partition(dynamodb, decision_id) if i["SK"]["S"].startswith("EVENT#")]
    first, second = events
    for item, sk in ((first, second["SK"]), (second, first["SK"])):
        dynamodb.put_item(TableName=table_name(), Item={**item, "SK": sk})


def _remove_first_event(dynamodb: Any, decision_id: str) -> None:
    dynamodb.delete_item(
        TableName=table_name(), Key={"PK": {"S": f"DEC#{decision_id}"}, "SK": {"S": "EVENT#000001"}}
    )


@pytest.mark.parametrize("tamper", [_swap_events, _remove_first_event])
def test_a_reordered_or_removed_event_breaks_the_chain(
    tamper: Any, dynamodb: Any, archive: Archive, log: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(dynamodb, log["reviewed"])
    code, report = verify(archive, log["start"], log["end"], capsys)
    assert code == 1
    found = {p["kind"] for p in report["problems"] if p["decision_id"] == log["reviewed"]}
    assert "chain_break" in found
    if tamper is _remove_first_event:
        assert ("not_in_table", "EVENT#000001") in kinds(report)
    else:
        assert ("altered", "EVENT#000001") in kinds(report) and ("altered", "EVENT#000002") in kinds(report)


def test_a_decision_deleted_from_the_table_is_reported(
    dynamodb: Any, archive: Archive, log: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    dynamodb.delete_item(
        TableName=table_name(), Key={"PK": {"S": f"DEC#{log['pending']}"}, "SK": {"S": "#DECISION"}}
    )
    code, report = verify(archive, log["start"], log["end"], capsys)
    assert code == 1
    assert kinds(report) == [("not_in_table", "#DECISION")]


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "yesterday", "--to", "2026-01-02"],
        ["--from", "2026-01-02", "--to", "2026-01-01"],
        ["--from", "2024-01-01", "--to", "2026-01-01"],
    ],
)
def test_bad_input_exits_2(args: list[str], archive: Archive, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "verify", *args, "--bucket", archive.name]) == 2
    assert "preflight audit verify:" in capsys.readouterr().err


def test_no_bucket_exits_2(
    archive_aws: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("PREFLIGHT_ARCHIVE_BUCKET", raising=False)
    from preflight.settings import get_settings

    get_settings.cache_clear()
    assert main(["audit", "verify", "--from", "2026-01-01", "--to", "2026-01-02"]) == 2
    assert "PREFLIGHT_ARCHIVE_BUCKET" in capsys.readouterr().err
