"""What the console needs from the API (issue 10): the review queue filtered by category and channel
with the number pending, GET /policy (categories, rules and their guidance), and guidance on every
finding the API returns, as screened and as logged."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight.engine.policy import TAXONOMY, load_policy
from preflight.settings import Settings

from tests.conftest import DEFAULT_RULES
from tests.service.conftest import REPO, api_event, call, decision_event, screen_event
from tests.service.workflow import FLAGGED_TEXTS, fresh_workflow

CHANNELS = ("linkedin", "x", "facebook")


@pytest.fixture
def flow(screen_handler, dynamodb):
    return fresh_workflow(dynamodb)


def _queue_ids(flow, **filters: str | None) -> list[str]:
    ids, cursor = [], None
    while True:
        page = flow.review.queue(limit=2, cursor=cursor, **filters)
        ids += [i["decision_id"] for i in page.items]
        if page.next_cursor is None:
            return ids
        cursor = page.next_cursor


# --- the queue's filters and its pending count -------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    drafts=st.lists(
        st.tuples(st.sampled_from(FLAGGED_TEXTS), st.sampled_from(CHANNELS)), min_size=1, max_size=7
    ),
    reviewed=st.sets(st.integers(0, 6), max_size=3),
    category=st.none()
    | st.sampled_from(["pii.email", "pii.phone", "claims.guarantee", "profanity", "secret"]),
    channel=st.none() | st.sampled_from(CHANNELS),
)
def test_queue_filters_and_pending_count_agree_with_what_was_screened(
    screen_handler, dynamodb, drafts, reviewed, category, channel
) -> None:
    flow = fresh_workflow(dynamodb)
    screened = []
    for text, draft_channel in drafts:
        flow.clock.advance(seconds=5)
        screened.append(flow.screen(text, channel=draft_channel))
    for index in sorted(reviewed):
        if index < len(screened):
            flow.review.review(screened[index]["decision_id"], "approve", "", "rita")
    expected = [
        d["decision_id"]
        for i, d in enumerate(screened)
        if i not in reviewed
        and (channel is None or d["channel"] == channel)
        and (category is None or category in d["categories"])
    ]
    assert _queue_ids(flow, category=category, channel=channel) == expected  # oldest first
    assert flow.review.pending(category=category, channel=channel) == len(expected)


def test_pending_counts_the_whole_queue_not_the_page(flow) -> None:
    for _ in range(5):
        flow.clock.advance(seconds=3)
        flow.screen(FLAGGED_TEXTS[0])
    page = flow.review.queue(limit=2)
    assert len(page.items) == 2 and flow.review.pending() == 5


def test_a_cursor_belongs_to_its_filters(flow) -> None:
    from preflight.service.times import InvalidQuery

    for _ in range(3):
        flow.clock.advance(seconds=3)
        flow.screen(FLAGGED_TEXTS[0], channel="x")
    cursor = flow.review.queue(limit=1, channel="x").next_cursor
    assert cursor
    with pytest.raises(InvalidQuery):
        flow.review.queue(limit=1, cursor=cursor, channel="linkedin")


def test_queue_route_filters_and_counts(screen_handler, review_handler) -> None:
    ids = []
    for text, channel in (
        (FLAGGED_TEXTS[0], "bluesky"),
        (FLAGGED_TEXTS[1], "bluesky"),
        (FLAGGED_TEXTS[0], "x"),
    ):
        status, body = call(screen_handler, screen_event({"text": text, "author": "ann", "channel": channel}))
        assert status == 200 and body["decision"] == "flag", body
        ids.append(body["decision_id"])
    query = {"channel": "bluesky", "category": "pii.email", "limit": "100"}
    status, body = call(review_handler, api_event("GET", "/reviews/queue", role="review", query=query))
    assert status == 200, body
    listed = [i["decision_id"] for i in body["items"]]
    assert ids[0] in listed and ids[1] not in listed and ids[2] not in listed
    assert all(i["channel"] == "bluesky" and "pii.email" in i["categories"] for i in body["items"])
    assert body["pending"] == len(listed)  # the session's table: every such draft fits one page
    status, everything = call(review_handler, api_event("GET", "/reviews/queue", role="review"))
    assert status == 200 and everything["pending"] >= len(ids)


@pytest.mark.parametrize(
    ("query", "path"),
    [
        ({"channel": "myspace"}, "channel"),
        ({"category": ""}, "category"),
        ({"category": "c" * 257}, "category"),
    ],
    ids=["unknown-channel", "empty-category", "long-category"],
)
def test_bad_queue_filters_are_400_naming_the_parameter(review_handler, query, path) -> None:
    status, body = call(review_handler, api_event("GET", "/reviews/queue", role="review", query=query))
    assert status == 400 and body["error"]["code"] == "validation_error", body
    assert path in {d["path"] for d in body["error"]["details"]}


# --- GET /policy ---------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["review", "audit"])
def test_policy_route_gives_categories_rules_and_guidance(decision_handler, role) -> None:
    status, body = call(decision_handler, api_event("GET", "/policy", role=role))
    assert status == 200, body
    policy = load_policy(Settings().default_rules_dir)
    assert body["policy_version"] == policy.version  # the version every decision carries
    assert body["categories"][: len(TAXONOMY)] == list(TAXONOMY)
    by_id = {r["id"]: r for r in body["rules"]}
    assert set(by_id) == {r.id for r in policy.rules}
    for rule in policy.rules:
        assert by_id[rule.id] == {
            "id": rule.id, "category": rule.category, "severity": rule.severity,
            "message": rule.message, "guidance": rule.guidance, "enabled": rule.enabled,
        }  # fmt: skip
        assert by_id[rule.id]["guidance"]


@pytest.mark.parametrize("role", ["screen", "nobody"])
def test_policy_route_is_for_people_only(decision_handler, role) -> None:
    status, body = call(decision_handler, api_event("GET", "/policy", role=role))
    assert status == 403 and body["error"]["code"] == "forbidden", body


def test_policy_route_never_shows_the_organisations_lists(tmp_path, decision_handler) -> None:
    from preflight.service.policy import policy_summary

    overlay = tmp_path / "org"
    overlay.mkdir()
    (overlay / "org.yaml").write_text(
        "lists:\n  code_names: [Kestrel Secret]\n  allowed_email_addresses: [ceo@acme.example]\n"
        "rules:\n  - id: custom.rival\n    category: custom.rival\n    detector: regex\n"
        "    severity: medium\n    message: Names a rival\n"
        "    options: {patterns: [{name: globex, pattern: Globex}]}\n"
    )
    summary = policy_summary(Settings(overlay_dirs=(overlay,)))
    shown = json.dumps(summary)
    assert "Kestrel" not in shown and "ceo@acme" not in shown and "lists" not in summary
    assert summary["categories"][-1] == "custom.rival"
    assert {"id": "custom.rival", "guidance": None}.items() <= next(
        r for r in summary["rules"] if r["id"] == "custom.rival"
    ).items()


def test_the_policy_route_does_not_import_spacy() -> None:
    # GetDecisionFunction never loaded spaCy; GET /policy loads the policy without its detectors.
    script = (
        "import json, sys\n"
        "from tests.service.conftest import api_event\n"
        "import functions.get_decision.app as f\n"
        "from preflight.api.decisions import get_policy, app\n"
        "from tests.service.conftest import FakeContext\n"
        "r = f.lambda_handler(api_event('GET', '/policy', role='audit'), FakeContext())\n"
        "assert r['statusCode'] == 200, r\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc'))))\n"
    )
    env = {"AWS_DEFAULT_REGION": "us-east-1", "POWERTOOLS_TRACE_DISABLED": "1", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


# --- guidance on findings, as screened and as logged -----------------------------------------------


def test_screen_response_and_logged_decision_carry_each_findings_guidance(
    screen_handler, decision_handler
) -> None:
    rules = load_policy(DEFAULT_RULES).rules_by_id
    text = "Mail jane.doe@gmail.com: guaranteed returns, and write to support@acme.com."
    status, screened = call(screen_handler, screen_event({"text": text, "author": "ann"}))
    assert status == 200, screened
    by_rule = {f["rule_id"]: f for f in screened["findings"]}
    personal = next(
        f for f in screened["findings"] if f["severity"] == "medium" and f["category"] == "pii.email"
    )
    role = next(f for f in screened["findings"] if f["severity"] == "low" and f["category"] == "pii.email")
    assert personal["guidance"] == rules["pii.email"].guidance
    assert role["guidance"] == rules["pii.email"].options["role_guidance"]  # the hit's own
    assert by_rule["claims.guarantee"]["guidance"] == rules["claims.guarantee"].guidance
    status, logged = call(decision_handler, decision_event(screened["decision_id"], role="review"))
    assert status == 200, logged
    assert [f["guidance"] for f in logged["findings"]] == [f["guidance"] for f in screened["findings"]]


# --- the log's filter values: policy versions and reviewers seen in a range --------------------------


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    plan=st.lists(
        st.tuples(
            st.integers(0, 2), st.sampled_from(FLAGGED_TEXTS), st.none() | st.sampled_from(["rita", "ian"])
        ),
        min_size=1,
        max_size=6,
    )
)
def test_report_gives_the_policy_versions_and_reviewers_of_a_range(screen_handler, dynamodb, plan) -> None:
    from collections import Counter
    from datetime import UTC, datetime, timedelta

    from preflight.service.times import TimeRange

    day0 = datetime(2031, 9, 1, 8, tzinfo=UTC)
    flow = fresh_workflow(dynamodb, start=day0)
    screened, reviewed_on = [], Counter()
    for index, (day, text, _) in enumerate(plan):
        flow.clock.now = day0 + timedelta(days=day, minutes=index)
        screened.append(flow.screen(text))
    for (day, _, reviewer), view in zip(plan, screened, strict=True):
        if reviewer is not None:
            flow.clock.now = day0 + timedelta(days=day, hours=2)
            flow.review.review(view["decision_id"], "approve", "", reviewer)
            reviewed_on[(flow.clock.now.date().isoformat(), reviewer)] += 1
    report = flow.audit.summary(TimeRange.parse("2031-09-01", "2031-09-04", 366))
    versions = Counter(v["policy_version"] for v in screened)
    assert report["totals"]["by_policy_version"] == dict(versions)
    assert report["totals"]["by_reviewer"] == dict(Counter(r for (_, r) in reviewed_on.elements()))
    for day in report["days"]:
        mine = {r: n for (d, r), n in reviewed_on.items() if d == day["day"]}
        assert day["by_reviewer"] == dict(sorted(mine.items()))
