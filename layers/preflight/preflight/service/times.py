"""Times as the decision log reads and writes them: ISO 8601 in (a date is midnight UTC, a time
without an offset is UTC), UTC with milliseconds and 'Z' out (which sorts as text), and ranges of
whole UTC days. One module for the API, the CLI and the archive audit alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta


class InvalidQuery(ValueError):
    """A bad list or report parameter; ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def parse_instant(value: str | None, field: str) -> datetime:
    """ISO 8601: a date (midnight UTC) or a date and time (UTC when no offset is given)."""
    value = (value or "").strip()
    if not value:
        raise InvalidQuery(field, f"{field} is required (ISO 8601, e.g. 2026-11-01 or 2026-11-01T09:30:00Z)")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return datetime.combine(date.fromisoformat(value), datetime.min.time(), UTC)
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise InvalidQuery(field, f"{field} is not an ISO 8601 date or time: {value!r}") from exc
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def utc_now() -> datetime:
    """The services' default clock (tests pass their own)."""
    return datetime.now(UTC)


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


def days_between(start: datetime, end: datetime) -> list[str]:
    """The UTC days that [start, end) touches, oldest first."""
    first, last = start.astimezone(UTC).date(), (end - timedelta(milliseconds=1)).astimezone(UTC).date()
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]
