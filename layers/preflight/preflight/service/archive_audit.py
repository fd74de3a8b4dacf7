"""``preflight audit verify|rearchive``: the decision log compared with its archive over a time range.

Kept apart from preflight.service.archive so that the archive function does not import the
screening service (and its engine) just to copy stream records.

What verify reports (``Problem.kind``):

- ``missing``: a table item (decision or event) of which no version is archived;
- ``altered``: a table item whose current content matches none of its archived versions; an event
  (append-only) archived in more than one version; a decision whose immutable fields (or its
  ``record_hash``) differ between its first archived version and a later one or the table's item;
  or an archived object (any version of it) whose body does not hash to the SHA-256 in its key;
- ``not_in_table``: an archived item that is no longer in the table;
- ``chain_break``: the decision's ``record_hash`` is not the MAC of its immutable fields under the
  audit key, or its history does not verify (preflight.service.chain.verify_chain): a hash
  recomputed without the key fails here;
- ``unexpected_object``: an object under ``v1/<day>/`` whose key the archive does not write.

Several archived versions of a decision are normal (a review changes its status and the stream
archives the new image); the table's current version must be among them, and all of them must agree
with the first on what screening fixed. An event is written once, so it has one version. Whoever can
write the table can make the stream archive a rewritten item beside the original, never remove the
original (Object Lock): the first version is the one S3 stored first (the earliest ``LastModified``
of the object's versions, which S3 sets and the lock keeps). The comparison itself does not depend
on the order (every version must agree with the first); the order only says which one the report
calls the original.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

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
from preflight.service.integrity import LogMac
from preflight.service.records import IMMUTABLE_FIELDS, record_problem
from preflight.service.times import days_between, timestamp
from preflight.store import keys
from preflight.store.archive import ArchiveBucket, DecisionLogItems, StoredVersion
from preflight.store.dynamodb import plain_item

EVENT_PREFIX = "EVENT#"

PROBLEM_KINDS = ("missing", "altered", "not_in_table", "chain_break", "unexpected_object")
# What no later version of a decision may change: what screening fixed, and its MAC.
FIXED_FIELDS = (*IMMUTABLE_FIELDS, "record_hash")


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


@dataclass
class _Version:
    """One archived version of an item: when S3 first stored it, and its content."""

    first_stored: datetime
    item: dict[str, Any]


@dataclass
class _Archived:
    """What the archive holds for one item: its sort key and its versions by body SHA-256."""

    sk: str
    versions: dict[str, _Version] = field(default_factory=dict)

    @property
    def hashes(self) -> set[str]:
        return set(self.versions)

    def in_order(self) -> list[tuple[str, _Version]]:
        """Oldest first; the SHA-256 orders versions stored in the same instant (deterministic)."""
        return sorted(self.versions.items(), key=lambda kv: (kv[1].first_stored, kv[0]))


class ArchiveAudit:
    """Compares the decision log with the archive over a time range, and re-archives it.

    The table side is read by the documented access patterns only: GSI2 per day and shard for the
    decisions screened in the range, then each decision's partition (the decision and its events).
    The archive side is every object under ``v1/<day>/`` for the days the range touches, restricted
    to decisions whose id (its time) falls in the range."""

    def __init__(
        self, items: DecisionLogItems, bucket: ArchiveBucket, shards: int, mac: LogMac | None = None
    ) -> None:
        """``mac``: the audit key, to verify record and event MACs (verify needs it; rearchive not)."""
        self.items = items
        self.bucket = bucket
        self.service = ArchiveService(bucket)
        self.shards = shards
        self.mac = mac

    def _decision_ids(self, start: datetime, end: datetime) -> list[str]:
        ids: dict[str, None] = {}  # ordered and unique
        for day in days_between(start, end):
            for shard in range(self.shards):
                for item in self.items.decisions_in_range(day, shard, timestamp(start), timestamp(end)):
                    ids[item["PK"]["S"][len(DECISION_PREFIX) :]] = None
        return list(ids)

    def verify(self, start: datetime, end: datetime) -> RangeReport:
        """StoreUnavailable when KMS cannot verify a MAC, ArchiveUnavailable when S3 or the table
        cannot be read: no report then, rather than one that vouches for what was not checked."""
        mac = self.mac
        if mac is None:
            raise ValueError("verify needs the audit MAC key")
        report = RangeReport(timestamp(start), timestamp(end))
        # decision id -> sk part -> what is archived (several versions are normal: reviews).
        archived: dict[str, dict[str, _Archived]] = {}
        for day in days_between(start, end):
            stored: dict[str, list[StoredVersion]] = {}  # key -> its S3 versions, in key order
            for version in self.bucket.list_versions(day_prefix(day)):
                stored.setdefault(version.key, []).append(version)
            for key, versions in stored.items():
                self._check_object(key, versions, day, start, end, archived, report)
        # Decisions in the table, then those only the archive knows (deleted from the table).
        decision_ids = self._decision_ids(start, end)
        decision_ids += sorted(set(archived) - set(decision_ids))
        for decision_id in decision_ids:
            self._check_decision(decision_id, archived.get(decision_id, {}), report, mac)
        return report

    def _check_object(
        self,
        key: str,
        versions: list[StoredVersion],
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
        sk: str | None = None
        image: dict[str, Any] = {}
        for version in versions:  # one, unless something was put over the archive's object
            body = self.bucket.get_body(key, version.version_id)
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
        entry = archived.setdefault(parsed.decision_id, {}).setdefault(parsed.sk_part, _Archived(str(sk)))
        first_stored = min(v.last_modified for v in versions)
        entry.versions[parsed.sha256] = _Version(first_stored, plain_item(image))

    def _check_decision(
        self, decision_id: str, archived: dict[str, _Archived], report: RangeReport, mac: LogMac
    ) -> None:
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
            item = plain_item(image)
            stored = archived.get(part)
            if stored is None:
                report.problems.append(Problem("missing", decision_id, obj.sk, "not in the archive"))
            else:
                # One problem per item, however many ways it was altered.
                reasons = list(_rewrites(obj.sk, stored, None if obj.sha256 in stored.versions else item))
                if obj.sha256 not in stored.versions:
                    reasons.insert(0, "the table's item matches none of its archived versions")
                if reasons:
                    report.problems.append(Problem("altered", decision_id, obj.sk, "; ".join(reasons)))
            if obj.sk == keys.DECISION_SK:
                decision = item
                report.decisions += 1
            elif obj.sk.startswith(EVENT_PREFIX):
                events.append(item)
                report.events += 1
        for part in sorted(set(archived) - in_table):
            report.problems.append(
                Problem("not_in_table", decision_id, archived[part].sk, "archived, but not in the table")
            )
            reasons = list(_rewrites(archived[part].sk, archived[part], None))
            if reasons:
                report.problems.append(Problem("altered", decision_id, archived[part].sk, "; ".join(reasons)))
        if decision is None:
            if events:
                report.problems.append(Problem("chain_break", decision_id, None, "events without a decision"))
            return
        problem = record_problem(decision, mac)
        if problem is not None:
            report.problems.append(Problem("chain_break", decision_id, keys.DECISION_SK, problem))
        # The partition comes back in SK order, which is sequence order (EVENT#<6 digits>).
        for problem in verify_chain(decision, events, mac):
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


def _rewrites(sk: str, stored: _Archived, table_item: dict[str, Any] | None) -> Iterable[str]:
    """How the item's later archived versions (and ``table_item``, the table's item when it is not
    among them) rewrote its first archived version."""
    ordered = stored.in_order()
    first_stored = ordered[0][1].first_stored.isoformat()
    if sk.startswith(EVENT_PREFIX):
        if len(ordered) > 1:
            yield (
                f"an event is written once, but {len(ordered)} different versions are archived "
                f"(the first stored {first_stored})"
            )
        return
    if sk != keys.DECISION_SK:
        return
    first = ordered[0][1].item
    later = [version.item for _, version in ordered[1:]] + ([table_item] if table_item is not None else [])
    changed = sorted({name for item in later for name in FIXED_FIELDS if item.get(name) != first.get(name)})
    if changed:
        fields = ", ".join(changed)
        yield f"immutable fields changed since the first archived version (stored {first_stored}): {fields}"
