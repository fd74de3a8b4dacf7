"""``preflight audit verify|rearchive --from --to``: the decision log against its archive.

Both read the table and the bucket directly with the caller's AWS credentials (``--table``/``--bucket``
or PREFLIGHT_TABLE_NAME/PREFLIGHT_ARCHIVE_BUCKET); verify also checks every record and event MAC
with kms:VerifyMac on the audit key (``--mac-key`` or PREFLIGHT_AUDIT_MAC_KEY_ID). Exit status: 0
clean (verify) or done (rearchive), 1 something is wrong (verify: any problem; rearchive: an item it
could not file), 2 bad input, or the table, the bucket or the key could not be used.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta
from typing import Any

from preflight.service import times
from preflight.service.archive_audit import PROBLEM_KINDS, ArchiveAudit, RangeReport
from preflight.service.integrity import LogMac
from preflight.settings import Settings
from preflight.store.archive import ArchiveBucket, ArchiveUnavailable, DecisionLogItems
from preflight.store.errors import StoreUnavailable

from preflight_tools.cli.common import EXIT_BAD_INPUT, EXIT_FOUND, EXIT_OK

EXIT_WRONG = EXIT_FOUND  # verify found a problem, or rearchive could not file an item
MAX_RANGE = timedelta(days=366)


class BadInput(ValueError):
    pass


def parse_instant(text: str, option: str, *, round_up: bool = False) -> datetime:
    """ISO 8601, read as the API reads it (preflight.service.times). ``round_up``: to the next
    millisecond (the log's resolution), so an exclusive end never drops the millisecond it is in."""
    try:
        moment = times.parse_instant(text, option)
    except times.InvalidQuery as exc:
        raise BadInput(f"{option}: not an ISO 8601 date or time: {text!r}") from exc
    if round_up and moment.microsecond % 1000:
        moment += timedelta(microseconds=1000 - moment.microsecond % 1000)
    return moment


def _parse(
    args: argparse.Namespace, settings: Settings, action: str
) -> tuple[datetime, datetime, ArchiveAudit]:
    start = parse_instant(args.start, "--from")
    end = parse_instant(args.end, "--to", round_up=True)
    if end <= start:
        raise BadInput("--to must be after --from")
    # The cost is a Query per day and shard plus a listing per day: bound it, as the API bounds lists.
    if end - start > MAX_RANGE:
        raise BadInput(f"the range is longer than {MAX_RANGE.days} days; verify it in parts")
    table = (args.table or settings.table_name).strip()
    bucket = (args.bucket or settings.archive_bucket).strip()
    if not bucket:
        raise BadInput("no archive bucket: pass --bucket or set PREFLIGHT_ARCHIVE_BUCKET")
    mac = None
    if action == "verify":
        mac_key = (getattr(args, "mac_key", None) or settings.audit_mac_key_id).strip()
        if not mac_key:
            raise BadInput("no audit MAC key: pass --mac-key or set PREFLIGHT_AUDIT_MAC_KEY_ID")
        mac = LogMac(mac_key)
    audit = ArchiveAudit(
        DecisionLogItems(table), ArchiveBucket(bucket, settings.archive_key_id), settings.shards, mac
    )
    return start, end, audit


def _summary(report: RangeReport, action: str) -> str:
    lines = [f"{action} {report.start} .. {report.end} (to exclusive)"]
    if action == "verify":
        table = f"{report.decisions} decisions, {report.events} events"
        lines.append(f"  table: {table}; archive: {report.objects} objects")
        counts = report.counts()
        lines.append("  " + ", ".join(f"{kind.replace('_', ' ')} {counts[kind]}" for kind in PROBLEM_KINDS))
    else:
        lines.append(
            f"  {report.objects} items ({report.decisions} decisions, {report.events} events): "
            f"{report.written} written, {report.already} already archived"
        )
    for problem in report.problems:
        where = " ".join(x for x in (problem.decision_id, problem.sk or "") if x)
        lines.append(f"  {problem.kind}: {where}: {problem.detail}")
    lines.append("  OK" if report.ok else f"  {len(report.problems)} problem(s)")
    return "\n".join(lines)


def _as_json(report: RangeReport, action: str) -> dict[str, Any]:
    return {
        "action": action,
        "from": report.start,
        "to": report.end,
        "ok": report.ok,
        "decisions": report.decisions,
        "events": report.events,
        "objects": report.objects,
        **({"written": report.written, "already_archived": report.already} if action == "rearchive" else {}),
        "counts": report.counts(),
        "problems": [p.to_dict() for p in report.problems],
    }


def _run(args: argparse.Namespace, settings: Settings, action: str) -> int:
    try:
        start, end, audit = _parse(args, settings, action)
        report = audit.verify(start, end) if action == "verify" else audit.rearchive(start, end)
    except BadInput as exc:
        print(f"preflight audit {action}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (ArchiveUnavailable, StoreUnavailable) as exc:  # no report vouches for what was not checked
        print(f"preflight audit {action}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if getattr(args, "json", False):
        print(json.dumps(_as_json(report, action), indent=2))
    else:
        print(_summary(report, action))
    return EXIT_OK if report.ok else EXIT_WRONG


def run_verify(args: argparse.Namespace, settings: Settings) -> int:
    return _run(args, settings, "verify")


def run_rearchive(args: argparse.Namespace, settings: Settings) -> int:
    return _run(args, settings, "rearchive")
