"""Screen a draft and log the decision: the use case behind POST /screen.

Fail closed: if the decision cannot be written, the caller gets an error (503), never an answer.

Metadata values travel with the draft (and are stored with its decision), so they are screened by
the same engine: each value is stored as the engine masks it, and what the engine finds in a value
is a finding of the decision like any other (a card number in metadata flags the draft), reported
with ``field: "metadata.<key>"`` and offsets into that value. Findings in the text have no
``field``: their offsets are into the text. A key is a name, kept as sent: a key holding a value the
engine would mask is refused.
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from aws_lambda_powertools.metrics import MetricUnit

from preflight.engine import Decision, Engine
from preflight.observability import logger, metrics
from preflight.records import SCREENING_STATUS, DecisionRecord, DecisionValue
from preflight.service.crypto import Sealer
from preflight.service.ids import new_decision_id, shard_of
from preflight.service.integrity import LogMac
from preflight.service.records import sign_record
from preflight.service.times import timestamp, utc_now
from preflight.service.views import decision_view
from preflight.store.dynamodb import DecisionStore, Guard
from preflight.store.errors import AlreadyRecorded


@dataclass(frozen=True)
class ScreenRequest:
    text: str
    author: str
    channel: str
    metadata: dict[str, str]

    def canonical(self) -> dict[str, Any]:
        """The body as validated, defaults filled in: what an Idempotency-Key is bound to."""
        return {"text": self.text, "author": self.author, "channel": self.channel, "metadata": self.metadata}


class SensitiveMetadataKey(Exception):
    """A metadata key holds a value the engine masks: keys are names, stored and shown as sent, so
    such a key is refused rather than kept (nothing is written)."""


class IdempotencyKeyReused(Exception):
    """The Idempotency-Key names a decision screened from a different body: nothing is screened."""


@dataclass(frozen=True)
class _Screened:
    """The decision over the text and every metadata value."""

    decision: DecisionValue
    findings: list[dict[str, Any]]
    metadata: dict[str, str]  # as masked by the engine
    complete: bool
    incomplete_reasons: list[str]


def _screen_all(engine: Engine, text_decision: Decision, metadata: dict[str, str]) -> _Screened:
    findings = [f.to_dict() for f in text_decision.findings]
    flagged, complete = text_decision.flagged, text_decision.complete
    reasons = list(text_decision.incomplete_reasons)
    masked: dict[str, str] = {}
    for key, value in metadata.items():
        if key.strip() and engine.screen(key).redacted_text != key:
            raise SensitiveMetadataKey
        if not value.strip():  # nothing to screen (and the engine refuses blank text)
            masked[key] = value
            continue
        found = engine.screen(value)
        masked[key] = found.redacted_text
        findings += [f.to_dict() | {"field": f"metadata.{key}"} for f in found.findings]
        flagged, complete = flagged or found.flagged, complete and found.complete
        reasons += [f"metadata.{key}: {reason}" for reason in found.incomplete_reasons]
    return _Screened("flag" if flagged else "approve", findings, masked, complete, reasons)


class ScreeningService:
    def __init__(
        self,
        engine: Engine,
        store: DecisionStore,
        sealer: Sealer,
        mac: LogMac,
        shards: int,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.engine = engine
        self.store = store
        self.sealer = sealer
        self.mac = mac
        self.shards = shards
        self.clock = clock

    def screen_and_log(
        self, request: ScreenRequest, client_id: str, request_id: str, idempotency_key: str | None
    ) -> dict[str, Any]:
        started = time.perf_counter()
        text_decision = self.engine.screen(request.text)  # InputError: the caller's fault, nothing written
        decision = _screen_all(self.engine, text_decision, request.metadata)
        now = self.clock()
        decision_id = new_decision_id(now)
        screened_at = timestamp(now)
        day = screened_at[:10]
        shard = shard_of(decision_id, self.shards)
        status = SCREENING_STATUS[decision.decision]
        findings = decision.findings
        categories = sorted({f["category"] for f in findings})
        record = DecisionRecord(
            decision_id=decision_id,
            screened_at=screened_at,
            day=day,
            author=request.author,
            channel=request.channel,
            metadata=decision.metadata,
            client_id=client_id,
            decision=decision.decision,
            status=status,
            findings=findings,
            categories=categories,
            redacted_text=text_decision.redacted_text,
            text_fingerprint=self.sealer.fingerprint(request.text),
            policy_version=text_decision.policy_version,
            engine_version=text_decision.engine_version,
            complete=decision.complete,
            incomplete_reasons=list(decision.incomplete_reasons),
            request_id=request_id,
            original=self.sealer.seal(request.text, decision_id),
        )
        record = sign_record(record, self.mac)  # KMS unavailable: StoreUnavailable, nothing written
        counters = {"total": 1, f"decision:{decision.decision}": 1, f"status:{status}": 1}
        counters[f"channel:{request.channel}"] = 1
        # The policy versions in use each day: the console's choices for the log's version filter.
        counters[f"policy:{text_decision.policy_version}"] = 1
        counters |= {f"category:{c}": 1 for c in categories}
        guard = None
        if idempotency_key:
            guard = Guard(client_id, idempotency_key, self.body_fingerprint(request))
        try:
            self.store.put_decision(record, shard, counters, guard)
        except AlreadyRecorded as already:
            existing = self.store.get_decision(already.decision_id)
            if existing is None:
                raise
            if not self._same_body(already, existing, request):
                logger.info(
                    "idempotency key reused with another body", extra={"decision_id": already.decision_id}
                )
                raise IdempotencyKeyReused(already.decision_id) from already
            logger.info("idempotent retry answered from the log", extra={"decision_id": already.decision_id})
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
        return decision_view(record)

    def body_fingerprint(self, request: ScreenRequest) -> str:
        return self.sealer.body_fingerprint(request.canonical())

    def _same_body(self, already: AlreadyRecorded, existing: DecisionRecord, request: ScreenRequest) -> bool:
        """Whether the guarded decision was screened from this very body."""
        if already.body_fingerprint is not None:
            return hmac.compare_digest(already.body_fingerprint, self.body_fingerprint(request))
        # A guard written before body fingerprints: its decision holds the text's fingerprint and,
        # as sent (metadata was stored unmasked then), the other fields.
        return hmac.compare_digest(
            str(existing.text_fingerprint), self.sealer.fingerprint(request.text)
        ) and (existing.author, existing.channel, existing.metadata or {}) == (
            request.author,
            request.channel,
            dict(request.metadata),
        )
