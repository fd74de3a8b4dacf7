"""Each limit and vocabulary has one home, and every reader takes it from there: the list's range
and filters (service, API, export command), the public fields (views, API model, export columns),
the machine scope (settings, OpenAPI) and the engine's decisions and severities."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, get_args

import pytest
from preflight.api.openapi import DecisionView, FindingView
from preflight.engine.findings import DECISIONS, SeverityName
from preflight.service.log_query import LIST_FILTERS, ListQuery
from preflight.service.times import MAX_LIST_DAYS, InvalidQuery
from preflight.service.views import CSV_COLUMNS, PUBLIC_FIELDS
from preflight.settings import SCREEN_SCOPE, Settings
from preflight_tools.cli import audit_export


def test_the_export_reads_the_lists_range_and_filters() -> None:
    assert timedelta(days=MAX_LIST_DAYS) == audit_export.MAX_WINDOW
    assert audit_export.FILTERS == LIST_FILTERS
    assert set(LIST_FILTERS) == {"decision", "status", "channel", "category", "author", "reviewer",
                                 "policy_version"}  # fmt: skip


def test_the_list_refuses_one_day_more_than_its_range() -> None:
    from datetime import UTC, datetime

    start = datetime(2031, 1, 1, tzinfo=UTC)
    ListQuery(start, start + timedelta(days=MAX_LIST_DAYS))
    with pytest.raises(InvalidQuery):
        ListQuery(start, start + timedelta(days=MAX_LIST_DAYS, milliseconds=1))


def test_the_apis_list_parameters_are_the_list_filters(audit_handler: Any) -> None:
    from preflight.api.openapi import build_document
    from preflight_tools.local.routes import load_resolvers

    document = build_document(load_resolvers())
    names = {p["name"] for p in document["paths"]["/decisions"]["get"]["parameters"]}
    assert names - {"from", "to", "limit", "cursor"} == set(LIST_FILTERS)


def test_public_fields_are_the_documented_view_and_the_csv_a_part_of_them() -> None:
    assert set(PUBLIC_FIELDS) == set(DecisionView.model_fields)
    assert audit_export.CSV_COLUMNS == CSV_COLUMNS
    assert set(CSV_COLUMNS) < set(PUBLIC_FIELDS)


def test_the_engines_vocabulary_is_the_documents() -> None:
    assert get_args(DecisionView.model_fields["decision"].annotation) == DECISIONS
    assert get_args(FindingView.model_fields["severity"].annotation) == get_args(SeverityName)


def test_the_machine_scope_has_one_home() -> None:
    assert Settings().screen_scope == SCREEN_SCOPE
    assert Settings.from_env({"PREFLIGHT_SCREEN_SCOPE": "other/screen"}).screen_scope == "other/screen"
