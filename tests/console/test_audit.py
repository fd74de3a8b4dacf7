"""An auditor's console in Chromium: the log with filters and pages, the export of a filter (every
record once, formulas neutralised), an original read on request and recorded, the dashboard's charts."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from tests.console.harness import Runner, axe_violations, screenshot, sign_in

BULK = 101  # more than one export page (100) and several log pages (25)
FLAGGED = [
    ("Call me at 415.555.0199 about the launch", "x"),
    ("Mail jane.doe@gmail.com for the deck", "facebook"),
]


def _day(offset: int) -> str:
    return (datetime.now(UTC) + timedelta(days=offset)).strftime("%Y-%m-%d")


@pytest.fixture(scope="module")
def seeded(runner: Runner) -> dict[str, Any]:
    """This module's runner holds exactly these decisions (the dashboard counts them)."""
    bulk = []
    for n in range(BULK):
        text = f"Happy Friday number {n} from the whole team!"
        if n == 0:
            text = "=SUM(A1:A9) is how we count our wins this week"
        elif n == 1:
            text = "@here the office party moves to Thursday"
        bulk.append(runner.screen(text, "bulk", "linkedin"))
    flagged = [runner.screen(text, f"flagger-{i}", channel) for i, (text, channel) in enumerate(FLAGGED)]
    assert all(d["decision"] == "approve" for d in bulk) and all(d["decision"] == "flag" for d in flagged)
    reviewer = runner.token("review", user="rita")
    status, _ = runner.call(
        "POST", f"/decisions/{flagged[0]['decision_id']}/review", reviewer, {"action": "reject", "note": "no"}
    )
    assert status == 200
    return {"bulk": bulk, "flagged": flagged}


def _api_ids(runner: Runner, query: str, limit: int = 100) -> list[str]:
    token = runner.token("audit", user="ava")
    ids: list[str] = []
    cursor = None
    while True:
        suffix = f"&cursor={cursor}" if cursor else ""
        status, page = runner.call("GET", f"/decisions?{query}&limit={limit}{suffix}", token)
        assert status == 200, page
        ids += [item["decision_id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            return ids


def _table_ids(page: Any) -> list[str]:
    page.get_by_test_id("log-table").wait_for()
    return page.locator("tbody tr").evaluate_all("(rows) => rows.map((r) => r.dataset.decisionId)")


def _search_bulk(page: Any, runner: Runner) -> list[str]:
    """The log filtered to the bulk author's approvals, as the API lists them (ids, newest first)."""
    page.get_by_label("Author", exact=True).fill("bulk")
    page.get_by_label("Decision", exact=True).select_option("approve")
    page.get_by_role("button", name="Search").click()
    return _api_ids(runner, f"from={_day(-6)}T00:00:00Z&to={_day(1)}T00:00:00Z&decision=approve&author=bulk")


def _shows_first(page: Any, decision_id: str) -> None:
    """The table's first row is that decision's: the answer to the search is on screen (any table,
    such as the unfiltered one from before the search, is not)."""
    page.locator(f'tbody tr:first-child[data-decision-id="{decision_id}"]').wait_for()


def test_auditor_filters_the_log_and_exports_what_the_api_lists(
    runner: Runner, seeded: dict[str, Any], page: Any
) -> None:
    sign_in(page, runner, "ava", ["audit"])
    api_ids = _search_bulk(page, runner)
    _shows_first(page, api_ids[0])
    assert len(api_ids) == BULK == len(set(api_ids))
    assert set(api_ids) == {d["decision_id"] for d in seeded["bulk"]}
    # Newest first, 25 a page, the API's order; the next page continues it.
    assert _table_ids(page) == api_ids[:25]
    assert axe_violations(page, "log") == []
    screenshot(page, "log")
    page.get_by_role("button", name="Older").click()
    page.locator(f'tbody tr[data-decision-id="{api_ids[25]}"]').wait_for()
    assert _table_ids(page) == api_ids[25:50]

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export CSV").click()
    rows = list(csv.DictReader(io.StringIO(download_info.value.path().read_text(encoding="utf-8"))))
    assert [row["decision_id"] for row in rows] == api_ids  # every record once, in the API's order
    assert "Exported 101 records" in page.get_by_test_id("export-progress").inner_text()
    by_id = {row["decision_id"]: row for row in rows}
    assert by_id[seeded["bulk"][0]["decision_id"]]["redacted_text"].startswith("'=SUM(")
    assert by_id[seeded["bulk"][1]["decision_id"]]["redacted_text"].startswith("'@here")

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Export JSONL").click()
    lines = download_info.value.path().read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["decision_id"] for line in lines] == api_ids


def test_an_answer_to_an_earlier_search_does_not_replace_the_later_ones(
    runner: Runner, seeded: dict[str, Any], page: Any
) -> None:
    # The log's first read (no filter) is held until the filtered search has been answered and shown.
    held: list[Any] = []

    def hold_the_first_read(route: Any) -> None:
        if not held and "author=" not in route.request.url:
            held.append(route)
        else:
            route.continue_()

    page.route(re.compile(r".*/decisions\?.*"), hold_the_first_read)
    sign_in(page, runner, "ava", ["audit"])
    api_ids = _search_bulk(page, runner)
    _shows_first(page, api_ids[0])
    assert held, "the log's first read was not held"
    with page.expect_response(lambda response: response.request == held[0].request) as late:
        held[0].continue_()
    late.value.finished()
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => setTimeout(done)))")
    assert _table_ids(page) == api_ids[:25]


def test_auditor_reads_an_original_after_confirming_and_the_history_shows_it(
    runner: Runner, seeded: dict[str, Any], page: Any
) -> None:
    flagged = seeded["flagged"][1]
    sign_in(page, runner, "ava", ["audit"])
    page.get_by_label("Decision", exact=True).select_option("flag")
    page.get_by_role("button", name="Search").click()
    page.locator(f'tr[data-decision-id="{flagged["decision_id"]}"] a').click()
    page.get_by_test_id("history").wait_for()
    assert "read the original" not in page.get_by_test_id("history").inner_text()
    assert page.get_by_test_id("draft-text").text_content() == flagged["redacted_text"]

    page.get_by_role("button", name="Read the original text…").click()
    confirm = page.get_by_role("dialog", name="Read the original text?")
    assert "recorded" in confirm.inner_text()
    assert axe_violations(page, "original-confirm") == []
    screenshot(page, "original-confirm")
    # Nothing is read before the confirmation.
    assert [e["type"] for e in runner.decision(flagged["decision_id"])["history"]] == []
    confirm.get_by_role("button", name="Read and record").click()
    assert page.get_by_test_id("original-text").text_content() == FLAGGED[1][0]
    page.locator("[data-event-type=original_read]").wait_for()
    assert "ava read the original text" in page.get_by_test_id("history").inner_text()
    events = runner.decision(flagged["decision_id"])["history"]
    assert [(e["type"], e["actor"]) for e in events] == [("original_read", "ava")]
    assert axe_violations(page, "original") == []
    screenshot(page, "original")


def _chart(page: Any, chart_id: str) -> dict[str, Any]:
    return json.loads(page.locator(f"#{chart_id}").get_attribute("data-chart"))


def test_dashboard_charts_show_the_seeded_counts(runner: Runner, seeded: dict[str, Any], page: Any) -> None:
    sign_in(page, runner, "ava", ["audit"])
    page.get_by_role("link", name="Dashboard").click()
    page.locator("#chart-per-day").wait_for()
    assert page.locator("canvas").count() == 6 and page.locator("main table").count() == 0

    per_day = _chart(page, "chart-per-day")
    today = per_day["labels"].index(_day(0))
    series = {d["label"]: d["data"] for d in per_day["datasets"]}
    assert (series["approve"][today], series["flag"][today]) == (BULK, len(FLAGGED))
    assert sum(series["approve"]) == BULK and sum(series["flag"]) == len(FLAGGED)

    channels = _chart(page, "chart-channels")
    expected_channels = Counter(["linkedin"] * BULK + [channel for _, channel in FLAGGED])
    assert dict(zip(channels["labels"], channels["datasets"][0]["data"], strict=True)) == expected_channels

    categories = _chart(page, "chart-categories")
    expected = Counter(c for d in seeded["flagged"] for c in {f["category"] for f in d["findings"]})
    assert dict(zip(categories["labels"], categories["datasets"][0]["data"], strict=True)) == expected

    flag_rate = _chart(page, "chart-flag-rate")["datasets"][0]["data"][today]
    assert flag_rate == pytest.approx(100 * len(FLAGGED) / (BULK + len(FLAGGED)), abs=0.1)
    # One review (a rejection): an overturn rate of 0 and one review time.
    assert _chart(page, "chart-overturn")["datasets"][0]["data"][today] == 0
    review_time = _chart(page, "chart-review-time")
    assert review_time["labels"] == ["median", "95th percentile"]
    assert all(value is not None and value >= 0 for value in review_time["datasets"][0]["data"])
    assert page.locator("#chart-review-time").get_attribute("aria-label").endswith(", 1 review")
    assert axe_violations(page, "dashboard") == []
    screenshot(page, "dashboard")
