"""The local runner's stream path: what Lambda's event source mapping does for ArchiveFunction.

A daemon thread reads the embedded decisions table's DynamoDB stream (moto's server, or DynamoDB
Local), keeps the records the template's FilterCriteria keep, and hands them to the real handler of
``functions/archive`` in the event shape Lambda sends, in batches. As in Lambda, a partial batch
response makes the next poll retry from the earliest failed record; after the template's
MaximumRetryAttempts the batch is given up (logged: ``preflight audit rearchive`` re-files it).

The archive bucket is created at start in moto's S3 with Object Lock, versioning and SSE-KMS, as in
the template, so ``preflight audit verify`` works against a laptop's runner.
"""

from __future__ import annotations

import base64
import json
import os
import sys
import threading
import time
import traceback
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from preflight_tools.local import state
from preflight_tools.local.functions import Handler, LambdaContext
from preflight_tools.local.functions import load_handler as load_function_handler
from preflight_tools.local.template import REPO

FUNCTION = "ArchiveFunction"
LOCAL_BUCKET = "preflight-local-archive"
# Botocore's DynamoDB Streams endpoint resolution needs this with moto 5.2.5 and current botocore
# (DescribeStream answers 404 otherwise).
ENDPOINT_MODE = {"AWS_ACCOUNT_ID_ENDPOINT_MODE": "disabled"}


def _log(message: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)


# --- the function and its event source mapping, as template.yaml declares them ----------------


def function_spec(template: Mapping[str, Any]) -> dict[str, Any]:
    """ArchiveFunction's handler path and its DynamoDB event's properties."""
    resource = template["Resources"][FUNCTION]
    props = resource.get("Properties", {})
    handler = props.get("Handler") or template.get("Globals", {}).get("Function", {}).get("Handler")
    stream_events = [e["Properties"] for e in props.get("Events", {}).values() if e.get("Type") == "DynamoDB"]
    if not stream_events:
        raise ValueError(f"{FUNCTION} has no DynamoDB event in the template")
    return {"code_uri": props["CodeUri"], "handler": handler, "event": stream_events[0]}


def filter_patterns(event_props: Mapping[str, Any]) -> list[dict[str, Any]]:
    filters = (event_props.get("FilterCriteria") or {}).get("Filters") or []
    return [json.loads(f["Pattern"]) for f in filters]


def _matches_value(rule: list[Any], value: Any) -> bool:
    for option in rule:
        if isinstance(option, dict):
            if "prefix" in option and isinstance(value, str) and value.startswith(option["prefix"]):
                return True
            if set(option) - {"prefix"}:
                raise ValueError(f"filter rule not supported locally: {option}")
        elif option == value:
            return True
    return False


def matches(pattern: Mapping[str, Any], record: Mapping[str, Any]) -> bool:
    """Lambda event filtering for the rules the template uses: value lists and ``prefix``."""
    for name, rule in pattern.items():
        if name not in record:
            return False
        value = record[name]
        if isinstance(rule, Mapping):
            if not isinstance(value, Mapping) or not matches(rule, value):
                return False
        elif not _matches_value(list(rule), value):
            return False
    return True


def load_handler(spec: Mapping[str, Any], repo: Path = REPO) -> Handler:
    return load_function_handler(FUNCTION, repo / spec["code_uri"], str(spec["handler"]))


# --- the bucket -----------------------------------------------------------------------------------


def create_bucket(s3: Any, kms: Any, template: Mapping[str, Any], name: str = LOCAL_BUCKET) -> str:
    """The archive bucket with the template's Object Lock default; returns the key ARN it uses."""
    params = template.get("Parameters", {})
    mode = str(params.get("ArchiveObjectLockMode", {}).get("Default", "COMPLIANCE"))
    years = int(params.get("ArchiveRetentionYears", {}).get("Default", 6))
    key_arn = kms.create_key(Description="Preflight local archive key")["KeyMetadata"]["Arn"]
    s3.create_bucket(Bucket=name, ObjectLockEnabledForBucket=True)
    s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
    s3.put_object_lock_configuration(
        Bucket=name,
        ObjectLockConfiguration={
            "ObjectLockEnabled": "Enabled",
            "Rule": {"DefaultRetention": {"Mode": mode, "Years": years}},
        },
    )
    s3.put_bucket_encryption(
        Bucket=name,
        ServerSideEncryptionConfiguration={
            "Rules": [
                {
                    "ApplyServerSideEncryptionByDefault": {
                        "SSEAlgorithm": "aws:kms",
                        "KMSMasterKeyID": key_arn,
                    },
                    "BucketKeyEnabled": True,
                }
            ]
        },
    )
    return key_arn


# --- stream records in Lambda's shape -------------------------------------------------------------


def _lambda_value(value: Any) -> Any:
    # Botocore hands binary attributes back as bytes; Lambda's JSON event carries them as base64.
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Mapping):
        return {k: _lambda_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_lambda_value(v) for v in value]
    return value


def lambda_record(record: Mapping[str, Any], stream_arn: str, region: str) -> dict[str, Any]:
    """A GetRecords record as the event source mapping delivers it (events/dynamodb_stream.json)."""
    stream = dict(record.get("dynamodb") or {})
    created = stream.get("ApproximateCreationDateTime")
    if isinstance(created, datetime):
        stream["ApproximateCreationDateTime"] = int(created.timestamp())
    return {
        "eventID": record.get("eventID"),
        "eventName": record.get("eventName"),
        "eventVersion": record.get("eventVersion", "1.1"),
        "eventSource": "aws:dynamodb",
        "awsRegion": record.get("awsRegion") or region,
        "dynamodb": _lambda_value(stream),
        "eventSourceARN": stream_arn,
    }


class StreamPoller:
    """Reads one table's stream into one handler, in a daemon thread, until stopped."""

    def __init__(
        self,
        table_name: str,
        handler: Handler,
        event_props: Mapping[str, Any],
        *,
        dynamodb: Any,
        streams: Any,
        lock: Any | None = None,
        interval: float = 0.3,
    ) -> None:
        self.table_name = table_name
        self.handler = handler
        self.patterns = filter_patterns(event_props)
        self.batch_size = int(event_props.get("BatchSize", 100))
        self.max_retries = int(event_props.get("MaximumRetryAttempts", 10))
        self.dynamodb = dynamodb
        self.streams = streams
        # moto's in-process backend is not guaranteed thread-safe; the runner serialises every
        # handler invocation with one lock, and this poller takes the same one.
        self.lock = lock if lock is not None else threading.Lock()
        self.interval = interval
        self.stream_arn = ""
        self.region = os.environ.get("AWS_DEFAULT_REGION", "us-east-1")
        self._iterators: dict[str, str | None] = {}
        self._pending: dict[str, list[dict[str, Any]]] = {}
        self._attempts: dict[str, int] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._invocations = 0
        self.delivered = 0

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="preflight-archive-stream", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.poll_once()
            except Exception:  # the runner keeps serving; the next poll starts over
                traceback.print_exc()
                self._iterators.clear()
            self._stop.wait(self.interval)

    def _open(self) -> None:
        with self.lock:
            self.stream_arn = self.dynamodb.describe_table(TableName=self.table_name)["Table"][
                "LatestStreamArn"
            ]
            shards = self.streams.describe_stream(StreamArn=self.stream_arn)["StreamDescription"]["Shards"]
            for shard in shards:
                shard_id = shard["ShardId"]
                if shard_id not in self._iterators:
                    self._iterators[shard_id] = self.streams.get_shard_iterator(
                        StreamArn=self.stream_arn, ShardId=shard_id, ShardIteratorType="TRIM_HORIZON"
                    )["ShardIterator"]

    def poll_once(self) -> int:
        """Read the next records of each shard and deliver them; how many stream records were read
        (filtered out or not), so that a caller can drain the stream: ``while poll_once(): ...``."""
        if not self._iterators:
            self._open()
        read = 0
        for shard_id, iterator in list(self._iterators.items()):
            pending = self._pending.setdefault(shard_id, [])
            if iterator is not None and len(pending) < self.batch_size:
                with self.lock:
                    answer = self.streams.get_records(ShardIterator=iterator, Limit=self.batch_size)
                self._iterators[shard_id] = answer.get("NextShardIterator")
                read += len(answer.get("Records", []))
                for record in answer.get("Records", []):
                    shaped = lambda_record(record, self.stream_arn, self.region)
                    if not self.patterns or any(matches(p, shaped) for p in self.patterns):
                        pending.append(shaped)
            while pending:
                batch = pending[: self.batch_size]
                done = self._deliver(shard_id, batch)
                del pending[:done]
                if done < len(batch):
                    break  # retried on the next poll, from the earliest failed record
        return read

    def _deliver(self, shard_id: str, batch: list[dict[str, Any]]) -> int:
        """Invoke the handler; how many records from the start of ``batch`` are done with."""
        self._invocations += 1
        try:
            with self.lock:
                answer = self.handler(
                    {"Records": batch},
                    LambdaContext(FUNCTION, f"stream-{self._invocations}", memory_mb=256, timeout_s=60),
                )
            failed = {f["itemIdentifier"] for f in (answer or {}).get("batchItemFailures", [])}
        except Exception:
            traceback.print_exc()
            failed = {batch[0]["dynamodb"]["SequenceNumber"]}
        sequence = [r["dynamodb"]["SequenceNumber"] for r in batch]
        if not failed:
            self._attempts.pop(shard_id, None)
            self.delivered += len(batch)
            _log(f"archive: {len(batch)} stream record(s) archived")
            return len(batch)
        first = min(sequence.index(s) if s in sequence else 0 for s in failed)
        attempts = self._attempts.get(shard_id, 0) + 1
        self._attempts[shard_id] = attempts
        if attempts > self.max_retries:
            # Lambda would send the batch to the on-failure bucket; locally it is given up, loudly.
            self._attempts.pop(shard_id, None)
            _log(
                f"archive: {len(batch) - first} stream record(s) given up after {self.max_retries} retries; "
                "run `preflight audit rearchive` to file them from the table"
            )
            return len(batch)
        self.delivered += first
        _log(f"archive: {len(failed)} stream record(s) failed; retrying from the earliest")
        return first


class LocalArchive:
    """The embedded archive: its bucket, its key and the stream poller feeding ArchiveFunction."""

    def __init__(self, template: Mapping[str, Any], table_name: str, repo: Path = REPO) -> None:
        self.template = template
        self.table_name = table_name
        self.repo = repo
        self.bucket = LOCAL_BUCKET
        self.key_arn = ""
        self.poller: StreamPoller | None = None

    def prepare(self) -> dict[str, str]:
        """Create the bucket (before the handlers import their settings); the variables to set."""
        import boto3

        os.environ.update(ENDPOINT_MODE)
        s3 = boto3.client("s3")
        existing = {b["Name"] for b in s3.list_buckets().get("Buckets", [])}
        if self.bucket in existing:
            self.key_arn = os.environ.get("PREFLIGHT_ARCHIVE_KEY_ID", "")
        else:
            self.key_arn = create_bucket(s3, boto3.client("kms"), self.template, self.bucket)
        return {"PREFLIGHT_ARCHIVE_BUCKET": self.bucket, "PREFLIGHT_ARCHIVE_KEY_ID": self.key_arn}

    def start(self, lock: Any | None = None, dynamodb_endpoint: str = "") -> None:
        import boto3

        spec = function_spec(self.template)
        handler = load_handler(spec, self.repo)
        # DynamoDB Local serves its streams on the DynamoDB endpoint; moto serves both on one.
        endpoint = dynamodb_endpoint or None  # None: boto3's own (AWS_ENDPOINT_URL, moto's)
        self.poller = StreamPoller(
            self.table_name,
            handler,
            spec["event"],
            dynamodb=boto3.client("dynamodb", endpoint_url=endpoint),
            streams=boto3.client("dynamodbstreams", endpoint_url=endpoint),
            lock=lock,
        )
        self.poller.start()

    def stop(self) -> None:
        if self.poller is not None:
            self.poller.stop()
            self.poller = None

    def describe(self, endpoint: str, port: int) -> str:
        """The banner's line: where the archive lives and how to verify it from another terminal."""
        local = "--local" if port == state.DEFAULT_PORT else f"--local {port}"
        return (
            f"archive: the table's stream -> {FUNCTION} -> s3://{self.bucket} (Object Lock) at {endpoint}; "
            f"verify: .venv/bin/preflight audit verify {local} --from DAY --to NEXT_DAY"
        )
