"""Decision ids: ULIDs (48-bit millisecond time, 80 random bits), sortable by time.

The random part comes from ``os.urandom`` on every call, never from a generator seeded at start-up:
a SnapStart snapshot would otherwise hand every restored environment the same sequence.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_decision_id(now: datetime) -> str:
    value = (int(now.timestamp() * 1000) << 80) | int.from_bytes(os.urandom(10), "big")
    return "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(125, -1, -5))


def shard_of(decision_id: str, shards: int) -> int:
    """A stable shard in [0, shards) from the id's random part."""
    return sum(_CROCKFORD.index(c) for c in decision_id[-8:]) % shards


def decision_time(decision_id: str) -> datetime:
    """The time encoded in a decision id (millisecond precision, UTC): the inverse of new_decision_id.

    Raises ValueError for a string that is not a ULID, so a malformed key is never filed under a
    made-up day."""
    if len(decision_id) != 26 or any(c not in _CROCKFORD for c in decision_id):
        raise ValueError(f"not a decision id: {decision_id!r}")
    millis = 0
    for char in decision_id[:10]:  # the first 10 characters carry the 48-bit time (50 bits, top 2 zero)
        millis = (millis << 5) | _CROCKFORD.index(char)
    if millis >= 1 << 48:
        raise ValueError(f"not a decision id: {decision_id!r}")
    # Integer arithmetic: a float division could round a millisecond across midnight.
    return datetime.fromtimestamp(millis // 1000, tz=UTC).replace(microsecond=(millis % 1000) * 1000)


def decision_day(decision_id: str) -> str:
    """The decision's screening day, yyyy-mm-dd in UTC, from its id alone."""
    return decision_time(decision_id).strftime("%Y-%m-%d")
