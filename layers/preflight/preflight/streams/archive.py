"""ArchiveFunction: the decisions table's stream (filtered to DEC# items, see template.yaml) to the
Object Lock bucket, one object per new image (preflight.service.archive).

Each record is archived on its own; a record that cannot be written is reported to Lambda
(ReportBatchItemFailures) and the others are not: Lambda retries from the earliest failed record,
so records after it may be written again, which the conditional PutObject turns into no-ops.
Batches that keep failing go to the event source mapping's S3 on-failure destination, which keeps
the records themselves; ``preflight audit rearchive`` writes them from the table later.

Nothing of an item's content is logged: ids, sort keys, object keys and outcomes only.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.dynamo_db_stream_event import DynamoDBRecord
from aws_lambda_powertools.utilities.typing import LambdaContext

from preflight.observability import logger, metrics, tracer
from preflight.service.archive import ArchiveService, NotArchivable
from preflight.settings import get_settings
from preflight.store import keys
from preflight.store.archive import ArchiveBucket


def _archive_record(service: ArchiveService, record: DynamoDBRecord) -> None:
    raw = record.raw_event.get("dynamodb") or {}
    sequence = raw.get("SequenceNumber", "")
    # Powertools' new_image deserialises the values; the archive keeps the typed JSON, so read it raw.
    image = raw.get("NewImage")
    pk = ((raw.get("Keys") or {}).get("PK") or {}).get("S", "")
    if not pk.startswith(keys.decision_pk("")):
        # The event source mapping's filter keeps these out; one that slips through is not ours.
        logger.warning("stream record outside the decision log skipped", extra={"sequence_number": sequence})
        return
    if image is None:
        # REMOVE (filtered out too): nothing new to keep, and every earlier image is already archived.
        logger.warning(
            "stream record without a new image skipped",
            extra={"sequence_number": sequence, "event_name": record.raw_event.get("eventName")},
        )
        return
    try:
        obj, written = service.archive(image)
    except NotArchivable as exc:
        # A DEC# item the archive cannot file (malformed id): fail it, so that after the retries
        # Lambda sends it to the on-failure bucket instead of it being dropped silently.
        logger.error("stream record not archivable", extra={"sequence_number": sequence, "reason": str(exc)})
        raise
    logger.info(
        "archived" if written else "already archived",
        extra={"decision_id": obj.decision_id, "sk": obj.sk, "key": obj.key, "sequence_number": sequence},
    )


def handle(event: dict[str, Any], context: LambdaContext | None, service: ArchiveService) -> dict[str, Any]:
    """Archive a batch of stream records; the partial batch response names the failed ones."""

    def record_handler(record: DynamoDBRecord) -> None:
        _archive_record(service, record)

    # A batch where every record failed is still a partial response (Lambda retries from the first
    # and, past MaximumRetryAttempts, sends the batch to the on-failure destination), not an error.
    processor = BatchProcessor(event_type=EventType.DynamoDBStreams, raise_on_entire_batch_failure=False)
    response = process_partial_response(event, record_handler, processor, context)
    failures = len(response.get("batchItemFailures", []))
    metrics.add_metric(name="ArchiveRecords", unit=MetricUnit.Count, value=len(event.get("Records") or []))
    if failures:
        logger.error("stream records not archived", extra={"failed": failures})
        metrics.add_metric(name="ArchiveRecordFailed", unit=MetricUnit.Count, value=failures)
    return dict(response)


_service: ArchiveService | None = None


def _default_service() -> ArchiveService:
    global _service
    if _service is None:
        settings = get_settings()
        if not settings.archive_bucket:
            raise RuntimeError("PREFLIGHT_ARCHIVE_BUCKET is not set")
        _service = ArchiveService(ArchiveBucket(settings.archive_bucket, settings.archive_key_id))
    return _service


# clear_state: nothing of one invocation's log keys (a correlation id) leaks into the next.
@logger.inject_lambda_context(log_event=False, clear_state=True)
@tracer.capture_lambda_handler
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    return handle(event, context, _default_service())
