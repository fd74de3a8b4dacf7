"""preflight audit verify|rearchive: the table against the archive. Decisions come from the real
screening handler; history events follow the design's data contract (seq, prev_hash, event_hash)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from preflight.service.archive import archive_object
from preflight_tools.cli.main import main

from tests.archive.conftest import (
    Archive,
    Window,
    add_event,
    archive_all,
    bodies,
    partition,
    rewrite,
    screen,
    table_name,
)
from tests.forgery import other_key_mac, plain_sha256


def archive_s3() -> Any:
    import boto3

    return boto3.client("s3")


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


# --- issue 9: the history must not be rewritable by whoever can write the table ---


def _audit_key_mac(kind: str, body: dict[str, Any]) -> str:
    """A MAC under the audit key itself: an insider who may also GenerateMac."""
    from tests.archive.conftest import audit_mac

    return audit_mac().sign(kind, body)


@pytest.mark.parametrize("hasher", [plain_sha256, other_key_mac], ids=["sha256", "other-key"])
def test_an_event_rewritten_with_recomputed_hashes_is_altered_and_breaks_the_chain(
    hasher: Any, dynamodb: Any, archive: Archive, log: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    # The reviewer's verdict rewritten, every hash after it recomputed, and the stream archives the
    # new versions beside the first ones.
    rewrite(dynamodb, log["reviewed"], {"EVENT#000001": {"note": "rejected, call legal"}}, hasher)
    archive_all(archive, dynamodb, [log["reviewed"]])
    code, report = verify(archive, log["start"], log["end"], capsys)
    assert code == 1
    problems = [(p["kind"], p["sk"]) for p in report["problems"] if p["decision_id"] == log["reviewed"]]
    assert ("altered", "EVENT#000001") in problems and ("altered", "EVENT#000002") in problems
    assert ("chain_break", None) in problems  # the MAC does not verify under the audit key
    assert any("event 1: event_hash" in p["detail"] for p in report["problems"])
    assert {p["decision_id"] for p in report["problems"]} == {log["reviewed"]}


def test_the_first_archived_version_catches_even_a_rewrite_under_the_audit_key(
    dynamodb: Any, archive: Archive, log: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whoever could also generate MACs gets a chain that verifies, but not a second archive."""
    rewrite(dynamodb, log["reviewed"], {"EVENT#000001": {"actor": "mallory"}}, _audit_key_mac)
    archive_all(archive, dynamodb, [log["reviewed"]])
    code, report = verify(archive, log["start"], log["end"], capsys)
    assert code == 1
    assert kinds(report) == [("altered", "EVENT#000001"), ("altered", "EVENT#000002")]
    assert all("2 different versions are archived" in p["detail"] for p in report["problems"])


@pytest.mark.parametrize(
    ("field", "value"), [("redacted_text", "Call me at the office"), ("author", "someone-else")]
)
def test_a_decision_rewritten_with_a_recomputed_record_hash_is_altered(
    field: str, value: str, dynamodb: Any, archive: Archive, log: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    rewrite(dynamodb, log["pending"], {"#DECISION": {field: value}}, plain_sha256)
    archive_all(archive, dynamodb, [log["pending"]])
    code, report = verify(archive, log["start"], log["end"], capsys)
    assert code == 1
    assert kinds(report) == [("altered", "#DECISION"), ("chain_break", "#DECISION")]
    altered = next(p for p in report["problems"] if p["kind"] == "altered")
    assert "immutable fields changed since the first archived version" in altered["detail"]
    assert field in altered["detail"] and "record_hash" in altered["detail"]


def test_an_event_archived_twice_with_different_content_is_altered(
    dynamodb: Any, archive: Archive, log: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    """The table still holds the first version: the second archived one is a rewrite all the same."""
    (image,) = [i for i in partition(dynamodb, log["reviewed"]) if i["SK"]["S"] == "EVENT#000002"]
    archive.service.archive(image | {"actor": {"S": "someone-else"}})
    code, report = verify(archive, log["start"], log["end"], capsys)
    assert code == 1
    assert kinds(report) == [("altered", "EVENT#000002")]


def test_a_legitimate_review_archives_a_second_decision_version_that_verifies(
    screen_handler: Any, dynamodb: Any, archive: Archive, capsys: pytest.CaptureFixture[str]
) -> None:
    window = Window()
    flagged = screen(screen_handler, "Mail me at jane.doe@gmail.com for the deck")
    archive_all(archive, dynamodb, [flagged])
    add_event(dynamodb, flagged, "review", "rita", action="reject", note="no personal e-mail")
    start, end = window.close()
    assert archive_all(archive, dynamodb, [flagged]) == 2  # the decision's new status, the event
    assert len([k for k in bodies(archive_s3(), archive.name) if "/DECISION/" in k]) == 2
    capsys.readouterr()  # the screening's log and metrics lines
    code, report = verify(archive, start, end, capsys)
    assert (code, report["problems"]) == (0, [])


def test_verify_without_the_audit_key_is_refused(
    archive: Archive, log: dict, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("PREFLIGHT_AUDIT_MAC_KEY_ID")
    from preflight.settings import get_settings

    get_settings.cache_clear()
    try:
        args = ["audit", "verify", "--from", log["start"], "--to", log["end"], "--bucket", archive.name]
        assert main(args) == 2
        assert "PREFLIGHT_AUDIT_MAC_KEY_ID" in capsys.readouterr().err
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()


def test_verify_under_another_key_passes_no_hash(
    archive: Archive, log: dict, capsys: pytest.CaptureFixture[str]
) -> None:
    import boto3

    made = boto3.client("kms").create_key(KeySpec="HMAC_256", KeyUsage="GENERATE_VERIFY_MAC")
    args = ["audit", "verify", "--from", log["start"], "--to", log["end"], "--bucket", archive.name]
    assert main([*args, "--mac-key", made["KeyMetadata"]["Arn"], "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    # Three record hashes and two event hashes, each made with a key other than the one given.
    assert report["counts"]["chain_break"] == 5
    assert all("not the audit key" in p["detail"] for p in report["problems"])
