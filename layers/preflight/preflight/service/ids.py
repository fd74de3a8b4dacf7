"""Decision ids: ULIDs (48-bit millisecond time, 80 random bits), sortable by time.

The random part comes from ``os.urandom`` on every call, never from a generator seeded at start-up:
a SnapStart snapshot would otherwise hand every restored environment the same sequence.
"""

from __future__ import annotations

import os
from datetime import datetime

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_decision_id(now: datetime) -> str:
    value = (int(now.timestamp() * 1000) << 80) | int.from_bytes(os.urandom(10), "big")
    return "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(125, -1, -5))


def shard_of(decision_id: str, shards: int) -> int:
    """A stable shard in [0, shards) from the id's random part."""
    return sum(_CROCKFORD.index(c) for c in decision_id[-8:]) % shards
