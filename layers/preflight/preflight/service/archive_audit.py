"""``preflight audit verify|rearchive``: the decision log compared with its archive over a time range.

Kept apart from preflight.service.archive so that the archive function does not import the
screening service (and its engine) just to copy stream records.

What verify reports (``Problem.kind``):

- ``missing``: a table item (decision or event) of which no version is archived;
- ``altered``: a table item whose current content matches none of its archived versions, or an
  archived object whose body does not hash to the SHA-256 in its key;
- ``not_in_table``: an archived item that is no longer in the table;
- ``chain_break``: the decision's ``record_hash`` does not match its immutable fields, or its
  history does not verify (preflight.service.chain.verify_chain);
- ``unexpected_object``: an object under ``v1/<day>/`` whose key the archive does not write.

Several archived versions of one item are normal (a review changes the decision's status and the
stream archives the new image); the table's current version must be among them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from boto3.dynamodb.types import TypeDeserializer

from preflight.service.archive import (
    DECISION_PREFIX,
    ArchiveService,
    NotArchivable,
    archive_object,
    day_prefix,
    parse_key,
    sk_part,
)
from preflight.service.chain import verify_chain
from preflight.service.ids import decision_day, decision_time
from preflight.service.records import record_hash
from preflight.service.times import days_between, timestamp
from preflight.service.views import plain
from preflight.store import keys
from preflight.store.archive import ArchiveBucket, DecisionLogItems

EVENT_PREFIX = "EVENT#"
_deserializer = TypeDeserializer()

PROBLEM_KINDS = ("missing", "altered", "not_in_table", "chain_break", "unexpected_object")


@dataclass(frozen=True)
class Problem:
    """One thing wrong: ``kind`` is one of PROBLEM_KINDS; ``sk`` names the item (None: the decision)."""

    kind: str
    decision_id: str
    sk: str | None
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "decision_id": self.decision_id, "sk": self.sk, "detail": self.detail}


@dataclass
class RangeReport:
    start: str
    end: str
    decisions: int = 0
    events: int = 0
    objects: int = 0
    written: int = 0
    already: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        return {kind: sum(1 for p in self.problems if p.kind == kind) for kind in PROBLEM_KINDS}


def plain_item(image: Mapping[str, Any]) -> dict[str, Any]:
    return {k: plain(_deserializer.deserialize(v)) for k, v in image.items()}


@dataclass
class _Archived:
    """What the archive holds for one item: its sort key and the hashes of its archived versions."""

    sk: str
    hashes: set[str] = field(default_factory=set)


class ArchiveAudit:
    """Compares the decision log with the archive over a time range, and re-archives it.

    The table side is read by the documented access patterns only: GSI2 per day and shard for the
    decisions screened in the range, then each decision's partition (the decision and its events).
    The archive side is every object under ``v1/<day>/`` for the days the range touches, restricted
    to decisions whose id (its time) falls in the range."""

    def __init__(self, items: DecisionLogItems, bucket: ArchiveBucket, shards: int) -> None:
        self.items = items
        self.bucket = bucket
        self.service = ArchiveService(bucket)
        self.shards = shards

    def _decision_ids(self, start: datetime, end: datetime) -> list[str]:
        ids: dict[str, None] = {}  # ordered and unique
        for day in days_between(start, end):
            for shard in range(self.shards):
                for item in self.items.decisions_in_range(day, shard, timestamp(start), timestamp(end)):
                    ids[item["PK"]["S"][len(DECISION_PREFIX) :]] = None
        return list(ids)

    def verify(self, start: datetime, end: datetime) -> RangeReport:
        report = RangeReport(timestamp(start), timestamp(end))
        # decision id -> sk part -> what is archived (several versions are normal: reviews).
        archived: dict[str, dict[str, _Archived]] = {}
        for day in days_between(start, end):
            for key in self.bucket.list_keys(day_prefix(day)):
                self._check_object(key, day, start, end, archived, report)
        # Decisions in the table, then those only the archive knows (deleted from the table).
        decision_ids = self._decision_ids(start, end)
        decision_ids += sorted(set(archived) - set(decision_ids))
        for decision_id in decision_ids:
            self._check_decision(decision_id, archived.get(decision_id, {}), report)
        return report

    def _check_object(
        self,
        key: str,
        day: str,
        start: datetime,
        end: datetime,
        archived: dict[str, dict[str, _Archived]],
        report: RangeReport,
    ) -> None:
        parsed = parse_key(key)
        try:
            moment = decision_time(parsed.decision_id) if parsed is not None else None
        except ValueError:
            moment = None
        if parsed is None or moment is None or parsed.day != day or decision_day(parsed.decision_id) != day:
            report.problems.append(
                Problem("unexpected_object", "", None, f"{key}: not a key the archive writes")
            )
            return
        if not start <= moment < end:
            return  # the same day, outside the range asked for
        report.objects += 1
        body = self.bucket.get_body(key)
        sk: str | None = None
        try:
            image = json.loads(body)
            sk = image["SK"]["S"]
            rebuilt = archive_object(image)
        except (ValueError, KeyError, TypeError):  # NotArchivable is a ValueError
            rebuilt = None
        # The body must hash to the key's SHA-256 and be the canonical form of an item filed there.
        if rebuilt is None or hashlib.sha256(body).hexdigest() != parsed.sha256 or rebuilt.key != key:
            detail = f"{key}: the object's body does not hash to its key"
            report.problems.append(Problem("altered", parsed.decision_id, sk, detail))
            return  # a tampered object vouches for nothing
        entry = archived.setdefault(parsed.decision_id, {}).setdefault(parsed.sk_part, _Archived(rebuilt.sk))
        entry.hashes.add(parsed.sha256)

    def _check_decision(self, decision_id: str, archived: dict[str, _Archived], report: RangeReport) -> None:
        in_table: set[str] = set()
        decision: dict[str, Any] | None = None
        events: list[dict[str, Any]] = []
        for image in self.items.partition(decision_id):
            try:
                obj = archive_object(image)
            except NotArchivable as exc:
                report.problems.append(Problem("unexpected_object", decision_id, None, f"table item: {exc}"))
                continue
            part = sk_part(obj.sk)
            in_table.add(part)
            versions = archived[part].hashes if part in archived else set()
            if obj.sha256 not in versions:
                if versions:
                    detail = "the table's item matches none of its archived versions"
                    report.problems.append(Problem("altered", decision_id, obj.sk, detail))
                else:
                    report.problems.append(Problem("missing", decision_id, obj.sk, "not in the archive"))
            if obj.sk == keys.DECISION_SK:
                decision = plain_item(image)
                report.decisions += 1
            elif obj.sk.startswith(EVENT_PREFIX):
                events.append(plain_item(image))
                report.events += 1
        for part in sorted(set(archived) - in_table):
            report.problems.append(
                Problem("not_in_table", decision_id, archived[part].sk, "archived, but not in the table")
            )
        if decision is None:
            if events:
                report.problems.append(Problem("chain_break", decision_id, None, "events without a decision"))
            return
        if record_hash(decision) != decision.get("record_hash"):
            detail = "record_hash does not match the decision's immutable fields"
            report.problems.append(Problem("chain_break", decision_id, keys.DECISION_SK, detail))
        # The partition comes back in SK order, which is sequence order (EVENT#<6 digits>).
        for problem in verify_chain(decision, events):
            report.problems.append(Problem("chain_break", decision_id, None, problem))

    def rearchive(self, start: datetime, end: datetime) -> RangeReport:
        """Write every item of the range's decisions (decisions and events); existing objects stay."""
        report = RangeReport(timestamp(start), timestamp(end))
        for decision_id in self._decision_ids(start, end):
            for image in self.items.partition(decision_id):
                try:
                    obj, written = self.service.archive(image)
                except NotArchivable as exc:
                    report.problems.append(
                        Problem("unexpected_object", decision_id, None, f"table item: {exc}")
                    )
                    continue
                report.objects += 1
                report.decisions += obj.sk == keys.DECISION_SK
                report.events += obj.sk.startswith(EVENT_PREFIX)
                if written:
                    report.written += 1
                else:
                    report.already += 1
        return report
