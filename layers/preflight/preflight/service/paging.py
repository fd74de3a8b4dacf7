"""Signed list cursors and the merge of index partitions, shared by the list routes.

A cursor is the last sort key a page returned plus a digest of the query it belongs to, so that a
cursor from one query is refused by another (rather than silently paging the wrong list), signed
with HMAC-SHA-256 under a key only the service holds: a client can hand back only a cursor the API
returned, unaltered, so it cannot choose where a list resumes (a forged key would read outside the
window the query names). Paging by
key, not by offset, keeps lists stable while decisions are written: an item written after the
first page sorts either before the cursor (newest-first lists: it is newer than everything listed)
or is simply picked up in order (the queue), and nothing is repeated or skipped.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import heapq
import hmac
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import islice
from typing import Any

from preflight.service.times import InvalidQuery
from preflight.service.views import decision_view
from preflight.store.dynamodb import DecisionStore, IndexQuery
from preflight.store.vault import KeyVault

# A page of a list (the log, the queue): at most MAX_PAGE_SIZE decisions, DEFAULT_PAGE_SIZE unless the
# caller asks; a cursor the API hands out is shorter than MAX_CURSOR_LENGTH.
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 25
MAX_CURSOR_LENGTH = 512

_MAC_PREFIX = b"preflight/cursor/v1\0"
_BASE64URL = re.compile(r"[A-Za-z0-9_-]+")


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"items": self.items, "next_cursor": self.next_cursor}


class CursorSigner:
    """Signs cursors and checks the ones handed back. ``key`` is called once, on first use (then
    kept: one read of the secret per container)."""

    def __init__(self, key: Callable[[], bytes]) -> None:
        self._load = key
        self._key: bytes | None = None

    @classmethod
    def from_secret(cls, secret_arn: str, vault: KeyVault | None = None) -> CursorSigner:
        """Under the Secrets Manager secret ``secret_arn``: the API's functions, whose cursors must be
        good in every container."""
        if not secret_arn:
            raise RuntimeError("PREFLIGHT_CURSOR_SECRET_ARN must be set")
        source = vault or KeyVault()
        return cls(lambda: source.secret_string(secret_arn).encode("utf-8"))

    @classmethod
    def ephemeral(cls) -> CursorSigner:
        """Under a random key of this process: for cursors that never leave it (the export command
        reading the table, tests)."""
        key = os.urandom(32)
        return cls(lambda: key)

    def _mac(self, payload: bytes) -> bytes:
        if self._key is None:
            self._key = self._load()
        return hmac.new(self._key, _MAC_PREFIX + payload, hashlib.sha256).digest()

    def encode(self, digest: str, key: str) -> str:
        payload = encode_cursor(digest, key)
        return f"{payload}.{_b64(self._mac(payload.encode()))}"

    def decode(self, cursor: object, digest: str) -> str:
        """The sort key a cursor resumes after; InvalidQuery("cursor") unless this signer signed it
        for the query of ``digest``."""
        payload, _, signature = cursor.partition(".") if isinstance(cursor, str) else ("", "", "")
        if not (_BASE64URL.fullmatch(payload) and _BASE64URL.fullmatch(signature)):
            raise _not_ours()
        try:
            genuine = hmac.compare_digest(_unb64(signature), self._mac(payload.encode()))
        except (binascii.Error, ValueError):
            genuine = False
        if not genuine:
            raise _not_ours()
        return decode_cursor(payload, digest)


def _not_ours() -> InvalidQuery:
    return InvalidQuery("cursor", "the cursor is not one this API returned; start again without it")


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def take_page(
    stream: Iterable[dict[str, Any]], limit: int, cursors: CursorSigner, digest: str, sort_attribute: str
) -> Page:
    """The first ``limit`` items of ``stream`` as decision views, and a signed cursor after the last
    one when the stream holds more (one item is read ahead to know)."""
    items = list(islice(stream, limit + 1))
    more = len(items) > limit
    items = items[:limit]
    next_cursor = cursors.encode(digest, items[-1][sort_attribute]) if more and items else None
    return Page([decision_view(i) for i in items], next_cursor)


def query_digest(params: Mapping[str, object]) -> str:
    canonical = json.dumps({k: v for k, v in params.items() if v is not None}, sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def encode_cursor(digest: str, key: str) -> str:
    """A cursor's signed part (unsigned, it is refused)."""
    return _b64(json.dumps({"q": digest, "k": key}, separators=(",", ":")).encode())


def decode_cursor(cursor: str, digest: str) -> str:
    """The sort key of a cursor's signed part, once its signature has been checked."""
    try:
        data = json.loads(_unb64(cursor))
        key, owner = data["k"], data["q"]
    except (ValueError, KeyError, TypeError) as exc:
        raise _not_ours() from exc
    if owner != digest or not isinstance(key, str):
        raise InvalidQuery("cursor", "the cursor belongs to a different query; start again without it")
    return key


# The smallest first read of a partition: below it, a filtered query (Limit counts the items read
# before the filter) would mostly come back empty and cost a round trip each.
MIN_PARTITION_READ = 4


def merged(
    store: DecisionStore, queries: Iterable[IndexQuery], sort_attribute: str, descending: bool, page: int
) -> Iterator[dict[str, Any]]:
    """The items of several index partitions (e.g. the shards of one day) as one sorted stream.

    Each partition is read lazily, and only as far as the merge needs. Items are spread evenly over
    shards (by the decision id's random part), so a partition's first read asks for about twice its
    share of a ``page``, and each later read twice as much as the one before, up to ``page``: a page of
    50 over 16 shards reads about 112 items rather than 816, and a partition that holds most of a page
    still costs few reads."""
    queries = list(queries)
    first = max(MIN_PARTITION_READ, min(page, -(-2 * page // max(1, len(queries)))))

    def partition(query: IndexQuery) -> Iterator[dict[str, Any]]:
        start: dict[str, Any] | None = None
        size = first
        while True:
            items, start = store.query_index(query, size, start)
            yield from items
            if not start:
                return
            size = min(page, size * 2)

    streams = [partition(q) for q in queries]
    return heapq.merge(*streams, key=lambda item: item[sort_attribute], reverse=descending)
