"""A query of the decision log (GET /decisions, the export command): its range and filters, checked
when made. Light on purpose (no store, no AWS SDK): the CLI's parser reads the filter names from here.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import TYPE_CHECKING

from preflight.records import DECISIONS, STATUSES
from preflight.service.times import MAX_LIST_DAYS, InvalidQuery, TimeRange, timestamp, well_formed

if TYPE_CHECKING:
    from preflight.store.dynamodb import Filter

# A filter's value is a name (an author, a category, a reviewer...), as long as the names it matches.
MAX_FILTER_LENGTH = 256


@dataclass(frozen=True)
class ListQuery:
    start: datetime
    end: datetime
    decision: str | None = None
    status: str | None = None
    channel: str | None = None
    category: str | None = None
    author: str | None = None
    reviewer: str | None = None
    policy_version: str | None = None

    def __post_init__(self) -> None:
        TimeRange.between(self.start, self.end, MAX_LIST_DAYS)  # raises InvalidQuery naming `to`
        if self.decision is not None and self.decision not in DECISIONS:
            raise InvalidQuery("decision", f"decision must be one of {', '.join(DECISIONS)}")
        if self.status is not None and self.status not in STATUSES:
            raise InvalidQuery("status", f"status must be one of {', '.join(STATUSES)}")
        for name in ("channel", "category", "author", "reviewer", "policy_version"):
            value = getattr(self, name)
            if value is not None and not (isinstance(value, str) and 1 <= len(value) <= MAX_FILTER_LENGTH):
                raise InvalidQuery(name, f"{name} must be 1 to {MAX_FILTER_LENGTH} characters")
            if value is not None and not well_formed(value):
                # A lone surrogate cannot be sent to DynamoDB: the query would fail, not the caller.
                raise InvalidQuery(name, f"{name} is not well-formed Unicode")

    # The store's and the cursors' modules are imported when a query is run, not with this module:
    # the CLI builds its parser from LIST_FILTERS without loading the store and the AWS SDK.

    def digest(self) -> str:
        """What a cursor is bound to: the query it continues (preflight.service.paging)."""
        from preflight.service.paging import query_digest

        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values["start"], values["end"] = timestamp(self.start), timestamp(self.end)
        return query_digest(values)

    def filters(self) -> tuple[Filter, ...]:
        """The query's filters as the store applies them, on the items' attributes."""
        from preflight.store.dynamodb import Filter

        found = [
            Filter(attribute, value)
            for attribute, value in (
                ("decision", self.decision),
                ("status", self.status),
                ("channel", self.channel),
                ("reviewed_by", self.reviewer),
                ("policy_version", self.policy_version),
            )
            if value is not None
        ]
        if self.category is not None:
            found.append(Filter("categories", self.category, "contains"))
        return tuple(found)


# What the log can be filtered by (the API's query parameters and the export's options).
LIST_FILTERS = tuple(f.name for f in fields(ListQuery) if f.name not in ("start", "end"))
