"""A fresh decisions table (created from template.yaml) with the real services over it and a clock
the test moves, for tests that must see exactly their own decisions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from preflight.service.audit import AuditLog
from preflight.service.masking import Masker
from preflight.service.review import ReviewService
from preflight.service.screening import ScreeningService, ScreenRequest
from preflight.store.dynamodb import DecisionStore
from preflight_tools.local.template import create_table_from_template

SHARDS = 16
FLAGGED_TEXTS = (
    "Mail jane.doe@gmail.com for the guest list.",
    "Guaranteed 20% returns every year, no risk!",
    "This fucking launch is late again.",
    "Call me at 415.555.0199 about the offer.",
)
CLEAN_TEXTS = ("Happy Friday from the whole team!", "Our spring webinar opens for registration today.")


def stored_partition(store: DecisionStore, decision_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The decision's items as the table holds them (keys and index attributes included), plain
    values: the store hands the services records, the tests look at the items too."""
    from preflight.store.dynamodb import plain_item

    items = store.client.query(
        TableName=store.table_name,
        KeyConditionExpression="PK = :pk",
        ExpressionAttributeValues={":pk": {"S": f"DEC#{decision_id}"}},
        ConsistentRead=True,
    )["Items"]
    items = [plain_item(i) for i in items]
    decision = next(i for i in items if i["SK"] == "#DECISION")
    return decision, sorted((i for i in items if i["SK"] != "#DECISION"), key=lambda i: i["SK"])


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@dataclass
class Workflow:
    store: DecisionStore
    clock: Clock
    screening: ScreeningService
    review: ReviewService
    audit: AuditLog

    def screen(
        self, text: str, *, author: str = "ann", channel: str = "linkedin", client: str = "c1"
    ) -> dict:
        request = ScreenRequest(text, author, channel, {})
        return self.screening.screen_and_log(request, client, f"req-{uuid.uuid4().hex[:8]}", None)


def fresh_workflow(dynamodb: Any, start: datetime | None = None, client: Any | None = None) -> Workflow:
    """Services over a new table. ``client``: a DynamoDB client of another endpoint (moto's server)."""
    from preflight.api.screen import _service, engine

    mac = _service().mac

    name = f"decisions-{uuid.uuid4().hex[:10]}"
    create_table_from_template(client or dynamodb, "DecisionsTable", name)
    store = DecisionStore(name, client=client)
    clock = Clock(start or datetime(2031, 5, 1, 9, 0, tzinfo=UTC))
    screening = ScreeningService(engine, store, _service().sealer, mac, SHARDS, clock=clock)
    review = ReviewService(store, mac, SHARDS, clock, mask_note=Masker(lambda: engine))
    return Workflow(store, clock, screening, review, AuditLog(store, SHARDS, clock))
