"""Lambda event filtering (the subset NotifyFunction's FilterCriteria uses), to check the template's
patterns against records without AWS.

Supported, as Lambda defines them: nested objects (every key of the pattern must be present in the
record and match), a list of alternatives (the value matches any one), an exact string, number,
boolean or null, and ``{"prefix": "..."}`` on strings. Any other operator raises, so a pattern the
template grows cannot pass these tests by being misread.
"""

from __future__ import annotations

import json
from typing import Any

from preflight_tools.local.template import load_template

from tests.notify.conftest import REPO

_MISSING = object()


def template_filters() -> list[dict[str, Any]]:
    function = load_template(REPO / "template.yaml")["Resources"]["NotifyFunction"]["Properties"]
    filters = function["Events"]["DecisionsStream"]["Properties"]["FilterCriteria"]["Filters"]
    return [json.loads(f["Pattern"]) for f in filters]


def _value_matches(alternatives: list[Any], value: Any) -> bool:
    for alternative in alternatives:
        if isinstance(alternative, dict):
            if set(alternative) != {"prefix"}:
                raise NotImplementedError(f"filter operator not supported here: {alternative}")
            if isinstance(value, str) and value.startswith(alternative["prefix"]):
                return True
        elif value is not _MISSING and not isinstance(value, dict | list) and value == alternative:
            return True
    return False


def matches(pattern: dict[str, Any], record: Any) -> bool:
    if not isinstance(record, dict):
        return False
    for key, expected in pattern.items():
        value = record.get(key, _MISSING)
        if isinstance(expected, dict):
            if not matches(expected, value):
                return False
        elif isinstance(expected, list):
            if not _value_matches(expected, value):
                return False
        else:
            raise NotImplementedError(f"a pattern leaf must be a list: {key}={expected!r}")
    return True


def passes(filters: list[dict[str, Any]], record: dict[str, Any]) -> bool:
    """Lambda delivers a record when any one filter matches it."""
    return any(matches(f, record) for f in filters)
