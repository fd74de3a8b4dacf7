"""Phone numbers told by their shape alone: China's eleven-digit mobiles, North American numbers with
an extension, directory listings of premises, and short runs with a trunk 0 that are identifiers.
All numbers here are made up.
"""

from __future__ import annotations

import re

import pytest
import yaml
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from tests.conftest import DEFAULT_RULES

FLAGGED = [
    # Chinese mainland mobiles standing alone, unbroken or 3-4-4
    ("15817263544", "15817263544"),
    ("新号码 139 2233 4457", "139 2233 4457"),
    ("ping 18620419375 after six", "18620419375"),
    # North American numbers with an extension, glued or not
    ("(415)555-0142x77", "(415)555-0142"),
    ("desk: 312-555-0187EXT12", "312-555-0187"),
    ("Reach Dana at 646.555.0133 ext. 9", "646.555.0133"),
    ("718-555-0164 Extn 4410 after lunch", "718-555-0164"),
]


@pytest.mark.parametrize(("text", "number"), FLAGGED)
def test_numbers_with_a_shape_of_their_own_are_phone_numbers(findings, text: str, number: str) -> None:
    reported = [text[f.start : f.end] for f in findings(text, "pii.phone") if f.severity == "medium"]
    assert number in reported, (text, reported)


CLEAN = [
    # identifiers with a trunk 0 and no context word
    "ref 046031178",
    "046031178",
    "0460311785",
    "046-031178",
    # directory listings: the premises' line
    "Harbor Deli | 12 Wharf Street, Erie, PA 16501 814-555-0148",
    "Elm Books\t88 Elm Ave, Dayton, OH 45402\t(937) 555-0116",
    "Blue Fern Yoga | 401 Pine St, Boulder, CO 80302-4411 | 303-555-0192",
    # eleven digits from 1[3-9] labelled as something else
    "order no. 15817263544",
    "运单号15817263544已签收",
    "去年游客15817263544人次",  # a count: a counter glued after it
]


@pytest.mark.parametrize("text", CLEAN)
def test_identifiers_and_listed_business_lines_are_not_personal_numbers(categories, text: str) -> None:
    assert "pii.phone" not in categories(text)


def test_a_listing_row_with_a_person_s_own_line_stays_personal(categories) -> None:
    text = "Sam Ortiz | 12 Elm St, Springfield, IL 62701 | call me on my cell 217-555-0173"
    assert "pii.phone" in categories(text)


_CN_MOBILE_PREFIXES = [
    "130",
    "131",
    "132",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "158",
    "186",
    "188",
]


@hsettings(max_examples=100, deadline=None)
@given(
    prefix=st.sampled_from(_CN_MOBILE_PREFIXES),
    middle=st.text("0123456789", min_size=4, max_size=4),
    tail=st.text("0123456789", min_size=4, max_size=4),
    spaced=st.booleans(),
    before=st.sampled_from(["", "新的：", "ok ", "→ "]),
)
def test_a_chinese_mobile_needs_no_context_word(
    categories, prefix: str, middle: str, tail: str, spaced: bool, before: str
) -> None:
    number = f"{prefix} {middle} {tail}" if spaced else prefix + middle + tail
    assert "pii.phone" in categories(before + number)


@hsettings(max_examples=100, deadline=None)
@given(
    area=st.sampled_from(["212", "312", "415", "617", "646", "718", "773"]),
    line=st.integers(min_value=100, max_value=199),
    shape=st.sampled_from(["({a}){e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}"]),
    marker=st.sampled_from(["x", "X", "ext", "EXT", "ext.", " ext. ", " x", "extension "]),
    extension=st.integers(min_value=1, max_value=99999),
)
def test_a_north_american_number_with_an_extension_is_a_phone_number(
    findings, area: str, line: int, shape: str, marker: str, extension: int
) -> None:
    number = shape.format(a=area, e="555", l=f"0{line}")
    text = f"{number}{marker}{extension}"
    reported = [text[f.start : f.end] for f in findings(text, "pii.phone") if f.severity == "medium"]
    assert number in reported, (text, reported)


@hsettings(max_examples=150, deadline=None)
@given(
    first=st.sampled_from("123456789"),  # "00" would be an international prefix
    digits=st.text("0123456789", min_size=7, max_size=8),
    split=st.sampled_from([None, 3, 5]),
)
def test_a_short_run_with_a_trunk_zero_and_no_context_is_no_phone_number(
    categories, first: str, digits: str, split: int | None
) -> None:
    run = "0" + first + digits
    # Nine digits may be grouped (078-051121); ten only unbroken (grouped ten are lines: 06 12 34 56 78).
    if split is not None and len(run) == 9:
        run = f"{run[:split]}-{run[split:]}"
    assert "pii.phone" not in categories(f"code {run}") or _grouped_as_its_region(run)


_REGIONS = yaml.safe_load((DEFAULT_RULES / "pii.yaml").read_text())["rules"]
_REGIONS = next(r for r in _REGIONS if r["id"] == "pii.phone")["options"]["regions"]


def _grouped_as_its_region(run: str) -> bool:
    """A nine-digit number written as its region groups it ("07805-1121" in Germany) stays a line."""
    import phonenumbers

    for region in _REGIONS:
        number = phonenumbers.parse(run, region)
        if phonenumbers.is_valid_number(number):
            national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            if [len(g) for g in re.findall(r"\d+", national)] == [len(g) for g in run.split("-")]:
                return True
    return False
