"""The archive (docs/service-design.md, "Archive"): one immutable S3 object per version of a
decision-log item.

Key ``v1/<day>/<decision id>/<SK without '#'>/<sha256>.json``; body the item's DynamoDB-typed JSON
(``{"PK": {"S": ...}, ...}``) in RFC 8785 canonical form; ``<sha256>`` the hex SHA-256 of the body.
The same item always gives the same bytes, hence the same key: a replayed stream record or a
re-archive finds its object there and writes nothing, and a changed item (a review updates the
decision's status) gives a new object beside the old one.

The stream's new image and the table's Query answer are the same typed JSON except for two
encodings, normalised here: binary values (base64 text in a Lambda event, bytes from botocore) are
base64 text, and set members (unordered in DynamoDB) are sorted.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import rfc8785

from preflight.service.ids import decision_day
from preflight.store import keys
from preflight.store.archive import ArchiveBucket

PREFIX = "v1"
DECISION_PREFIX = keys.decision_pk("")  # "DEC#": decisions and their events; nothing else is archived


class NotArchivable(ValueError):
    """An image the archive does not take (not a decision-log item, or a malformed key)."""


@dataclass(frozen=True)
class ArchiveObject:
    decision_id: str
    sk: str
    day: str
    key: str
    body: bytes
    sha256: str

    @property
    def sha256_b64(self) -> str:
        return base64.b64encode(bytes.fromhex(self.sha256)).decode("ascii")


@dataclass(frozen=True)
class ArchiveKey:
    """A parsed object key."""

    day: str
    decision_id: str
    sk_part: str
    sha256: str


def _b64(value: Any) -> str:
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(bytes(value)).decode("ascii")
    return str(value)


def _normalise(value: Mapping[str, Any]) -> dict[str, Any]:
    """One typed attribute value in the form both the stream and a Query produce."""
    if len(value) != 1:
        raise NotArchivable("a typed attribute value has exactly one type")
    kind, inner = next(iter(value.items()))
    if kind == "M":
        return {"M": normalise_item(inner)}
    if kind == "L":
        return {"L": [_normalise(v) for v in inner]}
    if kind == "B":
        return {"B": _b64(inner)}
    if kind == "BS":
        return {"BS": sorted(_b64(v) for v in inner)}
    if kind in ("SS", "NS"):
        return {kind: sorted(str(v) for v in inner)}
    if kind in ("S", "N"):
        return {kind: str(inner)}
    if kind in ("BOOL", "NULL"):
        return {kind: bool(inner)}
    raise NotArchivable(f"unknown attribute type {kind!r}")


def normalise_item(image: Mapping[str, Any]) -> dict[str, Any]:
    return {str(name): _normalise(value) for name, value in image.items()}


def canonical_body(image: Mapping[str, Any]) -> bytes:
    """The archived bytes of an item: its typed JSON, normalised, in RFC 8785 canonical form."""
    return rfc8785.dumps(normalise_item(image))


def sk_part(sk: str) -> str:
    # '#' is legal in a key but awkward in URLs and consoles; the design writes #DECISION as DECISION.
    part = sk.replace("#", "")
    if not part or "/" in part or part in (".", ".."):
        raise NotArchivable(f"sort key cannot name an archive folder: {sk!r}")
    return part


def day_prefix(day: str) -> str:
    return f"{PREFIX}/{day}/"


def archive_object(image: Mapping[str, Any]) -> ArchiveObject:
    """The object an item's image becomes. Raises NotArchivable for anything but a DEC# item."""
    try:
        pk = image["PK"]["S"]
        sk = image["SK"]["S"]
    except (KeyError, TypeError) as exc:
        raise NotArchivable("the image has no string PK and SK") from exc
    if not pk.startswith(DECISION_PREFIX):
        raise NotArchivable("not a decision-log item")
    decision_id = pk[len(DECISION_PREFIX) :]
    try:
        day = decision_day(decision_id)
    except ValueError as exc:
        raise NotArchivable(str(exc)) from exc
    body = canonical_body(image)
    sha256 = hashlib.sha256(body).hexdigest()
    key = f"{PREFIX}/{day}/{decision_id}/{sk_part(sk)}/{sha256}.json"
    return ArchiveObject(decision_id, sk, day, key, body, sha256)


def parse_key(key: str) -> ArchiveKey | None:
    """The parts of an archive key, or None for a key this version of the archive did not write."""
    parts = key.split("/")
    if len(parts) != 5 or parts[0] != PREFIX or not parts[4].endswith(".json"):
        return None
    sha256 = parts[4][: -len(".json")]
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        return None
    return ArchiveKey(day=parts[1], decision_id=parts[2], sk_part=parts[3], sha256=sha256)


class ArchiveService:
    def __init__(self, bucket: ArchiveBucket) -> None:
        self.bucket = bucket

    def archive(self, image: Mapping[str, Any]) -> tuple[ArchiveObject, bool]:
        """Write one item's image; (the object, True if written now / False if it was already there)."""
        obj = archive_object(image)
        written = self.bucket.put_if_absent(obj.key, obj.body, obj.sha256_b64)
        return obj, written
