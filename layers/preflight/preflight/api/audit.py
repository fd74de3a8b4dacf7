"""The auditors' read routes (role ``audit``): the decision log by time, and the summary report.

Read only, and never imports spaCy.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Annotated

from aws_lambda_powertools.event_handler.openapi.params import Query

from preflight.api.auth import Role, access
from preflight.api.common import Cursor, Filter, PageSize, instant, new_resolver
from preflight.api.models import Channel
from preflight.api.openapi import error_responses, ok
from preflight.api.responses import DecisionPage, SummaryReport
from preflight.engine.findings import DecisionName
from preflight.records import Status
from preflight.service.audit import AuditLog
from preflight.service.log_query import ListQuery
from preflight.service.paging import DEFAULT_PAGE_SIZE, CursorSigner
from preflight.service.times import MAX_LIST_DAYS, MAX_REPORT_DAYS, TimeRange
from preflight.settings import get_settings
from preflight.store.dynamodb import DecisionStore

settings = get_settings()
app = new_resolver()

# [from, to): ISO 8601 times, read as the decision log reads them (a bad one is the 400 naming it).
Start = Annotated[datetime, instant("from"), Query(alias="from", description="inclusive, ISO 8601")]
End = Annotated[datetime, instant("to"), Query(description="exclusive, ISO 8601")]


@cache
def _log() -> AuditLog:
    return AuditLog(
        DecisionStore(settings.table_name),
        settings.shards,
        cursors=CursorSigner.from_secret(settings.cursor_secret_arn),
    )


@app.get(
    "/decisions",
    summary="List the decision log",
    description=(
        f"Decisions screened in [`from`, `to`) (at most {MAX_LIST_DAYS} days; a date is midnight UTC, a "
        "time without an offset is UTC), newest first, "
        "optionally filtered; page with `cursor` (stable while decisions are being written)."
    ),
    responses={
        **ok("A page of decisions"),
        **error_responses("validation_error", "forbidden", "internal_error", "unavailable"),
    },
    **access(Role.audit),
)
def list_decisions(
    start: Start,
    to: End,
    decision: Annotated[DecisionName | None, Query(description="the engine's answer")] = None,
    status: Annotated[Status | None, Query(description="the current status")] = None,
    channel: Annotated[Channel | None, Query(description="the channel the draft was for")] = None,
    category: Filter = None,
    author: Filter = None,
    reviewer: Filter = None,
    policy_version: Filter = None,
    limit: PageSize = DEFAULT_PAGE_SIZE,
    cursor: Cursor = None,
) -> DecisionPage:
    query = ListQuery(
        start, to, decision=decision, status=status, channel=channel, category=category,
        author=author, reviewer=reviewer, policy_version=policy_version,
    )  # fmt: skip
    return DecisionPage.model_validate(_log().list_decisions(query, limit, cursor).to_dict())


@app.get(
    "/reports/summary",
    summary="Daily counts, flag rate, review times and overturn rate",
    description=(
        f"Whole UTC days in [`from`, `to`) (at most {MAX_REPORT_DAYS}): `from` the first day, `to` the "
        "day after the last (YYYY-MM-DD, or midnight UTC). Counts per day by decision, "
        "status, category and channel; flag rate; median and 95th percentile of the time from flag to "
        "review (from logarithmic histograms: the tolerance is stated); overturn rate. Read from daily "
        "sharded counters: the cost grows with the number of days, not of decisions."
    ),
    responses={
        **ok("The report"),
        **error_responses("validation_error", "forbidden", "internal_error", "unavailable"),
    },
    **access(Role.audit),
)
def summary_report(
    start: Start,
    to: End,
) -> SummaryReport:
    # The report bounds its range itself (MAX_REPORT_DAYS); a bad one is InvalidQuery, the 400.
    return SummaryReport.model_validate(_log().summary(TimeRange(start, to)))
