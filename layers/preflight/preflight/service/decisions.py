"""Read a decision and its history: the use case behind GET /decisions/{id}."""

from __future__ import annotations

from typing import Any

from preflight.service.views import decision_view, plain
from preflight.store.dynamodb import DecisionStore


class DecisionNotFound(Exception):
    pass


class DecisionReader:
    def __init__(self, store: DecisionStore) -> None:
        self.store = store

    def get(self, decision_id: str, *, only_client: str | None = None) -> dict[str, Any]:
        """The decision with its history. ``only_client`` limits a screen client to its own decisions:
        another client's decision is reported as not found, so ids cannot be probed."""
        item = self.store.get_decision(decision_id)
        if item is None or (only_client is not None and item.get("client_id") != only_client):
            raise DecisionNotFound(decision_id)
        view = decision_view(item)
        view["history"] = [
            {k: v for k, v in plain(e).items() if not k.startswith(("PK", "SK", "GSI"))}
            for e in self.store.get_history(decision_id)
        ]
        return view
