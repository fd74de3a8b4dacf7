"""List cursors are signed (HMAC-SHA-256) and bound to their query: a forged or altered cursor, or
one from another query, is 400 naming `cursor`; a genuine one pages as before; no cursor ever reads
outside the window [from, to)."""

from __future__ import annotations

import base64
import json
import os
import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight.service.audit import AuditLog
from preflight.service.log_query import ListQuery
from preflight.service.paging import CursorSigner, encode_cursor
from preflight.service.review import ReviewService
from preflight.service.times import InvalidQuery, timestamp

from tests.service.conftest import api_event, call, screen_event
from tests.service.workflow import FLAGGED_TEXTS, fresh_workflow

DAY = datetime(2032, 3, 1, tzinfo=UTC)
# The window the auditor asks for: the morning. Decisions are also screened before and after it.
START, END = DAY + timedelta(hours=6), DAY + timedelta(hours=12)


@pytest.fixture(scope="module")
def day(screen_handler, dynamodb) -> dict[str, Any]:
    flow = fresh_workflow(dynamodb, start=DAY)
    signer = CursorSigner.from_secret(os.environ["PREFLIGHT_CURSOR_SECRET_ARN"])
    log = AuditLog(flow.store, 16, flow.clock, cursors=signer)
    review = ReviewService(
        flow.store, flow.review.mac, 16, flow.clock, mask_note=flow.review.mask_note, cursors=signer
    )
    inside, outside = [], []
    for hour in (1, 3, 5, 6, 7, 8, 9, 10, 11, 13, 15, 20, 23):
        flow.clock.now = DAY + timedelta(hours=hour, minutes=7)
        out = flow.screen(FLAGGED_TEXTS[hour % len(FLAGGED_TEXTS)])
        (inside if START <= flow.clock.now < END else outside).append(out["decision_id"])
    return {"flow": flow, "log": log, "review": review, "inside": inside, "outside": outside}


def _payload(cursor: str) -> dict[str, Any]:
    part = cursor.split(".")[0]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def _pages(log: AuditLog, query: ListQuery, limit: int, cursor: str | None = None) -> list[str]:
    ids = []
    for _ in range(100):
        page = log.list_decisions(query, limit, cursor)
        ids += [i["decision_id"] for i in page.items]
        if not (cursor := page.next_cursor):
            return ids
    raise AssertionError("paging did not end")


def test_a_genuine_cursor_pages_as_before(day) -> None:
    query = ListQuery(START, END)
    assert sorted(_pages(day["log"], query, 2)) == sorted(day["inside"])
    assert _pages(day["log"], query, 2) == _pages(day["log"], query, 100)


@pytest.mark.parametrize(
    "key",
    [
        timestamp(END + timedelta(hours=11)) + "#~",  # later: would read the afternoon
        timestamp(END) + "#~",
        timestamp(START - timedelta(hours=5)),  # earlier
        "~",
        "",
    ],
)
@pytest.mark.parametrize("signature", ["none", "copied", "random"])
def test_a_forged_cursor_is_refused(day, key, signature) -> None:
    query = ListQuery(START, END)
    genuine = day["log"].list_decisions(query, 1).next_cursor
    digest = _payload(genuine)["q"]
    forged = encode_cursor(digest, key)  # valid base64 JSON, the right query digest
    if signature == "copied":
        forged += "." + genuine.split(".")[1]
    elif signature == "random":
        forged += "." + base64.urlsafe_b64encode(random.randbytes(32)).decode().rstrip("=")
    with pytest.raises(InvalidQuery) as refused:
        day["log"].list_decisions(query, 5, forged)
    assert refused.value.field == "cursor"


def test_a_cursor_from_another_query_or_signer_is_refused(day) -> None:
    query = ListQuery(START, END)
    genuine = day["log"].list_decisions(query, 1).next_cursor
    for other in (ListQuery(START, END, decision="flag"), ListQuery(START - timedelta(hours=1), END)):
        with pytest.raises(InvalidQuery) as refused:
            day["log"].list_decisions(other, 5, genuine)
        assert refused.value.field == "cursor"
    elsewhere = AuditLog(day["flow"].store, 16, cursors=CursorSigner.ephemeral())
    with pytest.raises(InvalidQuery):
        elsewhere.list_decisions(query, 5, genuine)
    queue_cursor = day["review"].queue(1).next_cursor
    with pytest.raises(InvalidQuery):
        day["log"].list_decisions(query, 5, queue_cursor)
    with pytest.raises(InvalidQuery):
        day["review"].queue(1, genuine)


def _flips(cursor: str) -> st.SearchStrategy[str]:
    raw = cursor.encode()
    return st.tuples(st.integers(0, len(raw) - 1), st.integers(0, 7)).map(
        lambda at: (raw[: at[0]] + bytes([raw[at[0]] ^ (1 << at[1])]) + raw[at[0] + 1 :]).decode("latin-1")
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_altered_cursor_is_refused_or_genuine_never_outside_the_window(day, data) -> None:
    query = ListQuery(START, END)
    genuine = day["log"].list_decisions(query, 2).next_cursor
    cursor = data.draw(
        st.one_of(
            _flips(genuine),
            st.text(max_size=200),
            st.builds(
                lambda k: encode_cursor(_payload(genuine)["q"], k) + "." + genuine.split(".")[1], st.text()
            ),
        )
    )
    try:
        page = day["log"].list_decisions(query, 100, cursor)
    except InvalidQuery as refused:
        assert refused.field == "cursor"
        return
    # A change base64 ignores (the spare bits of the last character) leaves the genuine cursor.
    assert {i["decision_id"] for i in page.items} <= set(day["inside"])
    assert all(timestamp(START) <= i["screened_at"] < timestamp(END) for i in page.items)


# --- through the handlers ---


def test_the_routes_refuse_forged_cursors(screen_handler, audit_handler, review_handler) -> None:
    for _ in range(3):
        call(screen_handler, screen_event({"text": FLAGGED_TEXTS[0], "author": "cursor-test"}))
    today = datetime.now(UTC).date()
    window = {"from": today.isoformat(), "to": (today + timedelta(days=1)).isoformat()}
    routes = [
        (audit_handler, "audit", "/decisions", window),
        (review_handler, "review", "/reviews/queue", {}),
    ]
    for handler, role, resource, query in routes:
        status, first = call(handler, api_event("GET", resource, role=role, query=query | {"limit": "1"}))
        assert status == 200 and first["next_cursor"], first
        genuine = first["next_cursor"]
        status, second = call(
            handler, api_event("GET", resource, role=role, query=query | {"limit": "1", "cursor": genuine})
        )
        assert status == 200 and second["items"] != first["items"], second
        forged = encode_cursor(_payload(genuine)["q"], "~") + "." + genuine.split(".")[1]
        for bad in (forged, encode_cursor(_payload(genuine)["q"], "~"), genuine[:-2], genuine + "A"):
            status, body = call(handler, api_event("GET", resource, role=role, query=query | {"cursor": bad}))
            assert status == 400, (bad, body)
            assert [d["path"] for d in body["error"]["details"]] == ["cursor"]
    # the list's cursor is bound to its filters too
    status, first = call(
        audit_handler, api_event("GET", "/decisions", role="audit", query=window | {"limit": "1"})
    )
    other = window | {"decision": "flag", "cursor": first["next_cursor"]}
    status, body = call(audit_handler, api_event("GET", "/decisions", role="audit", query=other))
    assert status == 400 and body["error"]["details"][0]["path"] == "cursor", body
