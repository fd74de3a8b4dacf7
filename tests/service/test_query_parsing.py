"""Every query parameter of every route, whatever is sent: a valid value or a 400 naming the field,
never a 500. The parsers are checked directly (they are shared with the audit export command) and
through the handlers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight.service.log_query import ListQuery
from preflight.service.times import (
    EARLIEST,
    LATEST,
    InvalidQuery,
    TimeRange,
    days_between,
    parse_instant,
    timestamp,
)
from preflight_tools.cli import audit_export

from tests.service.conftest import api_event, call

HOSTILE_INSTANTS = ("0001-01-01T00:00:00+01:00", "9999-12-31T23:30:00-01:00")


def _digits(n: int, low: int, high: int) -> st.SearchStrategy[str]:
    return st.integers(low, high).map(lambda v: f"{v:0{n}d}")


# ISO-looking date-times: any 4-digit year (0000-9999, and 5 digits), out-of-range fields, fractional
# seconds of 0 to 9 digits, offsets up to +-24:59 (with seconds), Z or none, 'T' or ' '.
ISO_LIKE = st.builds(
    lambda y, mo, d, sep, h, mi, s, frac, off: f"{y}-{mo}-{d}{sep}{h}:{mi}:{s}{frac}{off}",
    st.one_of(_digits(4, 0, 9999), st.sampled_from(["0001", "9999", "1969", "1970", "10000"])),
    _digits(2, 0, 13),
    _digits(2, 0, 32),
    st.sampled_from(["T", " ", "t"]),
    _digits(2, 0, 24),
    _digits(2, 0, 60),
    _digits(2, 0, 61),
    st.one_of(
        st.just(""), st.integers(0, 9).flatmap(lambda n: st.just("." + "9" * n) if n else st.just("."))
    ),
    st.one_of(
        st.sampled_from(["", "Z", "z", "+00:00", "-00:00"]),
        st.builds(
            lambda sign, h, m, sec: f"{sign}{h}:{m}{sec}",
            st.sampled_from("+-"),
            _digits(2, 0, 24),
            _digits(2, 0, 59),
            st.sampled_from(["", ":30", ":30.5"]),
        ),
    ),
)
DATES = st.builds(lambda y, m, d: f"{y}-{m}-{d}", _digits(4, 0, 9999), _digits(2, 0, 13), _digits(2, 0, 32))
ANY_INSTANT = st.one_of(st.text(), ISO_LIKE, DATES, st.sampled_from(HOSTILE_INSTANTS), st.none())


def _check_instant(moment: datetime) -> None:
    assert moment.tzinfo is not None and moment.utcoffset() == timedelta(0)
    assert EARLIEST <= moment <= LATEST
    stamp = timestamp(moment)
    assert len(stamp) == 24 and stamp.endswith("Z")


@settings(max_examples=300, deadline=None)
@given(ANY_INSTANT)
def test_parse_instant_returns_a_valid_instant_or_names_the_field(value: Any) -> None:
    try:
        moment = parse_instant(value, "from")
    except InvalidQuery as bad:
        assert bad.field == "from"
        if isinstance(value, str) and len(value.strip()) > 12:
            assert value.strip() not in bad.message  # the message never echoes the value
        return
    _check_instant(moment)


@settings(max_examples=300, deadline=None)
@given(ANY_INSTANT, ANY_INSTANT, st.sampled_from([1, 92, 366]))
def test_time_ranges_are_valid_or_name_the_field(start: Any, end: Any, max_days: int) -> None:
    try:
        period = TimeRange.parse(start, end, max_days)
    except InvalidQuery as bad:
        assert bad.field in ("from", "to")
        return
    _check_instant(period.start)
    _check_instant(period.end)
    assert period.start < period.end <= period.start + timedelta(days=max_days)
    days = days_between(period.start, period.end)
    assert days[0] == period.start.date().isoformat() and 1 <= len(days) <= max_days + 1
    try:
        query = ListQuery(period.start, period.end)
    except InvalidQuery as bad:
        assert bad.field == "to"
        return
    assert len(query.digest()) == 16


FILTER_VALUES = st.one_of(st.none(), st.text(max_size=300), st.just("\ud800"), st.just(""))


@settings(max_examples=200, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            name: FILTER_VALUES
            for name in ("decision", "status", "channel", "category", "author", "reviewer", "policy_version")
        }
    )
)
def test_list_filters_are_valid_or_name_the_field(filters: dict[str, Any]) -> None:
    start = datetime(2031, 7, 1, tzinfo=UTC)
    try:
        query = ListQuery(start, start + timedelta(days=1), **filters)
    except InvalidQuery as bad:
        assert bad.field in filters and filters[bad.field] is not None
        return
    query.filters()
    query.digest()


@settings(max_examples=200, deadline=None)
@given(ANY_INSTANT.filter(lambda v: v is not None), ANY_INSTANT.filter(lambda v: v is not None))
def test_the_export_command_refuses_bad_times_as_bad_input(start: str, end: str) -> None:
    """The audit export shares the parser: a bad --from/--to is exit status 2, never a traceback."""
    try:
        begin, finish = audit_export.parse_range(start, end)
    except audit_export.ExportError as bad:
        assert bad.exit_code == audit_export.EXIT_BAD_INPUT
        return
    windows = audit_export.split_range(begin, finish)
    assert windows[0][1] == finish and windows[-1][0] == begin


# --- through the handlers ---


@pytest.mark.parametrize("resource", ["/decisions", "/reports/summary"])
@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"from": HOSTILE_INSTANTS[0], "to": "2031-07-01"}, "from"),
        ({"from": "2031-07-01", "to": HOSTILE_INSTANTS[1]}, "to"),
        ({"from": HOSTILE_INSTANTS[0], "to": HOSTILE_INSTANTS[1]}, "from"),
    ],
)
def test_out_of_range_offsets_are_400_naming_the_field(audit_handler, resource, query, field) -> None:
    status, body = call(audit_handler, api_event("GET", resource, role="audit", query=query))
    assert status == 400, body
    assert body["error"]["code"] == "validation_error"
    assert [d["path"] for d in body["error"]["details"]] == [field]
    assert "0001" not in str(body) and "9999-12-31" not in str(body)


LIST_PARAMS = (
    "from", "to", "decision", "status", "channel", "category", "author", "reviewer", "policy_version",
    "limit", "cursor",
)  # fmt: skip
ROUTES = {
    "list": ("audit", "/decisions", LIST_PARAMS),
    "report": ("audit", "/reports/summary", ("from", "to")),
    "queue": ("review", "/reviews/queue", ("limit", "cursor")),
}
QUERY_VALUES = st.one_of(
    st.text(max_size=40),
    ISO_LIKE,
    st.sampled_from(
        [*HOSTILE_INSTANTS, "2031-07-01", "2031-07-02", "1", "100", "101", "-1", "1e3", "9" * 30]
    ),
)


@pytest.mark.parametrize("route", list(ROUTES))
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_query_parameter_is_valid_or_a_400_naming_it(request, route, data) -> None:
    role, resource, params = ROUTES[route]
    handler = request.getfixturevalue(f"{role}_handler")
    sent = data.draw(st.dictionaries(st.sampled_from(params), QUERY_VALUES, max_size=4))
    if "from" in params:  # mostly a valid range, so that the other parameters are judged too
        sent = {"from": "2031-07-01", "to": "2031-07-02"} | sent
    status, body = call(handler, api_event("GET", resource, role=role, query=sent))
    assert status in (200, 400), (sent, body)
    if status == 400:
        assert body["error"]["code"] == "validation_error", body
        paths = {d["path"] for d in body["error"]["details"]}
        assert paths and paths <= set(params), (sent, body)
