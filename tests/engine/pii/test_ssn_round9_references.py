"""pii.us_ssn round 9: an SSN leaked as a reference. A number after a reference label ("Ref",
"Ticket", "Order", "Case") is that reference, unless the draft names it an SSN nearby: a ticket or an
order titled with someone's SSN leaks it, whatever its separators (dashes, dots, spaces). Product codes
(SKU, part, model), versions and releases stay clean, with or without an SSN label near; so do IPs,
dates and amounts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# Drafts of this test, not of any set: (draft, the number as written).
LEAKED = [
    (
        "PSA: SSNs don't belong in case titles. Case 4471 is literally named 'Ref 287.63.1045 refund'",
        "287.63.1045",
    ),
    (
        "Someone typed a customer's social security number as the order ref: Order 512-38-4471. Scrub it.",
        "512-38-4471",
    ),
    ("Incident 523 71 4468 — that's the employee's SSN, not an incident id, please rename", "523 71 4468"),
    ("The ticket subject reads 'Ref. 356.81.0472'  is her SSN, rename it", "356.81.0472"),
]

CLEAN = [
    "Ref 287.63.1045 customer callback scheduled",
    "Ticket 512-38-4471 closed after the refund",
    "Order 523 71 4468 shipped, follow us on social media",
    "SKU 356-81-0472 is back; we never ask for your SSN by email",
    "Version 287.63.1045 masks SSN fields in the admin UI",
    "Release 512.38.4471: SSN inputs now validate their format",
    "Server 10.145.82.66 handles SSN lookups",
    "On 12.05.2026 we paid 145.820,66 € to the SSN verification vendor",
]


@pytest.mark.parametrize(("text", "number"), LEAKED)
def test_an_ssn_used_as_a_reference_is_found_when_the_draft_names_it(findings, text, number):
    assert [text[f.start : f.end] for f in findings(text, "pii.us_ssn")] == [number]


@pytest.mark.parametrize("text", CLEAN)
def test_references_codes_versions_ips_dates_and_amounts_stay_clean(findings, text):
    assert findings(text, "pii.us_ssn") == []


SSN = st.tuples(
    st.integers(min_value=1, max_value=665).filter(lambda a: a != 0),
    st.integers(min_value=1, max_value=99),
    st.integers(min_value=1, max_value=9999),
)


@settings(max_examples=150, deadline=None)
@given(
    ssn=SSN,
    separator=st.sampled_from(["-", ".", " "]),
    reference=st.sampled_from(["Ref", "Ref.", "Ticket", "Order", "Case", "Invoice", "Reference"]),
    naming=st.sampled_from(
        ["Don't put SSNs in titles: ", "That's a social security number! ", "Someone's SSN leaked here: "]
    ),
)
def test_property_a_reference_holding_a_named_ssn_is_found_in_any_separator(
    findings, ssn, separator, reference, naming
):
    area, group, serial = ssn
    number = separator.join([f"{area:03d}", f"{group:02d}", f"{serial:04d}"])
    text = f'{naming}"{reference} {number} callback"'
    assert [text[f.start : f.end] for f in findings(text, "pii.us_ssn")] == [number], text


@settings(max_examples=150, deadline=None)
@given(
    ssn=SSN,
    separator=st.sampled_from(["-", ".", " "]),
    label=st.sampled_from(["SKU", "Part", "Model", "Version", "Release", "Build", "Serial"]),
    naming=st.sampled_from(["", "We never ask for your SSN. ", "SSN fields are masked. "]),
)
def test_property_codes_and_versions_stay_clean_even_near_an_ssn_label(
    findings, ssn, separator, label, naming
):
    area, group, serial = ssn
    number = separator.join([f"{area:03d}", f"{group:02d}", f"{serial:04d}"])
    text = f"{naming}{label} {number} is out"
    assert findings(text, "pii.us_ssn") == [], text
