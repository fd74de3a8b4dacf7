"""Response bodies of the review and audit routes, for the OpenAPI document (the handlers return
plain dicts; these models document them)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from preflight.api.openapi import DecisionView, DecisionWithHistory, ErrorInfo


class DecisionPage(BaseModel):
    items: list[DecisionView]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last")


class ReviewConflictBody(BaseModel):
    """409: the decision is not pending review (another reviewer was first, or it never was)."""

    error: ErrorInfo
    current: DecisionWithHistory


class OriginalText(BaseModel):
    decision_id: str
    text: str = Field(description="the draft exactly as it was screened")
    read_at: str = Field(description="when this read was recorded in the decision's history")
    recorded_as: int = Field(description="the sequence number of the history event recording this read")


class Tally(BaseModel):
    total: int
    by_decision: dict[str, int]
    by_status: dict[str, int] = Field(description="current status of the decisions screened")
    by_category: dict[str, int]
    by_channel: dict[str, int]
    flag_rate: float | None
    reviews: dict[str, int] = Field(description="reviews recorded: total, approve, reject")
    overturn_rate: float | None = Field(description="share of reviewed flagged drafts approved by reviewers")


class DayTally(Tally):
    day: str


class ReviewTimes(BaseModel):
    reviews: int
    median: float | None = Field(description="seconds from flag to review")
    p95: float | None
    tolerance: str


class SummaryReport(BaseModel):
    from_: str = Field(alias="from")
    to: str
    totals: Tally
    review_time_seconds: ReviewTimes
    days: list[DayTally]
