"""Domain errors the store raises instead of botocore's ClientError."""


class StoreError(Exception):
    """Base class."""


class StoreUnavailable(StoreError):
    """The table could not be reached or kept throttling after bounded retries: fail closed."""


class AlreadyRecorded(StoreError):
    """An idempotency guard exists for this client and key: the decision was written before."""

    def __init__(self, decision_id: str) -> None:
        super().__init__(f"already recorded as decision {decision_id}")
        self.decision_id = decision_id
