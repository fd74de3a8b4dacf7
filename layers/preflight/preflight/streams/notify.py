"""NotifyFunction: the decisions table's stream (filtered, see template.yaml) to the Preflight bus.

One invocation publishes its whole batch in PutEvents calls of up to 10 entries, then reports to
Lambda (ReportBatchItemFailures) exactly the records whose entry EventBridge did not accept, or that
could not be read; Lambda retries from the earliest of them. Delivery is at least once: a record
after a failed one may be published again on the retry, so consumers deduplicate on
(detail-type, decision_id, and reviewed_at for reviews).
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.dynamo_db_stream_event import DynamoDBRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from preflight.observability import logger, tracer
from preflight.service.notify import Announcement, NotifyService, event_for
from preflight.settings import get_settings
from preflight.store.events import EventPublisher


class NotificationFailed(Exception):
    """Raised for one record so that the batch processor reports it alone."""


def _announcement(record: DynamoDBRecord) -> Announcement:
    stream = record.dynamodb
    if stream is None or not stream.sequence_number:
        raise ValueError("record without dynamodb.SequenceNumber")
    name = record.event_name.name if record.event_name is not None else ""
    return Announcement(stream.sequence_number, event_for(name, stream.new_image))


def handle(event: dict[str, Any], context: LambdaContext | None, service: NotifyService) -> dict[str, Any]:
    failed: dict[str, str] = {}
    announcements: list[Announcement] = []
    for raw in event.get("Records") or []:
        record = DynamoDBRecord(raw)
        try:
            announcements.append(_announcement(record))
        except (KeyError, TypeError, ValueError) as exc:
            sequence = (raw.get("dynamodb") or {}).get("SequenceNumber", "")
            failed[sequence] = f"unreadable record: {type(exc).__name__}"
            logger.error("stream record not readable", extra={"sequence_number": sequence})
    failed |= service.publish(announcements)

    def record_handler(record: DynamoDBRecord) -> None:
        sequence = record.dynamodb.sequence_number if record.dynamodb is not None else None
        reason = failed.get(sequence or "")
        if reason is not None:
            raise NotificationFailed(reason)

    # Every record failed: still a partial response (Lambda retries from the first), not an error.
    processor = BatchProcessor(event_type=EventType.DynamoDBStreams, raise_on_entire_batch_failure=False)
    return dict(process_partial_response(event, record_handler, processor, context))


_service: NotifyService | None = None


def _default_service() -> NotifyService:
    global _service
    if _service is None:
        _service = NotifyService(EventPublisher(get_settings().event_bus_name))
    return _service


@logger.inject_lambda_context(log_event=False)
@tracer.capture_lambda_handler
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return handle(event, context, _default_service())
