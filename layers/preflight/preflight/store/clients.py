"""The adapters' boto3 clients: created on first use, never at import (tests start moto first, and a
Lambda's initialisation stays lean), with bounded retries (botocore's "standard" mode: exponential
backoff with jitter)."""

from __future__ import annotations

from typing import Any, Literal

import boto3
from botocore.config import Config

# The AWS services the adapters call (one literal each, so boto3's typed overloads apply).
Service = Literal["dynamodb", "events", "kms", "s3", "secretsmanager"]


class LazyClient:
    """``client = LazyClient("s3")`` on an adapter class: each instance gets its own client on first
    use, unless one was given to it (``self._client``, or the ``slot`` named, e.g. a client of
    another endpoint)."""

    def __init__(self, service: Service, read_timeout: int = 5, slot: str = "_client") -> None:
        self.service = service
        self.slot = slot
        self.config = Config(
            retries={"max_attempts": 4, "mode": "standard"}, connect_timeout=2, read_timeout=read_timeout
        )

    def __get__(self, adapter: Any, owner: type | None = None) -> Any:
        if adapter is None:
            return self
        if getattr(adapter, self.slot) is None:
            setattr(adapter, self.slot, boto3.client(self.service, config=self.config))
        return getattr(adapter, self.slot)
