"""Every round's case tables of the person-fact rule, read by one pair of tests: a named person's fact
is flagged on that person; a hard negative (no one's fact, an advert, a claim, a place) is not flagged.
The tables stay in each round's file, beside the properties of that round's classes."""

from __future__ import annotations

import pytest

from tests.engine.person_sensitive import test_round5 as round5
from tests.engine.person_sensitive import test_round6 as round6
from tests.engine.person_sensitive import test_round7 as round7
from tests.engine.person_sensitive import test_round8 as round8
from tests.engine.person_sensitive import test_round9 as round9

CATEGORY = "pii.person_sensitive"

_SENSITIVE_TABLES = {
    "round5": round5.SENSITIVE,
    "round6": round6.SENSITIVE + round6.PRONOUN_SENSITIVE,
    "round7": round7.SENSITIVE,
    "round8": round8.SENSITIVE,
    "round9": round9.SENSITIVE,
}
_CLEAN_TABLES = {
    "round5": round5.NOT_SENSITIVE,
    "round6": round6.NOT_SENSITIVE + round6.PRONOUN_NOT_SENSITIVE,
    "round7": round7.NOT_SENSITIVE,
    "round8": round8.NOT_SENSITIVE,
    "round9": round9.NOT_SENSITIVE,
}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param(text, person, id=f"{table}-{i}")
        for table, cases in _SENSITIVE_TABLES.items()
        for i, (text, person) in enumerate(cases)
    ],
)
def test_a_named_persons_fact_is_flagged_on_that_person(findings, text: str, person: str) -> None:
    found = [text[f.start : f.end] for f in findings(text, CATEGORY)]
    assert any(person in span for span in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, id=f"{table}-{i}")
        for table, cases in _CLEAN_TABLES.items()
        for i, text in enumerate(cases)
    ],
)
def test_no_ones_fact_is_clean(categories, text: str) -> None:
    assert CATEGORY not in categories(text)
