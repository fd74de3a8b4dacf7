"""Round 16 of pii.us_ssn: an SSN right after a label's punctuation ("SSN#412-55-0193", "soc sec/...",
"SSN-..."), where a code's "#123" or "A-123" is read otherwise; and a nine-digit number given for the
IRS, a tax transcript, a return or a TIN. An EIN, references and codes stay clean. Made-up numbers.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

SSNS = [
    ("Intake form shows SSN#412-55-0193, billing please check", "412-55-0193"),
    ("record: SS#412550193 mismatch", "412550193"),
    ("soc sec/412 55 0193 on the claim form", "412 55 0193"),
    ("SSN-412-55-0193 entered twice", "412-55-0193"),
    ("IRS transcript request for our client 412550193 is in", "412550193"),
    ("The IRS letter lists her TIN as 412 55 0193", "412 55 0193"),
    ("tax transcript ordered for 412.55.0193, ETA a week", "412.55.0193"),
    ("Form 1040 for Dana, number on it 412550193", "412550193"),
]


@pytest.mark.parametrize(("text", "number"), SSNS)
def test_an_ssn_after_label_punctuation_or_in_a_us_tax_context_is_found(findings, text, number) -> None:
    assert [text[f.start : f.end] for f in findings(text, "pii.us_ssn")] == [number], text


CLEAN_SSN = [
    "Order#412-55-0193 ships Monday",
    "fixed in PR #412550193 yesterday",
    "IRS filing for the foundation done, EIN 412550193",
    "the IRS line 800-829-1040 was busy",
    "SKU-412-55-0193 back in stock",
    "ticket/412550193 closed",
]


@pytest.mark.parametrize("text", CLEAN_SSN)
def test_references_eins_and_codes_are_no_ssn(categories, text) -> None:
    assert "pii.us_ssn" not in categories(text), text


@settings(max_examples=60, deadline=None)
@given(
    area=st.integers(1, 899).filter(lambda a: a != 666),
    group=st.integers(1, 99),
    serial=st.integers(1, 9999),
    label=st.sampled_from(["SSN", "SSN no.", "soc sec", "Social Security"]),
    mark=st.sampled_from(["#", "/", "-", "=", "#:"]),
    dashed=st.booleans(),
)
def test_property_an_ssn_right_after_a_labels_punctuation_is_found(
    findings, area, group, serial, label, mark, dashed
) -> None:
    sep = "-" if dashed else ""
    number = f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"
    text = f"intake: {label}{mark}{number} please check"
    assert [text[f.start : f.end] for f in findings(text, "pii.us_ssn")] == [number], text


@settings(max_examples=60, deadline=None)
@given(
    area=st.integers(1, 899).filter(lambda a: a != 666),
    group=st.integers(1, 99),
    serial=st.integers(1, 9999),
    frame=st.sampled_from(
        [
            "IRS transcript request for client {n} went through",
            "the IRS notice lists TIN {n} for her",
            "tax transcript ordered for {n} yesterday",
            "Form 1040 for Sam, number on it {n}",
        ]
    ),
    spaced=st.booleans(),
)
def test_property_a_nine_digit_number_in_a_us_tax_context_is_an_ssn(
    findings, area, group, serial, frame, spaced
) -> None:
    sep = " " if spaced else ""
    number = f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"
    text = frame.format(n=number)
    assert [text[f.start : f.end] for f in findings(text, "pii.us_ssn")] == [number], text
    ein = f"IRS filing done, EIN {area:03d}{group:02d}{serial:04d} for the foundation"
    assert findings(ein, "pii.us_ssn") == [], ein
