"""Review times (seconds from flag to review) as counts in logarithmic buckets.

Bucket ``i >= 1`` holds times in [RATIO**(i-1), RATIO**i) seconds; bucket 0 holds times under one
second. The buckets are counters on the day's sharded counter items (``rt:<i>``), so a report over
any number of decisions reads one histogram per day and shard, and a percentile is read off the
merged histogram as the geometric middle of the bucket holding the rank.

Tolerance: for times of a second or more, the reported percentile is within a factor of
sqrt(RATIO) of the true (nearest-rank) percentile, i.e. within +/-2.5% with RATIO = 1.05. Times
under a second are reported as 0.5 s. 500 buckets reach past 30 years.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

RATIO = 1.05
PREFIX = "rt:"
TOLERANCE = math.sqrt(RATIO) - 1  # relative, on either side


def bucket_of(seconds: float) -> int:
    if seconds < 1:
        return 0
    return math.floor(math.log(seconds) / math.log(RATIO)) + 1


def bucket_value(bucket: int) -> float:
    """The representative time of a bucket: the geometric middle of its bounds."""
    if bucket <= 0:
        return 0.5
    return RATIO ** (bucket - 0.5)


def counter_name(seconds: float) -> str:
    return f"{PREFIX}{bucket_of(seconds)}"


def merge(counters: Iterable[Mapping[str, int]]) -> dict[int, int]:
    """The histogram ({bucket: count}) in counter items (other counters are ignored)."""
    merged: dict[int, int] = {}
    for item in counters:
        for name, count in item.items():
            if name.startswith(PREFIX) and count:
                bucket = int(name[len(PREFIX) :])
                merged[bucket] = merged.get(bucket, 0) + int(count)
    return merged


def percentile(histogram: Mapping[int, int], fraction: float) -> float | None:
    """The nearest-rank percentile (``fraction`` in (0, 1]) of the times counted, or None."""
    total = sum(histogram.values())
    if total <= 0:
        return None
    rank = max(1, math.ceil(fraction * total))
    seen = 0
    for bucket in sorted(histogram):
        seen += histogram[bucket]
        if seen >= rank:
            return round(bucket_value(bucket), 3)
    return None  # unreachable: the ranks add up to total
