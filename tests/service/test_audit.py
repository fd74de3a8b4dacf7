"""The auditors' side: the log listed by time with filters and cursors (checked against a brute-force
filter of the same fixture), the summary report (against a brute-force count), original texts (each
read recorded in the chain), and the role matrix of every review and audit route."""

from __future__ import annotations

import math
import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from preflight.service import histogram
from preflight.service.log_query import ListQuery
from preflight.service.times import InvalidQuery, TimeRange

from tests.service.conftest import FakeContext, api_event, call, screen_event
from tests.service.workflow import CLEAN_TEXTS, FLAGGED_TEXTS, fresh_workflow

DAY0 = datetime(2031, 7, 1, tzinfo=UTC)
AUTHORS = ("ann", "bob", "cy")
CHANNELS = ("linkedin", "x", "facebook")


@pytest.fixture(scope="module")
def log(screen_handler, dynamodb) -> dict[str, Any]:
    """Three days of decisions (varied author, channel, outcome), about half the flagged ones
    reviewed after known delays; `truth` holds what the log must answer."""
    rng = random.Random(7)
    flow = fresh_workflow(dynamodb, start=DAY0 + timedelta(hours=6))
    truth: dict[str, dict[str, Any]] = {}
    reviews: list[dict[str, Any]] = []
    for day in range(3):
        flow.clock.now = DAY0 + timedelta(days=day, hours=6)
        for n in range(14):
            flow.clock.advance(seconds=rng.randint(1, 2400))
            texts = FLAGGED_TEXTS if n % 3 else CLEAN_TEXTS
            out = flow.screen(
                texts[n % len(texts)], author=AUTHORS[n % 3], channel=CHANNELS[(n + day) % 3], client="c1"
            )
            truth[out["decision_id"]] = out
    for decision_id, view in sorted(truth.items()):
        if view["decision"] == "flag" and rng.random() < 0.6:
            delay = rng.choice([0.4, 30, 95, 600, 3600, 5400, 86400 * 1.5])
            flow.clock.now = datetime.fromisoformat(view["screened_at"]) + timedelta(seconds=delay)
            action = "approve" if rng.random() < 0.4 else "reject"
            after = flow.review.review(decision_id, action, "checked", rng.choice(["rita", "ian"]))
            truth[decision_id] = {k: v for k, v in after.items() if k not in ("history", "chain")}
            reviews.append({"delay": delay, "action": action, "day": after["reviewed_at"][:10]})
    return {"flow": flow, "truth": truth, "reviews": reviews}


def _expected(truth: dict[str, dict[str, Any]], query: ListQuery) -> list[str]:
    lo, hi = query.start.isoformat()[:19], query.end.isoformat()[:19]
    rows = [
        v
        for v in truth.values()
        if lo <= v["screened_at"][:19] < hi
        and (query.decision is None or v["decision"] == query.decision)
        and (query.status is None or v["status"] == query.status)
        and (query.channel is None or v["channel"] == query.channel)
        and (query.category is None or query.category in v["categories"])
        and (query.author is None or v["author"] == query.author)
        and (query.reviewer is None or v.get("reviewed_by") == query.reviewer)
        and (query.policy_version is None or v["policy_version"] == query.policy_version)
    ]
    return [
        v["decision_id"]
        for v in sorted(rows, key=lambda v: (v["screened_at"], v["decision_id"]), reverse=True)
    ]


def _all_pages(flow, query: ListQuery, limit: int) -> list[str]:
    ids, cursor = [], None
    for _ in range(200):
        page = flow.audit.list_decisions(query, limit, cursor)
        assert len(page.items) <= limit
        ids += [i["decision_id"] for i in page.items]
        if page.next_cursor is None:
            return ids
        cursor = page.next_cursor
    raise AssertionError("paging did not end")


FILTERS = [
    {},
    {"decision": "flag"},
    {"decision": "approve"},
    {"status": "pending_review"},
    {"status": "rejected_by_reviewer"},
    {"channel": "x"},
    {"category": "pii.email"},
    {"author": "bob"},
    {"author": "bob", "decision": "flag"},
    {"reviewer": "rita"},
    {"channel": "facebook", "status": "approved_by_reviewer"},
]


@pytest.mark.parametrize("filters", FILTERS, ids=[",".join(f) or "none" for f in FILTERS])
@pytest.mark.parametrize("limit", [1, 4, 100])
def test_list_matches_brute_force(log, filters, limit) -> None:
    query = ListQuery(DAY0 + timedelta(hours=7), DAY0 + timedelta(days=2, hours=12), **filters)
    expected = _expected(log["truth"], query)
    assert expected, "the fixture should hold matches for every filter"
    assert _all_pages(log["flow"], query, limit) == expected


def test_list_policy_version_and_empty_ranges(log) -> None:
    version = next(iter(log["truth"].values()))["policy_version"]
    query = ListQuery(DAY0, DAY0 + timedelta(days=3), policy_version=version)
    assert len(_all_pages(log["flow"], query, 50)) == len(log["truth"])
    other = ListQuery(DAY0, DAY0 + timedelta(days=3), policy_version="0" * 64)
    assert _all_pages(log["flow"], other, 50) == []
    before = ListQuery(DAY0 - timedelta(days=30), DAY0)
    assert _all_pages(log["flow"], before, 10) == []


def test_list_is_stable_under_concurrent_writes(log) -> None:
    flow = log["flow"]
    query = ListQuery(DAY0, DAY0 + timedelta(days=3))
    first = flow.audit.list_decisions(query, 5)
    # New decisions land while the auditor pages: inside the range (newest) and on a listed day.
    flow.clock.now = DAY0 + timedelta(days=2, hours=23)
    newer = flow.screen(FLAGGED_TEXTS[0])
    rest = _continue(flow, query, first.next_cursor)
    ids = [i["decision_id"] for i in first.items] + rest
    assert len(ids) == len(set(ids))
    assert set(ids) == set(log["truth"])  # all that existed when paging began, each once
    assert newer["decision_id"] not in ids
    log["truth"][newer["decision_id"]] = newer


def _continue(flow, query: ListQuery, cursor: str | None) -> list[str]:
    ids: list[str] = []
    while cursor:
        page = flow.audit.list_decisions(query, 5, cursor)
        ids += [i["decision_id"] for i in page.items]
        cursor = page.next_cursor
    return ids


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        ("2031-07-02", "2031-07-01", "to"),
        ("2031-01-01", "2031-07-01", "to"),
        ("yesterday", "2031-07-01", "from"),
        (None, "2031-07-01", "from"),
    ],
)
def test_bad_ranges_name_the_field(start, end, field) -> None:
    with pytest.raises(InvalidQuery) as bad:
        TimeRange.parse(start, end, 92)
    assert bad.value.field == field


def test_cursor_of_another_query_is_refused(log) -> None:
    flow = log["flow"]
    page = flow.audit.list_decisions(ListQuery(DAY0, DAY0 + timedelta(days=3)), 2)
    with pytest.raises(InvalidQuery):
        flow.audit.list_decisions(
            ListQuery(DAY0, DAY0 + timedelta(days=3), decision="flag"), 2, page.next_cursor
        )


# --- the summary report ---


def _nearest_rank(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[max(1, math.ceil(fraction * len(ordered))) - 1]


def test_report_matches_brute_force(log) -> None:
    truth = [v for v in log["truth"].values() if v["screened_at"] < "2031-07-04"]
    report = log["flow"].audit.summary(TimeRange.parse("2031-07-01", "2031-07-04", 366))
    days = {d["day"]: d for d in report["days"]}
    assert sorted(days) == ["2031-07-01", "2031-07-02", "2031-07-03"]
    for day, got in days.items():
        mine = [v for v in truth if v["screened_at"].startswith(day)]
        assert got["total"] == len(mine)
        assert got["by_decision"] == dict(Counter(v["decision"] for v in mine))
        assert got["by_status"] == dict(Counter(v["status"] for v in mine))
        assert got["by_channel"] == dict(Counter(v["channel"] for v in mine))
        assert got["by_category"] == dict(Counter(c for v in mine for c in v["categories"]))
        flagged = sum(v["decision"] == "flag" for v in mine)
        assert got["flag_rate"] == round(flagged / len(mine), 4)
        reviewed_today = [r for r in log["reviews"] if r["day"] == day]
        assert got["reviews"]["total"] == len(reviewed_today)
    reviews = [r for r in log["reviews"] if r["day"] < "2031-07-04"]
    totals = report["totals"]
    assert totals["total"] == len(truth)
    approved = sum(r["action"] == "approve" for r in reviews)
    assert totals["reviews"] == {"total": len(reviews), **dict(Counter(r["action"] for r in reviews))}
    assert totals["overturn_rate"] == round(approved / len(reviews), 4)
    times = report["review_time_seconds"]
    assert times["reviews"] == len(reviews)
    delays = [r["delay"] for r in reviews]
    for name, fraction in (("median", 0.5), ("p95", 0.95)):
        exact = _nearest_rank(delays, fraction)
        if exact < 1:
            assert times[name] == 0.5
        else:
            assert abs(times[name] - exact) <= exact * histogram.TOLERANCE + 1e-9, (name, times[name], exact)


@pytest.mark.parametrize("seconds", [1, 1.5, 59, 60, 3600, 86400 * 400, 1e9])
def test_histogram_tolerance_holds(seconds) -> None:
    value = histogram.bucket_value(histogram.bucket_of(seconds))
    assert abs(value - seconds) <= seconds * histogram.TOLERANCE + 1e-9


def test_report_cost_grows_with_days_not_decisions(log, monkeypatch) -> None:
    store = log["flow"].store
    calls: list[int] = []
    original = store.get_counters
    monkeypatch.setattr(store, "get_counters", lambda pks: calls.append(len(pks)) or original(pks))
    monkeypatch.setattr(store, "query_index", lambda *a, **k: pytest.fail("a report must not query items"))
    log["flow"].audit.summary(TimeRange.parse("2031-07-01", "2031-07-04", 366))
    assert calls == [3 * 16]


def test_report_wants_whole_days(log) -> None:
    with pytest.raises(InvalidQuery):
        log["flow"].audit.summary(TimeRange.parse("2031-07-01T12:00:00Z", "2031-07-04", 366))


# --- original texts ---


def test_original_read_is_recorded_in_the_chain(
    screen_handler, original_handler, decision_handler, review_handler
) -> None:
    text = "Mail jane.doe@gmail.com before the launch, it's under NDA."
    status, screened = call(screen_handler, screen_event({"text": text, "author": "ann"}))
    assert status == 200
    decision_id = screened["decision_id"]
    event = api_event("GET", "/decisions/{id}/original", role="audit", params={"id": decision_id}, user="aud")
    response = original_handler(event, FakeContext())
    assert response["statusCode"] == 200 and "no-store" in str(response.get("headers") or response)
    import json

    body = json.loads(response["body"])
    assert body["text"] == text and body["recorded_as"] == 1
    # A review after the read chains on after it.
    status, reviewed = call(
        review_handler,
        api_event("POST", "/decisions/{id}/review", role="review", params={"id": decision_id},
                  body={"action": "reject", "note": "remove the address"}),
    )  # fmt: skip
    assert status == 200, reviewed
    status, read = call(
        decision_handler, api_event("GET", "/decisions/{id}", role="audit", params={"id": decision_id})
    )
    assert [e["type"] for e in read["history"]] == ["original_read", "review"]
    assert read["history"][0]["actor"] == "aud" and read["chain"]["verified"] is True
    assert "text" not in read["history"][0] and text not in json.dumps(read)


def test_original_of_an_unknown_decision_is_404(original_handler) -> None:
    event = api_event(
        "GET", "/decisions/{id}/original", role="audit", params={"id": "01NOSUCH0000000000000000000"}
    )
    status, body = call(original_handler, event)
    assert status == 404 and body["error"]["code"] == "not_found"


def test_unrecorded_read_returns_no_text(screen_handler, original_handler, monkeypatch) -> None:
    status, screened = call(screen_handler, screen_event({"text": FLAGGED_TEXTS[0], "author": "ann"}))
    from preflight.api.original import _log
    from preflight.store.errors import StoreUnavailable

    def down(_: Any) -> None:
        raise StoreUnavailable("event not written: InternalServerError")

    monkeypatch.setattr(_log().store, "append_event", down)
    event = api_event("GET", "/decisions/{id}/original", role="audit", params={"id": screened["decision_id"]})
    status, body = call(original_handler, event)
    assert status == 503 and "jane" not in str(body)


# --- who may call what ---

ROUTES = {
    "queue": ("review", "GET", "/reviews/queue", None, None),
    "review": ("review", "POST", "/decisions/{id}/review", {"id": "X"}, {"action": "approve"}),
    "list": ("audit", "GET", "/decisions", None, None),
    "report": ("audit", "GET", "/reports/summary", None, None),
    "original": ("audit", "GET", "/decisions/{id}/original", {"id": "X"}, None),
}
ALLOWED = {
    "queue": {"review"},
    "review": {"review"},
    "list": {"audit"},
    "report": {"audit"},
    "original": {"audit"},
}
HANDLERS = {"queue": "review", "review": "review", "list": "audit", "report": "audit", "original": "original"}


@pytest.mark.parametrize("route", list(ROUTES))
@pytest.mark.parametrize("role", ["screen", "review", "audit", "nobody", "none", "review,audit"])
def test_role_matrix(request, route, role) -> None:
    _, method, resource, params, body = ROUTES[route]
    handler = request.getfixturevalue(f"{HANDLERS[route]}_handler")
    query = {"from": "2031-07-01", "to": "2031-07-02"} if route in ("list", "report") else None
    status, answer = call(
        handler, api_event(method, resource, role=role, params=params, query=query, body=body)
    )
    allowed = bool(set(role.split(",")) & ALLOWED[route])
    if role == "none":
        assert status == 401 and answer["error"]["code"] == "unauthorized"
    elif not allowed:
        assert status == 403 and answer["error"]["code"] == "forbidden", answer
    else:
        # Allowed: the route answers for real (X is no decision: 404 where an id is needed).
        assert status == (404 if params else 200), answer


def test_list_route_answers_pages(screen_handler, audit_handler) -> None:
    call(screen_handler, screen_event({"text": CLEAN_TEXTS[0], "author": "ann"}))
    today = datetime.now(UTC).date()
    query = {"from": today.isoformat(), "to": (today + timedelta(days=1)).isoformat(), "limit": "2"}
    status, body = call(audit_handler, api_event("GET", "/decisions", role="audit", query=query))
    assert status == 200, body
    assert 1 <= len(body["items"]) <= 2 and set(body) == {"items", "next_cursor"}
    assert all("original" not in i and "text_fingerprint" not in i for i in body["items"])
    for bad in (
        {"from": "2031-01-01", "to": "2031-06-01"},
        {"from": "x", "to": "2031-01-02"},
        {"to": "2031-01-02"},
    ):
        status, body = call(audit_handler, api_event("GET", "/decisions", role="audit", query=bad))
        assert status == 400 and body["error"]["code"] == "validation_error", (bad, body)
    status, report = call(
        audit_handler,
        api_event(
            "GET",
            "/reports/summary",
            role="audit",
            query=query | {"limit": None} and {"from": query["from"], "to": query["to"]},
        ),
    )
    assert status == 200 and report["totals"]["total"] >= 1
