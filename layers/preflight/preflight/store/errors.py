"""Domain errors the store raises instead of botocore's ClientError."""


class StoreError(Exception):
    """Base class."""


class StoreUnavailable(StoreError):
    """The table could not be reached or kept throttling after bounded retries: fail closed."""


class AlreadyRecorded(StoreError):
    """An idempotency guard exists for this client and key: a decision was written before, for the
    body of fingerprint ``body_fingerprint`` (None on guards older than body fingerprints)."""

    def __init__(self, decision_id: str, body_fingerprint: str | None = None) -> None:
        super().__init__(f"already recorded as decision {decision_id}")
        self.decision_id = decision_id
        self.body_fingerprint = body_fingerprint


class ConditionFailed(StoreError):
    """A conditional write lost: the decision moved, or the event's sequence number was taken, since
    it was read (another writer was first). The writer reads again and decides again."""
