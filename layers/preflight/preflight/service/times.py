"""Times as the decision log reads and writes them: ISO 8601 in (a date is midnight UTC, a time
without an offset is UTC), UTC with milliseconds and 'Z' out (which sorts as text), and ranges of
whole UTC days. One module for the API, the CLI and the archive audit alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

# The instants a query may name. Nothing is logged before the epoch (decision ids count from it), and
# the last year of datetime's range is left as a margin, so that range arithmetic (a day's end, a
# window of days) never leaves it.
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(9999, 1, 1, tzinfo=UTC)
# The longest range one request may read: the decision log's list (GET /decisions, and so each window
# of the export command) and the summary report, in days.
MAX_LIST_DAYS = 92
MAX_REPORT_DAYS = 366


class InvalidQuery(ValueError):
    """A bad list or report parameter; ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def parse_instant(value: object, field: str) -> datetime:
    """ISO 8601: a date (midnight UTC) or a date and time (UTC when no offset is given), between
    EARLIEST and LATEST. Anything else is InvalidQuery naming ``field`` (never the value)."""
    value = value.strip() if isinstance(value, str) else ""
    if not value:
        raise InvalidQuery(field, f"{field} is required (ISO 8601, e.g. 2026-11-01 or 2026-11-01T09:30:00Z)")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value, re.ASCII):
            return _within(datetime.combine(date.fromisoformat(value), datetime.min.time(), UTC), field)
        parsed = datetime.fromisoformat(value)
        # An offset can carry a time just inside datetime's range to just outside it in UTC.
        moment = parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    except OverflowError as exc:
        raise _out_of_range(field) from exc
    except ValueError as exc:
        raise InvalidQuery(
            field, f"{field} is not an ISO 8601 date or time (e.g. 2026-11-01 or 2026-11-01T09:30:00Z)"
        ) from exc
    return _within(moment, field)


def _within(moment: datetime, field: str) -> datetime:
    if not EARLIEST <= moment <= LATEST:
        raise _out_of_range(field)
    return moment


def _out_of_range(field: str) -> InvalidQuery:
    return InvalidQuery(field, f"{field} must lie between {EARLIEST:%Y-%m-%d} and {LATEST:%Y-%m-%d} (UTC)")


def well_formed(value: str) -> bool:
    """Whether ``value`` can be encoded (JSON and query strings can carry a lone surrogate)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def utc_now() -> datetime:
    """The services' default clock (tests pass their own)."""
    return datetime.now(UTC)


def timestamp(moment: datetime) -> str:
    """The stored form of a time: UTC, milliseconds, 'Z' (sorts as text)."""
    moment = moment.astimezone(UTC)
    # The year by hand: strftime("%Y") does not pad years before 1000 on every platform.
    return f"{moment.year:04d}-" + moment.strftime("%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


@dataclass(frozen=True)
class TimeRange:
    start: datetime  # inclusive
    end: datetime  # exclusive

    @classmethod
    def parse(cls, start: object, end: object, max_days: int) -> TimeRange:
        return cls.between(parse_instant(start, "from"), parse_instant(end, "to"), max_days)

    @classmethod
    def between(cls, lower: datetime, upper: datetime, max_days: int) -> TimeRange:
        """[lower, upper), two instants already parsed: InvalidQuery naming ``to`` unless it is
        later than ``from`` by at most ``max_days``."""
        if upper <= lower:
            raise InvalidQuery("to", "to must be later than from (from is inclusive, to exclusive)")
        if upper - lower > timedelta(days=max_days):
            raise InvalidQuery("to", f"the range may span at most {max_days} days")
        return cls(lower, upper)


def days_between(start: datetime, end: datetime) -> list[str]:
    """The UTC days that [start, end) touches, oldest first."""
    first, last = start.astimezone(UTC).date(), (end - timedelta(milliseconds=1)).astimezone(UTC).date()
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]
