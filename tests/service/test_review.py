"""The review workflow: the queue (oldest first, paged over shards), the verdict's state machine and
hash chain, concurrent reviewers (exactly one wins), and the review routes' answers."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

import boto3
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from preflight.service.chain import event_body, verify_chain
from preflight.service.decisions import DecisionNotFound
from preflight.service.review import ReviewConflict, ReviewService
from preflight.service.times import InvalidQuery
from preflight.store.dynamodb import DecisionStore

from tests.service.conftest import api_event, call, screen_event
from tests.service.workflow import CLEAN_TEXTS, FLAGGED_TEXTS, fresh_workflow, stored_partition


@pytest.fixture
def flow(screen_handler, dynamodb):
    return fresh_workflow(dynamodb)


def _screen_many(flow, n_flagged: int, n_clean: int) -> tuple[list[str], list[str]]:
    flagged, clean = [], []
    for i in range(max(n_flagged, n_clean)):
        for wanted, texts, into in ((n_flagged, FLAGGED_TEXTS, flagged), (n_clean, CLEAN_TEXTS, clean)):
            if i < wanted:
                flow.clock.advance(seconds=7)
                out = flow.screen(texts[i % len(texts)])
                assert out["decision"] == ("flag" if texts is FLAGGED_TEXTS else "approve"), out
                into.append(out["decision_id"])
    return flagged, clean


def test_queue_is_oldest_first_and_pages_without_gaps(flow) -> None:
    flagged, _ = _screen_many(flow, 11, 4)
    seen, cursor, pages = [], None, 0
    while True:
        page = flow.review.queue(limit=3, cursor=cursor)
        pages += 1
        assert len(page.items) <= 3
        seen += [i["decision_id"] for i in page.items]
        assert all(i["status"] == "pending_review" for i in page.items)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == flagged  # screened in this order, a few seconds apart, over several shards
    assert pages == 4
    assert len({flow.review.queue(3).items[0]["decision_id"]}) == 1


def test_queue_leaves_out_reviewed_and_refuses_foreign_cursors(flow) -> None:
    flagged, _ = _screen_many(flow, 4, 0)
    flow.review.review(flagged[1], "approve", "", "rita")
    assert [i["decision_id"] for i in flow.review.queue(10).items] == [flagged[0], *flagged[2:]]
    with pytest.raises(InvalidQuery):
        flow.review.queue(2, cursor="not-a-cursor")
    from preflight.service.paging import encode_cursor

    with pytest.raises(InvalidQuery):
        flow.review.queue(2, cursor=encode_cursor("0123456789abcdef", "2031"))


@pytest.mark.parametrize(
    ("action", "note", "status"),
    [
        ("approve", "", "approved_by_reviewer"),
        ("reject", "Remove the e-mail address.", "rejected_by_reviewer"),
    ],
)
def test_verdict_moves_the_state_and_extends_the_chain(flow, action, note, status) -> None:
    (decision_id,), _ = _screen_many(flow, 1, 0)
    flow.clock.advance(minutes=5)
    after = flow.review.review(decision_id, action, note, "rita")
    assert after["status"] == status and after["reviewed_by"] == "rita"
    assert after["review_action"] == action
    assert after["chain"] == {"verified": True, "events": 1, "problems": []}
    (event,) = after["history"]
    assert event["type"] == "review" and event["actor"] == "rita" and event["note"] == note
    assert (event["previous_status"], event["new_status"]) == ("pending_review", status)
    decision, events = stored_partition(flow.store, decision_id)
    assert decision["status"] == status and "GSI1PK" not in decision
    assert events[0]["prev_hash"] == decision["record_hash"]
    assert flow.review.mac.check("event", event_body(events[0]), events[0]["event_hash"]) is None
    assert events[0]["GSI3PK"] == "REVIEWER#rita"
    assert verify_chain(decision, events, flow.review.mac) == []
    # A second verdict is a conflict that names the current state.
    with pytest.raises(ReviewConflict) as conflict:
        flow.review.review(decision_id, "reject", "again", "ian")
    assert conflict.value.current["status"] == status


def test_only_pending_decisions_can_be_reviewed(flow) -> None:
    _, (clean_id,) = _screen_many(flow, 0, 1)
    with pytest.raises(ReviewConflict) as conflict:
        flow.review.review(clean_id, "approve", "", "rita")
    assert conflict.value.current["status"] == "approved"
    with pytest.raises(DecisionNotFound):
        flow.review.review("01NOSUCHDECISION0000000000", "approve", "", "rita")


def test_tampering_breaks_the_chain(flow) -> None:
    (decision_id,), _ = _screen_many(flow, 1, 0)
    flow.review.review(decision_id, "reject", "No personal data.", "rita")
    decision, events = stored_partition(flow.store, decision_id)
    assert verify_chain(decision, events, flow.review.mac) == []
    rewritten = [events[0] | {"note": "fine"}]
    assert any("event_hash" in p for p in verify_chain(decision, rewritten, flow.review.mac))
    assert any(
        "status" in p
        for p in verify_chain(decision | {"status": "approved_by_reviewer"}, events, flow.review.mac)
    )
    assert verify_chain(decision, [], flow.review.mac) != []  # a verdict without its event


# --- concurrency: against moto's server answering one request at a time (DynamoDB's atomicity);
# moto's in-process backend and its threaded server are not thread-safe ---


@pytest.fixture(scope="module")
def moto_server():
    from preflight_tools.local.moto_server import SerialMotoServer

    server = SerialMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def test_concurrent_reviewers_exactly_one_wins(screen_handler, dynamodb, moto_server) -> None:
    def client() -> Any:
        return boto3.client("dynamodb", endpoint_url=moto_server, region_name="us-east-1")

    for trial in range(3):
        flow = fresh_workflow(dynamodb, client=client())
        (decision_id,), _ = _screen_many(flow, 1, 0)
        barrier = threading.Barrier(8)
        outcomes: list[str] = []

        def reviewer(n: int, flow=flow, barrier=barrier, decision_id=decision_id, outcomes=outcomes) -> None:
            service = ReviewService(
                DecisionStore(flow.store.table_name, client=client()),
                flow.review.mac,
                16,
                flow.clock,
                mask_note=flow.review.mask_note,
            )
            barrier.wait()
            try:
                service.review(decision_id, "approve" if n % 2 else "reject", f"note {n}", f"reviewer-{n}")
                outcomes.append("won")
            except ReviewConflict as lost:
                outcomes.append(f"conflict:{lost.current['status']}")

        threads = [threading.Thread(target=reviewer, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        counts = Counter(o.split(":")[0] for o in outcomes)
        assert counts == {"won": 1, "conflict": 7}, (trial, outcomes)
        decision, events = stored_partition(flow.store, decision_id)
        assert len(events) == 1 and verify_chain(decision, events, flow.review.mac) == []
        assert {o.split(":")[1] for o in outcomes if o != "won"} == {decision["status"]}


# --- the routes ---


def _flagged(screen_handler) -> str:
    status, body = call(screen_handler, screen_event({"text": FLAGGED_TEXTS[0], "author": "ann"}))
    assert status == 200 and body["decision"] == "flag", body
    return body["decision_id"]


def _review(decision_id: str, body: Any, role: str = "review", user: str | None = None) -> dict:
    return api_event(
        "POST", "/decisions/{id}/review", role=role, params={"id": decision_id}, body=body, user=user
    )


def test_review_route_uses_the_tokens_reviewer(screen_handler, review_handler) -> None:
    decision_id = _flagged(screen_handler)
    status, body = call(review_handler, _review(decision_id, {"action": "approve"}, user="rita@example.com"))
    assert status == 200, body
    assert body["reviewed_by"] == "rita@example.com" and body["status"] == "approved_by_reviewer"
    status, body = call(review_handler, _review(decision_id, {"action": "reject", "note": "late"}))
    assert status == 409 and body["error"]["code"] == "conflict"
    assert body["current"]["status"] == "approved_by_reviewer"
    assert body["current"]["history"][0]["actor"] == "rita@example.com"


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ({"action": "reject"}, ""),
        ({"action": "reject", "note": "   "}, ""),
        ({"action": "maybe"}, "action"),
        ({"action": "approve", "reviewer": "mallory"}, "reviewer"),
        ({"action": "approve", "note": "x" * 2001}, "note"),
        ({}, "action"),
    ],
    ids=["reject-without-note", "blank-note", "bad-action", "reviewer-in-body", "long-note", "empty"],
)
def test_bad_review_bodies_are_400(screen_handler, review_handler, body, path) -> None:
    decision_id = _flagged(screen_handler)
    status, answer = call(review_handler, _review(decision_id, body))
    assert status == 400, answer
    assert answer["error"]["code"] == "validation_error"
    assert path in {d["path"] for d in answer["error"]["details"]}


def test_unknown_decision_is_404(review_handler) -> None:
    status, body = call(review_handler, _review("01NOSUCHDECISION0000000000", {"action": "approve"}))
    assert status == 404 and body["error"]["code"] == "not_found"


def test_queue_route_pages(screen_handler, review_handler) -> None:
    _flagged(screen_handler)
    status, body = call(
        review_handler, api_event("GET", "/reviews/queue", role="review", query={"limit": "1"})
    )
    assert status == 200, body
    assert len(body["items"]) == 1 and body["next_cursor"]
    assert body["items"][0]["status"] == "pending_review"
    for bad in ({"limit": "0"}, {"limit": "101"}, {"limit": "x"}, {"cursor": "garbage"}):
        status, body = call(review_handler, api_event("GET", "/reviews/queue", role="review", query=bad))
        assert status == 400 and body["error"]["code"] == "validation_error", bad


# --- a note must show something ---

INVISIBLE = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e", "\u034f", "\u115f", "\u3164",
    "\uffa0", "\u2800", "\ufe0f", "\U000e0020", "\U000e0001", "\u202e", "\u2066", "\u00a0", "\u3000",
    "\u2028", "\u2029", "\x00", "\x7f", "\x85", "\t", "\n", "\U0001d173",
]  # fmt: skip


# Letters and symbols by category that still show nothing (Hangul fillers, the blank Braille cell).
BLANK_LETTERS = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800"}


@pytest.mark.parametrize("char", INVISIBLE, ids=[f"U+{ord(c):04X}" for c in INVISIBLE])
def test_a_note_of_one_invisible_character_is_blank(char) -> None:
    from preflight.api.models import blank

    assert blank(char * 3)


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        st.one_of(st.sampled_from(INVISIBLE), st.characters(categories=["Zs", "Zl", "Zp", "Cc", "Cf"])),
        max_size=40,
    ),
    st.text(
        st.characters(categories=["L", "N", "P", "S"]).filter(lambda c: c not in BLANK_LETTERS),
        min_size=1,
        max_size=3,
    ),
)
def test_blank_means_nothing_visible(invisible_only, visible) -> None:
    from preflight.api.models import ReviewBody, blank

    assert blank(invisible_only)
    with pytest.raises(ValueError, match="a note is required"):
        ReviewBody(action="reject", note=invisible_only)
    mixed = invisible_only[: len(invisible_only) // 2] + visible + invisible_only[len(invisible_only) // 2 :]
    assert not blank(mixed)
    assert ReviewBody(action="reject", note=mixed).note == mixed


def test_an_invisible_reject_note_is_400(screen_handler, review_handler) -> None:
    decision_id = _flagged(screen_handler)
    status, answer = call(
        review_handler, _review(decision_id, {"action": "reject", "note": "\u200b\u3164\u2800 \u2060"})
    )
    assert status == 400 and answer["error"]["code"] == "validation_error", answer
