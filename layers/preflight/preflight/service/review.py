"""The compliance review: the queue of flagged drafts and the reviewer's verdict.

A verdict is one conditional transaction (docs/service-design.md): it succeeds only while the
decision is still ``pending_review``, so of two reviewers acting at once exactly one wins and the
other is told the current state. The verdict is also an event in the decision's hash chain.

The reviewer's note is stored (and archived) as ``mask_note`` returns it: the engine's redaction, so
that a card number or an address quoted in a note is kept no more than in the draft itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from preflight.observability import logger
from preflight.records import (
    PENDING_REVIEW,
    DecisionRecord,
    IllegalTransition,
    LogEvent,
    ReviewAction,
    Status,
    review_event,
)
from preflight.service import histogram
from preflight.service.decisions import with_history
from preflight.service.history import Entry, append
from preflight.service.ids import shard_of
from preflight.service.integrity import LogMac
from preflight.service.paging import CursorSigner, Page, merged, query_digest, take_page
from preflight.service.times import parse_instant, timestamp, utc_now
from preflight.store import keys
from preflight.store.dynamodb import DecisionStore, Filter, IndexQuery

QUEUE_START, QUEUE_END = "0", "~"  # below and above every "<time>#<id>" sort key


class ReviewConflict(Exception):
    """The decision is not (or no longer) pending review; ``current`` is its state now."""

    def __init__(self, current: dict[str, Any]) -> None:
        super().__init__(f"decision is {current.get('status')}")
        self.current = current


def _queue_filters(category: str | None, channel: str | None) -> tuple[Filter, ...]:
    # GSI1 is eventually consistent: a decision reviewed a moment ago may still be indexed, so the
    # status is checked too.
    filters = [Filter("status", PENDING_REVIEW)]
    if channel is not None:
        filters.append(Filter("channel", channel))
    if category is not None:
        filters.append(Filter("categories", category, "contains"))
    return tuple(filters)


class ReviewService:
    def __init__(
        self,
        store: DecisionStore,
        mac: LogMac,
        shards: int,
        clock: Callable[[], datetime] = utc_now,
        *,
        mask_note: Callable[[str], str],
        cursors: CursorSigner | None = None,
    ) -> None:
        self.store = store
        self.mac = mac
        self.shards = shards
        self.clock = clock
        self.mask_note = mask_note
        self.cursors = cursors or CursorSigner.ephemeral()

    def queue(
        self,
        limit: int,
        cursor: str | None = None,
        *,
        category: str | None = None,
        channel: str | None = None,
    ) -> Page:
        """Pending decisions, oldest first, merged over the queue's shards; only those with a finding
        of ``category`` and from ``channel`` when given."""
        digest = query_digest({"list": "queue", "category": category, "channel": channel})
        after = self.cursors.decode(cursor, digest) if cursor else None
        filters = _queue_filters(category, channel)
        queries = [
            IndexQuery(keys.QUEUE_INDEX, keys.queue_pk(s), after or QUEUE_START, QUEUE_END, True, filters)
            for s in range(self.shards)
        ]
        in_queue = keys.sort_attribute(keys.QUEUE_INDEX)
        stream = (i for i in merged(self.store, queries, in_queue, False, limit + 1) if i[in_queue] != after)
        return take_page(stream, limit, self.cursors, digest, in_queue)

    def pending(self, *, category: str | None = None, channel: str | None = None) -> int:
        """How many decisions are pending review in the whole queue (with the same filters as
        ``queue``). GSI1 is sparse (a decision leaves it when reviewed), so a ``Select=COUNT`` query
        per shard reads the pending drafts only, whatever the age of the log; the daily counters'
        ``status:pending_review`` would need every day since the first and cannot filter."""
        filters = _queue_filters(category, channel)
        return sum(
            self.store.count_index(
                IndexQuery(keys.QUEUE_INDEX, keys.queue_pk(s), QUEUE_START, QUEUE_END, True, filters)
            )
            for s in range(self.shards)
        )

    def review(self, decision_id: str, action: ReviewAction, note: str, reviewer: str) -> dict[str, Any]:
        """Record the verdict; the decision with its history afterwards."""
        note = self.mask_note(note)

        def verdict(record: DecisionRecord, events: list[LogEvent]) -> Entry:
            now = self.clock()
            at = timestamp(now)
            try:
                transition = record.reviewed(action, reviewer, at)
            except IllegalTransition:
                raise ReviewConflict(with_history(record, events, self.mac)) from None
            counters = self._counters(record, transition.after.status, action, reviewer, now)
            return Entry(review_event(transition, reviewer, at, note), transition, counters)

        done = append(self.store, self.mac, decision_id, verdict, "review")
        logger.info(
            "review recorded", extra={"decision_id": decision_id, "action": action, "seq": done.event.seq}
        )
        return with_history(done.record, done.events, self.mac, signed_here=done.event)

    def _counters(
        self, record: DecisionRecord, verdict: Status, action: str, reviewer: str, now: datetime
    ) -> dict[str, dict[str, int]]:
        """Status counts move on the screening day; the review and its time count on the review day."""
        shard = shard_of(record.decision_id, self.shards)
        flagged_at = parse_instant(record.screened_at, "screened_at")
        seconds = max(0.0, (now - flagged_at).total_seconds())
        screening = keys.counter_pk(record.day, shard)
        reviewing = keys.counter_pk(timestamp(now)[:10], shard)
        counters: dict[str, dict[str, int]] = {
            screening: {f"status:{record.status}": -1, f"status:{verdict}": 1}
        }
        # One transaction may touch an item once: on the same day both land on one counter item.
        # Reviews per reviewer: the console's choices for the log's reviewer filter.
        counters.setdefault(reviewing, {}).update(
            {
                "reviewed": 1,
                f"review:{action}": 1,
                f"reviewer:{reviewer}": 1,
                histogram.counter_name(seconds): 1,
            }
        )
        return counters
