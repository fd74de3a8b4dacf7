"""moto's DynamoDB without work in proportion to the whole table (the local runner only).

Two places in moto 5.2.5 cost time in proportion to the table, which made the local runner slower
with every decision it logged:

- TransactWriteItems deep-copies each table an item of the transaction names, before writing, so
  that a cancelled transaction can be rolled back by putting the copy back. The copy grows with the
  items and the stream records: a POST /screen (one transaction of three items) took 20 ms on an
  empty table, 0.5 s after 200 decisions, and after about 250 more than botocore's 5 s read
  timeout, so that the retried transaction found its own decision written and the client got 503.
- Query lists and sorts every item of the table (``Table.all_items``) to keep those of one
  partition: GET /decisions/{id} took about 200 ms with 10,000 decisions, and a page of the review
  queue (16 index partitions, and as many counts) several seconds with 500 pending drafts.

The transaction keeps moto's own code (conditions, validation, cancellation reasons) and replaces
only the snapshot: before the transaction, a deep copy of each item it names as that item was (or
its absence) and the length of each named table's stream; if the transaction raises, those items
and streams are put back as they were, which is what moto's rollback restores (moto keeps no index
data apart from the items). The query keeps moto's own code too and is handed only the items of the
queried partition, the only ones it would keep: on the table's key, the partition itself; on an
index, the items whose index key attributes equal the query's (moto sorts what it keeps by the index's
keys itself). Scans are left as they are.

Correct only when nothing else writes during a transaction: the runner's SerialMotoServer answers
one request at a time. Installed for the pinned moto version only; with another, moto is left as it
is (slow, but right).
"""

from __future__ import annotations

import copy
import threading
from typing import Any

SUPPORTED_MOTO = ("5.2.5",)

_original: Any = None
_original_query: Any = None
_state = threading.local()


class _CopyShim:
    """Stands in for the ``copy`` module inside moto.dynamodb.models while a transaction runs."""

    copy = staticmethod(copy.copy)

    @staticmethod
    def deepcopy(value: Any, memo: dict[int, Any] | None = None) -> Any:
        from moto.dynamodb.models.table import Table

        if isinstance(value, Table) and getattr(_state, "journaled", False):
            return value  # moto's "rollback" then puts the same table back; the journal restores it
        return copy.deepcopy(value, memo)


def _journal(backend: Any, transact_items: list[dict[str, Any]]) -> Any:
    """[(table, hash, range, item before or None)] and {table id: (table, stream length)}, or None
    when an item's key cannot be read (moto then runs as it is, and reports the error itself)."""
    from moto.dynamodb.models.dynamo_type import DynamoType

    entries: list[tuple[Any, Any, Any, Any]] = []
    streams: dict[int, tuple[Any, int]] = {}
    for transact_item in transact_items:
        if len(transact_item) != 1:
            return None
        op_type, op = next(iter(transact_item.items()))
        table = backend.tables.get(op.get("TableName")) if isinstance(op, dict) else None
        if table is None:
            continue  # moto cancels the transaction for an unknown table; nothing of it to restore
        attrs = op.get("Item") if op_type == "Put" else op.get("Key")
        try:
            hash_value = DynamoType(attrs[table.hash_key_attr])
            range_value = DynamoType(attrs[table.range_key_attr]) if table.range_key_attr else None
        except (KeyError, TypeError):
            return None
        entries.append(
            (table, hash_value, range_value, copy.deepcopy(table.get_item(hash_value, range_value)))
        )
        if table.stream_shard is not None:
            streams.setdefault(id(table), (table, len(table.stream_shard.items)))
    return entries, streams


def _restore(journal: Any) -> None:
    entries, streams = journal
    # Newest first: when an item is named twice (moto refuses that), the oldest copy wins.
    for table, hash_value, range_value, before in reversed(entries):
        if range_value is None:
            if before is None:
                table.items.pop(hash_value, None)
            else:
                table.items[hash_value] = before
            continue
        bucket = table.items.get(hash_value)
        if before is not None:
            table.items[hash_value][range_value] = before
        elif bucket is not None:
            bucket.pop(range_value, None)
            if not bucket:
                del table.items[hash_value]
    for table, length in streams.values():
        del table.stream_shard.items[length:]


def _transact_write_items(self: Any, transact_items: list[dict[str, Any]]) -> None:
    journal = _journal(self, transact_items)
    if journal is None:
        return _original(self, transact_items)
    _state.journaled = True
    try:
        return _original(self, transact_items)
    except BaseException:
        _restore(journal)
        raise
    finally:
        _state.journaled = False


def _query(self: Any, hash_key: Any, *args: Any, **kwargs: Any) -> Any:
    index_name = args[6] if len(args) > 6 else kwargs.get("index_name")
    if index_name is not None:
        return _index_query(self, hash_key, *args, **kwargs)
    if hash_key is None or not self.range_key_attr:
        return _original_query(self, hash_key, *args, **kwargs)
    partition = self.items.get(hash_key, {})  # .get: the defaultdict must not grow an empty entry
    # moto filters all_items() by the hash key: the partition's items, in the same order, suffice.
    self.all_items = lambda: sorted(partition.values(), key=lambda item: item.range_key)
    try:
        return _original_query(self, hash_key, *args, **kwargs)
    finally:
        del self.all_items


def _equal(found: Any, wanted: Any) -> bool:
    return found is not None and found == wanted  # DynamoType's == fails on None


def _index_query(self: Any, hash_key: Any, *args: Any, **kwargs: Any) -> Any:
    conditions = kwargs.get("hash_key_conditions")
    if not conditions:
        return _original_query(self, hash_key, *args, **kwargs)
    wanted = list(conditions)

    def matching() -> list[Any]:
        # moto keeps the items whose index hash attributes equal the query's, then sorts them by the
        # index's keys: handing it those items only, in any order, keeps its answer.
        items = (
            item
            for partition in self.items.values()
            for item in (partition.values() if self.range_key_attr else [partition])
        )
        return [i for i in items if all(_equal(i.attrs.get(name), value) for name, value in wanted)]

    self.all_items = matching
    try:
        return _original_query(self, hash_key, *args, **kwargs)
    finally:
        del self.all_items


def install() -> bool:
    """Patch moto's DynamoDB backend in this process; False (and nothing changed) for another moto."""
    global _original, _original_query
    import moto
    from moto.dynamodb import models
    from moto.dynamodb.models.table import Table

    if _original is not None:
        return True
    if moto.__version__ not in SUPPORTED_MOTO:
        return False
    _original = models.DynamoDBBackend.transact_write_items
    _original_query = Table.query
    models.copy = _CopyShim  # type: ignore[assignment]  # only Table copies during a transaction change
    models.DynamoDBBackend.transact_write_items = _transact_write_items  # type: ignore[method-assign]
    Table.query = _query  # type: ignore[method-assign]
    return True


def uninstall() -> None:
    """Undo install() (for tests that compare with moto's own behaviour)."""
    global _original, _original_query
    from moto.dynamodb import models
    from moto.dynamodb.models.table import Table

    if _original is None:
        return
    models.DynamoDBBackend.transact_write_items = _original  # type: ignore[method-assign]
    Table.query = _original_query  # type: ignore[method-assign]
    models.copy = copy
    _original = _original_query = None
