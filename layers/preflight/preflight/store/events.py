"""EventBridge adapter: the only code that puts events on the Preflight bus. ClientError never leaves
this module.

PutEvents takes at most 10 entries per call and answers per entry: a call can succeed while some of
its entries fail (``FailedEntryCount``, and an ``ErrorCode`` on each failed entry, in the order of
the request). ``put`` therefore answers one outcome per entry, never a single yes or no.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from preflight.store.clients import LazyClient
from preflight.store.errors import StoreError

MAX_ENTRIES_PER_CALL = 10


class EventBusUnavailable(StoreError):
    """A PutEvents call failed as a whole (every entry of that call is undelivered)."""


@dataclass(frozen=True, slots=True)
class BusEvent:
    source: str
    detail_type: str
    detail: dict[str, Any]
    time: datetime | None = None


class EventPublisher:
    def __init__(self, bus_name: str, client: Any | None = None) -> None:
        if not bus_name:  # never fall back to the account's default bus
            raise ValueError("no event bus name (PREFLIGHT_EVENT_BUS_NAME)")
        self.bus_name = bus_name
        self._client = client

    client = LazyClient("events")

    def _entry(self, event: BusEvent) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "EventBusName": self.bus_name,
            "Source": event.source,
            "DetailType": event.detail_type,
            "Detail": json.dumps(event.detail, separators=(",", ":"), sort_keys=True),
        }
        if event.time is not None:
            entry["Time"] = event.time
        return entry

    def put(self, events: Sequence[BusEvent]) -> list[str | None]:
        """Put ``events`` in calls of at most 10 entries; one outcome per event, in order: None when
        EventBridge accepted it, else the error code. A call that fails as a whole marks each of its
        entries with the reason; the other calls still go ahead."""
        outcomes: list[str | None] = []
        for start in range(0, len(events), MAX_ENTRIES_PER_CALL):
            chunk = events[start : start + MAX_ENTRIES_PER_CALL]
            try:
                outcomes.extend(self._put_chunk(chunk))
            except EventBusUnavailable as exc:
                outcomes.extend([str(exc)] * len(chunk))
        return outcomes

    def _put_chunk(self, chunk: Sequence[BusEvent]) -> list[str | None]:
        try:
            response = self.client.put_events(Entries=[self._entry(e) for e in chunk])
        except ClientError as exc:
            raise EventBusUnavailable(f"PutEvents failed: {exc.response['Error'].get('Code')}") from exc
        except BotoCoreError as exc:
            raise EventBusUnavailable(f"PutEvents failed: {type(exc).__name__}") from exc
        entries = response.get("Entries") or []
        if len(entries) != len(chunk):  # never expected; treat the whole call as undelivered
            raise EventBusUnavailable(f"PutEvents answered {len(entries)} entries for {len(chunk)}")
        return [e.get("ErrorCode") or ("Failed" if "EventId" not in e else None) for e in entries]
