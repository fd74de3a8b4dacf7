"""Opaque list cursors and time ranges shared by the list routes.

A cursor is the last sort key a page returned plus a digest of the query it belongs to, so that a
cursor from one query is refused by another (rather than silently paging the wrong list). Paging by
key, not by offset, keeps lists stable while decisions are written: an item written after the
first page sorts either before the cursor (newest-first lists: it is newer than everything listed)
or is simply picked up in order (the queue), and nothing is repeated or skipped.
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from preflight.store.dynamodb import DecisionStore, IndexQuery


class InvalidQuery(ValueError):
    """A bad list or report parameter; ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def query_digest(params: Mapping[str, object]) -> str:
    canonical = json.dumps({k: v for k, v in params.items() if v is not None}, sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def encode_cursor(digest: str, key: str) -> str:
    raw = json.dumps({"q": digest, "k": key}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, digest: str) -> str:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
        key, owner = data["k"], data["q"]
    except (ValueError, KeyError, TypeError) as exc:
        raise InvalidQuery("cursor", "the cursor is not one this API returned") from exc
    if owner != digest or not isinstance(key, str):
        raise InvalidQuery("cursor", "the cursor belongs to a different query; start again without it")
    return key


def parse_limit(value: str | None, default: int = 25, maximum: int = 100) -> int:
    if value is None or value == "":
        return default
    if not re.fullmatch(r"\d{1,4}", value) or not 1 <= int(value) <= maximum:
        raise InvalidQuery("limit", f"limit must be a whole number from 1 to {maximum}")
    return int(value)


def parse_instant(value: str | None, field: str) -> datetime:
    """ISO 8601: a date (midnight UTC) or a date and time (UTC when no offset is given)."""
    if not value:
        raise InvalidQuery(field, f"{field} is required (ISO 8601, e.g. 2026-11-01 or 2026-11-01T09:30:00Z)")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return datetime.combine(date.fromisoformat(value), datetime.min.time(), UTC)
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise InvalidQuery(field, f"{field} is not an ISO 8601 date or time: {value!r}") from exc
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def timestamp(moment: datetime) -> str:
    """The stored form of a time: UTC, milliseconds, 'Z' (sorts as text)."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@dataclass(frozen=True)
class TimeRange:
    start: datetime  # inclusive
    end: datetime  # exclusive

    @classmethod
    def parse(cls, start: str | None, end: str | None, max_days: int) -> TimeRange:
        lower, upper = parse_instant(start, "from"), parse_instant(end, "to")
        if upper <= lower:
            raise InvalidQuery("to", "to must be later than from (from is inclusive, to exclusive)")
        if upper - lower > timedelta(days=max_days):
            raise InvalidQuery("to", f"the range may span at most {max_days} days")
        return cls(lower, upper)

    def days_newest_first(self) -> list[str]:
        last = (self.end - timedelta(milliseconds=1)).date()
        days, day = [], last
        while day >= self.start.date():
            days.append(day.isoformat())
            day -= timedelta(days=1)
        return days


def merged(
    store: DecisionStore, queries: Iterable[IndexQuery], sort_attribute: str, descending: bool, page: int
) -> Iterator[dict[str, Any]]:
    """The items of several index partitions (e.g. the shards of one day) as one sorted stream.

    Each partition is read lazily, ``page`` items at a time, and only as far as the merge needs."""

    def partition(query: IndexQuery) -> Iterator[dict[str, Any]]:
        start: dict[str, Any] | None = None
        while True:
            items, start = store.query_index(query, page, start)
            yield from items
            if not start:
                return

    streams = [partition(q) for q in queries]
    return heapq.merge(*streams, key=lambda item: item[sort_attribute], reverse=descending)
