"""The merge of index partitions behind the queue and the log: every item once, in order, reading
only about what a page needs (a page of 50 over 16 shards read 816 items before)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.service.paging import merged
from preflight.store.dynamodb import IndexQuery


class PartitionStore:
    """query_index over in-memory partitions, counting the items each read returns."""

    def __init__(self, partitions: dict[str, list[str]]) -> None:
        self.partitions = {pk: sorted(keys) for pk, keys in partitions.items()}
        self.items_read = 0
        self.reads = 0

    def query_index(
        self, query: IndexQuery, limit: int, start_key: dict[str, Any] | None = None
    ) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
        keys = self.partitions[query.pk]
        if not query.forward:
            keys = keys[::-1]
        offset = start_key["offset"] if start_key else 0
        chunk = keys[offset : offset + limit]
        self.reads += 1
        self.items_read += len(chunk)
        more = offset + limit < len(keys)
        return [{"sort": k} for k in chunk], ({"offset": offset + limit} if more else None)


def _queries(store: PartitionStore, forward: bool) -> list[IndexQuery]:
    return [IndexQuery("GSI1", pk, "0", "~", forward) for pk in store.partitions]


@settings(max_examples=150, deadline=None)
@given(
    partitions=st.lists(
        st.lists(st.text("0123456789", min_size=4, max_size=4), max_size=40), min_size=1, max_size=16
    ),
    page=st.integers(1, 60),
    descending=st.booleans(),
)
def test_every_item_once_in_order(partitions: list[list[str]], page: int, descending: bool) -> None:
    store = PartitionStore({f"P{i}": keys for i, keys in enumerate(partitions)})
    stream = merged(store, _queries(store, not descending), "sort", descending, page)
    got = [item["sort"] for item in stream]
    assert got == sorted((k for keys in partitions for k in keys), reverse=descending)


def test_a_page_over_sixteen_even_shards_reads_about_twice_the_page() -> None:
    store = PartitionStore({f"Q{s:02}": [f"{n:04}{s:02}" for n in range(100)] for s in range(16)})
    stream = merged(store, _queries(store, True), "sort", False, 51)
    first_page = [next(stream) for _ in range(51)]
    assert [i["sort"] for i in first_page] == sorted(i["sort"] for i in first_page)
    assert store.items_read <= 2 * 51 + 16 * 4, store.items_read  # was 16 * 51 = 816
