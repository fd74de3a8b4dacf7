"""Screen a draft and log the decision: the use case behind POST /screen.

Fail closed: if the decision cannot be written, the caller gets an error (503), never an answer.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aws_lambda_powertools.metrics import MetricUnit

from preflight.engine import Engine
from preflight.observability import logger, metrics
from preflight.service.crypto import Sealer
from preflight.service.ids import new_decision_id, shard_of
from preflight.service.records import record_hash
from preflight.service.times import timestamp, utc_now
from preflight.service.views import decision_view
from preflight.store import keys
from preflight.store.dynamodb import DecisionStore
from preflight.store.errors import AlreadyRecorded


@dataclass(frozen=True)
class ScreenRequest:
    text: str
    author: str
    channel: str
    metadata: dict[str, str]


class ScreeningService:
    def __init__(
        self,
        engine: Engine,
        store: DecisionStore,
        sealer: Sealer,
        shards: int,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.engine = engine
        self.store = store
        self.sealer = sealer
        self.shards = shards
        self.clock = clock

    def screen_and_log(
        self, request: ScreenRequest, client_id: str, request_id: str, idempotency_key: str | None
    ) -> dict[str, Any]:
        started = time.perf_counter()
        decision = self.engine.screen(request.text)  # InputError: the caller's fault, nothing written
        now = self.clock()
        decision_id = new_decision_id(now)
        screened_at = timestamp(now)
        day = screened_at[:10]
        shard = shard_of(decision_id, self.shards)
        status = "pending_review" if decision.flagged else "approved"
        findings = [f.to_dict() for f in decision.findings]
        categories = sorted({f["category"] for f in findings})
        item: dict[str, Any] = {
            "decision_id": decision_id,
            "screened_at": screened_at,
            "day": day,
            "author": request.author,
            "channel": request.channel,
            "metadata": dict(request.metadata),
            "client_id": client_id,
            "decision": decision.decision,
            "status": status,
            "findings": findings,
            "categories": categories,
            "redacted_text": decision.redacted_text,
            "text_fingerprint": self.sealer.fingerprint(request.text),
            "policy_version": decision.policy_version,
            "engine_version": decision.engine_version,
            "complete": decision.complete,
            "incomplete_reasons": list(decision.incomplete_reasons),
            "request_id": request_id,
            "original": self.sealer.seal(request.text, decision_id),
        }
        item["record_hash"] = record_hash(item)
        item |= {
            "PK": keys.decision_pk(decision_id),
            "SK": keys.DECISION_SK,
            "GSI2PK": keys.day_pk(day, shard),
            "GSI2SK": keys.time_sk(screened_at, decision_id),
            "GSI3PK": keys.author_pk(request.author),
            "GSI3SK": keys.time_sk(screened_at, decision_id),
        }
        if status == "pending_review":
            item |= {"GSI1PK": keys.queue_pk(shard), "GSI1SK": keys.time_sk(screened_at, decision_id)}
        counters = {"total": 1, f"decision:{decision.decision}": 1, f"status:{status}": 1}
        counters[f"channel:{request.channel}"] = 1
        # The policy versions in use each day: the console's choices for the log's version filter.
        counters[f"policy:{decision.policy_version}"] = 1
        counters |= {f"category:{c}": 1 for c in categories}
        guard = (client_id, idempotency_key) if idempotency_key else None
        try:
            self.store.put_decision(item, counters, (day, shard), guard)
        except AlreadyRecorded as already:
            logger.info("idempotent retry answered from the log", extra={"decision_id": already.decision_id})
            existing = self.store.get_decision(already.decision_id)
            if existing is None:
                raise
            return decision_view(existing)
        metrics.add_metric(name=f"Decision_{decision.decision}", unit=MetricUnit.Count, value=1)
        for category in categories:
            metrics.add_metric(name=f"Finding_{category}", unit=MetricUnit.Count, value=1)
        metrics.add_metric(
            name="ScreeningLatency",
            unit=MetricUnit.Milliseconds,
            value=(time.perf_counter() - started) * 1000,
        )
        logger.info(
            "decision logged",
            extra={"decision_id": decision_id, "decision": decision.decision, "categories": categories},
        )
        return decision_view(item)
