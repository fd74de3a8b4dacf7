"""Notifications: new flagged decisions and new review events become events on the Preflight bus.

The stream's filter (template.yaml, NotifyFunction) already lets through only INSERTs of flagged
decision items and of review event items; anything else that arrives is ignored here too, so a wider
filter can never publish a clean decision. An event carries ids, categories, severities, statuses
and the reviewer's name only: never the draft, its redacted text, the findings' excerpts, the
author or the metadata (docs/service-design.md, "Notifications").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from preflight.engine.findings import Severity
from preflight.observability import logger
from preflight.records import DecisionRecord, LogEvent
from preflight.service.times import InvalidQuery, parse_instant
from preflight.store.events import BusEvent, EventPublisher
from preflight.store.items import logged

SOURCE = "Preflight"
DRAFT_FLAGGED = "DraftFlagged"
DRAFT_REVIEWED = "DraftReviewed"


def highest_severity(findings: Sequence[Mapping[str, Any]]) -> str | None:
    """The most severe of the findings' ``severity`` on the engine's scale (low < medium < high);
    None without findings (a draft flagged only because it could not be screened completely)."""
    levels = [Severity[f["severity"]] for f in findings if f.get("severity") in Severity.__members__]
    return max(levels).name if levels else None


def _parse_time(value: str | None) -> datetime | None:
    try:
        return parse_instant(value, "time")
    except InvalidQuery:
        return None


def draft_flagged(item: Mapping[str, Any]) -> BusEvent:
    detail = {
        "decision_id": item["decision_id"],
        "screened_at": item["screened_at"],
        "channel": item.get("channel"),
        "categories": sorted(item.get("categories") or []),
        "severity": highest_severity(item.get("findings") or []),
        "policy_version": item.get("policy_version"),
    }
    return BusEvent(SOURCE, DRAFT_FLAGGED, detail, _parse_time(item["screened_at"]))


def draft_reviewed(item: Mapping[str, Any]) -> BusEvent:
    detail = {
        "decision_id": item["decision_id"],
        "action": item["action"],
        "new_status": item["new_status"],
        "reviewer": item["actor"],
        "reviewed_at": item["at"],
    }
    return BusEvent(SOURCE, DRAFT_REVIEWED, detail, _parse_time(item["at"]))


def event_for(event_name: str, image: Mapping[str, Any]) -> BusEvent | None:
    """The bus event a stream record stands for, or None when it is not to be announced.

    Raises KeyError or ValueError for an item that should be announced but lacks a field it needs."""
    if event_name != "INSERT":
        return None
    found = logged(image)
    if isinstance(found, DecisionRecord) and found.decision == "flag":
        return draft_flagged(found.attributes())
    if isinstance(found, LogEvent) and found.type == "review":
        return draft_reviewed(found.attributes())
    return None


@dataclass(frozen=True, slots=True)
class Announcement:
    record_id: str
    event: BusEvent | None


class NotifyService:
    def __init__(self, publisher: EventPublisher) -> None:
        self.publisher = publisher

    def publish(self, announcements: Sequence[Announcement]) -> dict[str, str]:
        """Publish every announcement that has an event; ``{record_id: reason}`` for those that
        EventBridge did not accept (the others, and those without an event, are done)."""
        to_send = [(a.record_id, a.event) for a in announcements if a.event is not None]
        outcomes = self.publisher.put([event for _, event in to_send])
        failed: dict[str, str] = {}
        for (record_id, event), error in zip(to_send, outcomes, strict=True):
            log = {"decision_id": event.detail["decision_id"], "detail_type": event.detail_type}
            if error:
                failed[record_id] = error
                logger.warning("event not published", extra={**log, "reason": error})
            else:
                logger.info("event published", extra=log)
        return failed
