"""A pasted record that holds a named person's wages beside an identifier (W-2, payslip, HR export, payroll
row) is person_sensitive (a person and their pay), not only pii.us_ssn (own cases, other names, forms and
field orders than the sets that showed the class): "wages box 1 $58,230.14", "Wages, tips: $49,120.00",
"gross pay $4,812.50", "annual wages $72,400". Hard negatives: a form's blank template, a documentation
example with a placeholder name, form instructions, a payment request, a firm's average pay.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME, assert_flagged_on, common

CATEGORY = "pii.person_sensitive"

RECORDS_WITH_PAY = [
    ("from the payslip for HR: employee Marcus Webb, SSN 219-55-0187, gross pay $4,812.50", "Marcus Webb"),
    ("W-2 box 1 wages $58,230.14 for employee Dana Whitfield, SSN 412-77-9031", "Dana Whitfield"),
    ("HR export row: Priya Raman | SSN 538-20-4417 | annual wages $72,400", "Priya Raman"),
    ("Employee: Tomas Greer, SSN: 601-33-2845, Wages, tips: $49,120.00", "Tomas Greer"),
    ("payroll check: Jordan Ellis (TIN 88-1234567) net pay $3,905.22", "Jordan Ellis"),
]

NO_ONES_RECORD = [
    "W-2 template: Employee name ________, SSN ___-__-____, Box 1 wages $________",
    "Example: employee John Doe, SSN 123-45-6789, wages $50,000 (sample data for documentation)",
    "Form W-2 instructions: enter the employee's SSN in box a and wages, tips in box 1.",
    "Please pay $50 to Mark Lee by Friday.",
    "Our average net pay $3,200 a month beats the industry, says CEO Laura Kim.",
]


@pytest.mark.parametrize(("text", "person"), RECORDS_WITH_PAY)
def test_a_named_persons_wages_in_a_pasted_record_are_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", NO_ONES_RECORD)
def test_templates_examples_instructions_and_averages_are_not_flagged(categories, text) -> None:
    assert CATEGORY not in categories(text)


# {a} {b}: a made-up name; {ssn}: an identifier; {n}: dollars.
_TEMPLATES = [
    "pasting the W-2 for the audit: employee {a} {b}, SSN {ssn}, wages box 1 ${n},400",
    "payslip for employee {a} {b} | SSN {ssn} | gross pay ${n},812.50",
    "HR export: employee {a} {b}; SSN: {ssn}; Wages, tips: ${n},120.00",
]


@common
@given(
    template=st.sampled_from(_TEMPLATES),
    a=NAME,
    b=NAME,
    ssn=st.from_regex(r"[1-6]\d\d-[1-9]\d-[1-9]\d{3}", fullmatch=True),
    n=st.integers(min_value=20, max_value=199),
)
def test_wages_in_a_record_flag_any_named_person(findings, template, a, b, ssn, n) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b, ssn=ssn, n=n), f"{a} {b}")
