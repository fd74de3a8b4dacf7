"""Opaque list cursors and the merge of index partitions, shared by the list routes.

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
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import islice
from typing import Any

from preflight.service.times import InvalidQuery
from preflight.service.views import decision_view
from preflight.store.dynamodb import DecisionStore, IndexQuery


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "next_cursor": self.next_cursor}


def take_page(stream: Iterable[dict[str, Any]], limit: int, digest: str, sort_attribute: str) -> Page:
    """The first ``limit`` items of ``stream`` as decision views, and a cursor after the last one
    when the stream holds more (one item is read ahead to know)."""
    items = list(islice(stream, limit + 1))
    more = len(items) > limit
    items = items[:limit]
    next_cursor = encode_cursor(digest, items[-1][sort_attribute]) if more and items else None
    return Page([decision_view(i) for i in items], next_cursor)


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
