"""Response bodies of the review and audit routes: the route functions' return types, which
Powertools validates each answer against and the OpenAPI document shows."""

from __future__ import annotations

from pydantic import BaseModel, Field

from preflight.api.openapi import DecisionView, DecisionWithHistory, ErrorInfo, View
from preflight.engine.findings import SeverityName


class DecisionPage(View):
    items: list[DecisionView]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last")


class QueuePage(DecisionPage):
    pending: int = Field(
        description="drafts pending review in the whole queue (every page) that match the filters"
    )


class RuleView(View):
    id: str
    category: str
    severity: SeverityName
    message: str
    guidance: str | None = Field(description="what the author should do; null if the rule has none")
    enabled: bool


class PolicyView(View):
    """The policy the screening function applies, without the organisation's lists."""

    policy_version: str = Field(description="SHA-256 of the canonical policy (as on every decision)")
    flag_threshold: SeverityName
    categories: list[str] = Field(description="the finding categories: the taxonomy, then custom ones")
    rules: list[RuleView] = Field(description="every rule, enabled or not, by id")


class ReviewConflictBody(BaseModel):
    """409: the decision is not pending review (another reviewer was first, or it never was)."""

    error: ErrorInfo
    current: DecisionWithHistory


class OriginalText(View):
    decision_id: str
    text: str = Field(description="the draft exactly as it was screened")
    read_at: str = Field(description="when this read was recorded in the decision's history")
    recorded_as: int = Field(description="the sequence number of the history event recording this read")


class Tally(View):
    total: int
    by_decision: dict[str, int]
    by_status: dict[str, int] = Field(description="current status of the decisions screened")
    by_category: dict[str, int]
    by_channel: dict[str, int]
    by_policy_version: dict[str, int] = Field(
        description="decisions screened under each policy version (the log's policy_version filter)"
    )
    by_reviewer: dict[str, int] = Field(
        description="reviews recorded by each reviewer (the log's reviewer filter)"
    )
    flag_rate: float | None
    reviews: dict[str, int] = Field(description="reviews recorded: total, approve, reject")
    overturn_rate: float | None = Field(description="share of reviewed flagged drafts approved by reviewers")


class DayTally(Tally):
    day: str


class ReviewTimes(View):
    reviews: int
    median: float | None = Field(description="seconds from flag to review")
    p95: float | None
    tolerance: str


class SummaryReport(View):
    from_: str = Field(alias="from")
    to: str
    totals: Tally
    review_time_seconds: ReviewTimes
    days: list[DayTally]
