"""The archive's data access: S3 (the Object Lock bucket) and the table's items exactly as DynamoDB
holds them. ClientError never leaves this module; callers see ArchiveUnavailable.

Both classes deal in DynamoDB-typed JSON (``{"PK": {"S": ...}}``), never in deserialised values:
the archive stores the item's typed form, so the table side must be read in that form too for the
hashes to be comparable.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from preflight.store import keys
from preflight.store.clients import LazyClient
from preflight.store.errors import StoreError


class ArchiveUnavailable(StoreError):
    """S3 (or the table, for the archive's reads) could not be reached, refused, or kept failing."""


@dataclass(frozen=True)
class StoredVersion:
    """One version of an archive object: S3 sets ``last_modified`` when it is written."""

    key: str
    version_id: str
    last_modified: datetime


def _code(exc: ClientError) -> str:
    return str(exc.response.get("Error", {}).get("Code", ""))


class ArchiveBucket:
    """Objects under ``v1/``: written once (conditional on absence), listed and read by prefix."""

    def __init__(self, bucket: str, key_id: str = "", client: Any | None = None) -> None:
        self.bucket = bucket
        self.key_id = key_id
        self._client = client

    client = LazyClient("s3", read_timeout=10)

    def put_if_absent(self, key: str, body: bytes, sha256_b64: str) -> bool:
        """Write ``body`` under ``key`` unless an object is already there: True written, False there.

        ``If-None-Match: *`` makes S3 refuse the write with 412 when the key exists, so a replayed
        stream record (or a re-archive) never adds a version. Object Lock requires an integrity
        checksum on PutObject: the body's SHA-256 is sent, so S3 also rejects a body corrupted on the
        way. SSE-KMS with the archive's own key is requested explicitly, as the bucket policy demands
        (without the key id S3 would use the account's aws/s3 key)."""
        params: dict[str, Any] = {
            "Bucket": self.bucket,
            "Key": key,
            "Body": body,
            "ContentType": "application/json",
            "IfNoneMatch": "*",
            "ChecksumAlgorithm": "SHA256",
            "ChecksumSHA256": sha256_b64,
            "ServerSideEncryption": "aws:kms",
        }
        if self.key_id:
            params |= {"SSEKMSKeyId": self.key_id, "BucketKeyEnabled": True}
        try:
            self.client.put_object(**params)
        except ClientError as exc:
            status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
            if _code(exc) == "PreconditionFailed" or status == 412:
                return False
            # 409 ConditionalRequestConflict (a concurrent write of the same key) is left to the
            # retry: the next attempt finds the object and answers False.
            raise ArchiveUnavailable(f"archive write refused: {_code(exc) or status}") from exc
        except BotoCoreError as exc:
            raise ArchiveUnavailable(f"archive write failed: {type(exc).__name__}") from exc
        return True

    def list_versions(self, prefix: str) -> Iterator[StoredVersion]:
        """Every stored version of every object under ``prefix`` (delete markers left out), in key
        order. The bucket is versioned (Object Lock requires it) and locked versions cannot be
        removed, so this sees each object's first version even if another was put over it later."""
        try:
            paginator = self.client.get_paginator("list_object_versions")
            for page in paginator.paginate(Bucket=self.bucket, Prefix=prefix):
                for entry in page.get("Versions", []):
                    yield StoredVersion(entry["Key"], entry.get("VersionId") or "null", entry["LastModified"])
        except ClientError as exc:
            raise ArchiveUnavailable(f"archive not listed: {_code(exc)}") from exc
        except BotoCoreError as exc:
            raise ArchiveUnavailable(f"archive not listed: {type(exc).__name__}") from exc

    def get_body(self, key: str, version_id: str | None = None) -> bytes:
        params = {"Bucket": self.bucket, "Key": key}
        if version_id is not None and version_id != "null":
            params["VersionId"] = version_id
        try:
            return self.client.get_object(**params)["Body"].read()
        except ClientError as exc:
            raise ArchiveUnavailable(f"archive object not read: {_code(exc)}") from exc
        except BotoCoreError as exc:
            raise ArchiveUnavailable(f"archive object not read: {type(exc).__name__}") from exc


class DecisionLogItems:
    """The decision log's items in DynamoDB-typed form, by the documented access patterns (no scan)."""

    def __init__(self, table_name: str, client: Any | None = None) -> None:
        self.table_name = table_name
        self._client = client

    client = LazyClient("dynamodb", read_timeout=10)

    def decisions_in_range(self, day: str, shard: int, start: str, end: str) -> Iterator[dict[str, Any]]:
        """Decision items of one day and shard with ``start <= screened_at < end`` (GSI2).

        GSI2SK is ``<screened_at>#<id>``: every key at ``start`` sorts after the bare ``start``, and
        every key at ``end`` after the bare ``end``, so BETWEEN on the bare times is [start, end)."""
        yield from self._query(
            IndexName=keys.TIME_INDEX,
            KeyConditionExpression="GSI2PK = :pk AND GSI2SK BETWEEN :start AND :end",
            ExpressionAttributeValues={
                ":pk": {"S": keys.day_pk(day, shard)},
                ":start": {"S": start},
                ":end": {"S": end},
            },
        )

    def partition(self, decision_id: str) -> list[dict[str, Any]]:
        """The decision item and its events (``PK = DEC#<id>``), in SK order; empty when absent."""
        return list(
            self._query(
                KeyConditionExpression="PK = :pk",
                ExpressionAttributeValues={":pk": {"S": keys.decision_pk(decision_id)}},
                ConsistentRead=True,
            )
        )

    def _query(self, **params: Any) -> Iterator[dict[str, Any]]:
        try:
            paginator = self.client.get_paginator("query")
            for page in paginator.paginate(TableName=self.table_name, **params):
                yield from page.get("Items", [])
        except ClientError as exc:
            raise ArchiveUnavailable(f"decision log not read: {_code(exc)}") from exc
        except BotoCoreError as exc:
            raise ArchiveUnavailable(f"decision log not read: {type(exc).__name__}") from exc
