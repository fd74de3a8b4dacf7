"""The load test's defaults and limits, and its one error."""

from __future__ import annotations

DEFAULT_REQUESTS = 10_000
DEFAULT_CLIENTS = 16
DEFAULT_MAX_SECONDS = 1800.0
DEFAULT_RETRY_FRACTION = 0.05
CLIENT_IDS = 4
TABLE = "preflight-local-decisions"  # server.TABLES["DecisionsTable"]; not imported: boto3-free start
HTTP_TIMEOUT = 60.0
# A same-key request still running answers 409 idempotency_in_progress (the service's documented
# behaviour); the client waits and asks again, at most this many times.
IN_PROGRESS_ATTEMPTS = 50
STARTUP_SECONDS = 120.0
BARRIER_SECONDS = 30.0


class LoadTestError(Exception):
    """A precondition failed (non-loopback target, the runner did not start, time budget exceeded)."""
