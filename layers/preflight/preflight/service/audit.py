"""The auditors' read side: the decision log by time (filtered), the daily summary report, and
the original text of a draft (each read recorded in the decision's history).

Everything is answered by key conditions on the table and its indexes (docs/service-design.md),
never by a scan; the report reads one counter item per day and shard, so its cost grows with the
number of days and not with the number of decisions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from preflight.records import UNPLACED, DecisionRecord, LogEvent
from preflight.service import histogram
from preflight.service.crypto import Sealer
from preflight.service.history import Entry, append
from preflight.service.integrity import LogMac
from preflight.service.log_query import ListQuery
from preflight.service.paging import DEFAULT_PAGE_SIZE, CursorSigner, Page, merged, take_page
from preflight.service.times import (
    MAX_REPORT_DAYS,
    InvalidQuery,
    TimeRange,
    days_between,
    timestamp,
    utc_now,
)
from preflight.store import keys
from preflight.store.dynamodb import DecisionStore, IndexQuery


class AuditLog:
    def __init__(
        self,
        store: DecisionStore,
        shards: int,
        clock: Callable[[], datetime] = utc_now,
        *,
        cursors: CursorSigner | None = None,
    ) -> None:
        self.store = store
        self.shards = shards
        self.clock = clock
        # The API's functions pass the signer under the cursor secret; an ephemeral one serves
        # cursors that never leave the process (the export command reading the table).
        self.cursors = cursors or CursorSigner.ephemeral()

    # --- the log, newest first -------------------------------------------------------------------

    def list_decisions(
        self, query: ListQuery, limit: int = DEFAULT_PAGE_SIZE, cursor: str | None = None
    ) -> Page:
        digest = query.digest()
        low, end = timestamp(query.start), timestamp(query.end)
        upper = self.cursors.decode(cursor, digest) if cursor else end
        if not low <= upper <= end:
            # Only a cursor signed for this query gets here, and its key came from this window;
            # checked all the same, so that no cursor can ever move the window.
            raise InvalidQuery("cursor", "the cursor is outside the query's range; start again without it")
        # Sort keys are "<time>#<id>": everything below the cursor (or below `to`) is strictly older.
        stream = (item for item in self._newest_first(query, low, upper, limit + 1) if item["sort"] < upper)
        return take_page(stream, limit, self.cursors, digest, "sort")

    def _newest_first(self, query: ListQuery, low: str, upper: str, page: int) -> Iterator[dict[str, Any]]:
        if query.author is not None:
            # One author: one partition of GSI3, already in time order.
            author = IndexQuery(
                keys.ACTOR_INDEX, keys.author_pk(query.author), low, upper, False, query.filters()
            )
            by_author = keys.sort_attribute(keys.ACTOR_INDEX)
            for item in merged(self.store, [author], by_author, True, page):
                yield item | {"sort": item[by_author]}
            return
        # Otherwise day by day, newest first; within a day, the shards merged. A shard with no
        # decision that day (its counter item says so) is not queried at all.
        last_day = upper[:10]  # the cursor's day, or the range's end
        for day in reversed(days_between(query.start, query.end)):
            if day > last_day:
                continue
            counts = self.store.get_counters([keys.counter_pk(day, s) for s in range(self.shards)])
            shards = [
                s for s in range(self.shards) if counts.get(keys.counter_pk(day, s), {}).get("total", 0)
            ]
            queries = [
                IndexQuery(keys.TIME_INDEX, keys.day_pk(day, s), low, upper, False, query.filters())
                for s in shards
            ]
            by_time = keys.sort_attribute(keys.TIME_INDEX)
            for item in merged(self.store, queries, by_time, True, page):
                yield item | {"sort": item[by_time]}

    # --- the summary report ----------------------------------------------------------------------

    def summary(self, period: TimeRange) -> dict[str, Any]:
        """Counts per day and over the period, flag rate, review times and overturn rate."""
        # The report's own limit bounds its cost, whatever limit the caller's range was made under.
        TimeRange.between(period.start, period.end, MAX_REPORT_DAYS)
        for name, moment in (("from", period.start), ("to", period.end)):
            if moment.time() != datetime.min.time():
                raise InvalidQuery(name, f"{name} must be a day (the report counts whole UTC days)")
        days = days_between(period.start, period.end)
        counters = self.store.get_counters([keys.counter_pk(d, s) for d in days for s in range(self.shards)])
        per_day = []
        every: list[dict[str, int]] = []
        for day in days:
            items = [counters.get(keys.counter_pk(day, s), {}) for s in range(self.shards)]
            every.extend(items)
            per_day.append({"day": day, **_tally(items)})
        return {
            "from": period.start.date().isoformat(),
            "to": period.end.date().isoformat(),
            "totals": _tally(every),
            "review_time_seconds": _review_times(every),
            "days": per_day,
        }

    # --- the original text -----------------------------------------------------------------------

    def read_original(self, decision_id: str, actor: str, sealer: Sealer, mac: LogMac) -> dict[str, Any]:
        """The decrypted original, once its reading is recorded in the history (no record, no text;
        ``mac`` signs the record)."""
        opened: list[str] = []

        def reading(record: DecisionRecord, events: list[LogEvent]) -> Entry:
            opened[:] = [sealer.open(record.original, decision_id)]
            at = timestamp(self.clock())
            return Entry(
                LogEvent(decision_id=decision_id, seq=UNPLACED, type="original_read", actor=actor, at=at)
            )

        done = append(self.store, mac, decision_id, reading, "original read")
        return {
            "decision_id": decision_id,
            "text": opened[0],
            "read_at": done.event.at,
            "recorded_as": done.event.seq,
        }


def _group(totals: dict[str, int], prefix: str) -> dict[str, int]:
    return {k[len(prefix) :]: v for k, v in sorted(totals.items()) if k.startswith(prefix) and v}


def _tally(items: list[dict[str, int]]) -> dict[str, Any]:
    totals: dict[str, int] = {}
    for item in items:
        for name, count in item.items():
            if not name.startswith(histogram.PREFIX):
                totals[name] = totals.get(name, 0) + count
    total = totals.get("total", 0)
    reviews = _group(totals, "review:")
    reviewed = totals.get("reviewed", 0)
    return {
        "total": total,
        "by_decision": _group(totals, "decision:"),
        "by_status": _group(totals, "status:"),
        "by_category": _group(totals, "category:"),
        "by_channel": _group(totals, "channel:"),
        "by_policy_version": _group(totals, "policy:"),
        "by_reviewer": _group(totals, "reviewer:"),
        "flag_rate": round(totals.get("decision:flag", 0) / total, 4) if total else None,
        "reviews": {"total": reviewed, **reviews},
        # The share of reviewed flagged drafts that the reviewer approved.
        "overturn_rate": round(reviews.get("approve", 0) / reviewed, 4) if reviewed else None,
    }


def _review_times(items: list[dict[str, int]]) -> dict[str, Any]:
    merged_histogram = histogram.merge(items)
    return {
        "reviews": sum(merged_histogram.values()),
        "median": histogram.percentile(merged_histogram, 0.5),
        "p95": histogram.percentile(merged_histogram, 0.95),
        "tolerance": f"+/-{histogram.TOLERANCE * 100:.1f}% (logarithmic buckets; under 1 s reads 0.5 s)",
    }
