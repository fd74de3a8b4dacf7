"""Keys and indexes of the decisions table, in one place (docs/service-design.md has the table).

| access pattern | key condition | index |
| --- | --- | --- |
| put a decision | PK = DEC#<id>, SK = #DECISION (transaction with guard and counters) | table |
| a decision and its review events | PK = DEC#<id> | table |
| review queue, oldest first | GSI1PK = QUEUE#<shard>, ascending GSI1SK, merged over shards | GSI1 |
| decisions in a time range, newest first | GSI2PK = DAY#<day>#<shard>, GSI2SK between, descending | GSI2 |
| one author's decisions in a time range | GSI3PK = AUTHOR#<author>, GSI3SK between | GSI3 |
| review events by reviewer | GSI3PK = REVIEWER#<reviewer>, GSI3SK between | GSI3 |
| a decision's history (hash chain) | PK = DEC#<id>, SK begins_with EVENT# | table |
| per-day counts | PK = COUNT#<day>#<shard>, SK = #COUNTS, for each shard | table |
"""

from __future__ import annotations

import hashlib

DECISION_SK = "#DECISION"
GUARD_SK = "#GUARD"
COUNTS_SK = "#COUNTS"
EVENT_PREFIX = "EVENT#"
QUEUE_INDEX, TIME_INDEX, ACTOR_INDEX = "GSI1", "GSI2", "GSI3"


def partition_attribute(index: str) -> str:
    """The attribute holding ``index``'s partition key."""
    return f"{index}PK"


def sort_attribute(index: str) -> str:
    """The attribute holding ``index``'s sort key (``<time>#<id>`` on every index)."""
    return f"{index}SK"


def decision_pk(decision_id: str) -> str:
    return f"DEC#{decision_id}"


def guard_pk(client_id: str, idempotency_key: str) -> str:
    # The key is hashed: it is the client's string, of any length and content.
    digest = hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()
    return f"GUARD#{client_id}#{digest}"


def _shard(shard: int) -> str:
    # Two digits: Settings.shards is at most 100, so shards are 0 to 99.
    return f"{shard:02d}"


def counter_pk(day: str, shard: int) -> str:
    return f"COUNT#{day}#{_shard(shard)}"


def queue_pk(shard: int) -> str:
    return f"QUEUE#{_shard(shard)}"


def day_pk(day: str, shard: int) -> str:
    return f"DAY#{day}#{_shard(shard)}"


def reviewer_pk(reviewer: str) -> str:
    return f"REVIEWER#{reviewer}"


def event_sk(seq: int) -> str:
    return f"{EVENT_PREFIX}{seq:06d}"


def author_pk(author: str) -> str:
    return f"AUTHOR#{author}"


def time_sk(timestamp: str, decision_id: str) -> str:
    return f"{timestamp}#{decision_id}"
