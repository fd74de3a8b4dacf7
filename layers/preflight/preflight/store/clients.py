"""The adapters' boto3 clients: created on first use, never at import (tests start moto first, and a
Lambda's initialisation stays lean), with bounded retries (botocore's "standard" mode: exponential
backoff with jitter)."""

from __future__ import annotations

from typing import Any

import boto3
from botocore.config import Config


class LazyClient:
    """``client = LazyClient("s3")`` on an adapter class: each instance gets its own client on first
    use, unless one was given to it (``self._client``, e.g. a client of another endpoint)."""

    def __init__(self, service: str, read_timeout: int = 5) -> None:
        self.service = service
        self.config = Config(
            retries={"max_attempts": 4, "mode": "standard"}, connect_timeout=2, read_timeout=read_timeout
        )

    def __get__(self, adapter: Any, owner: type | None = None) -> Any:
        if adapter is None:
            return self
        if adapter._client is None:
            adapter._client = boto3.client(self.service, config=self.config)
        return adapter._client
