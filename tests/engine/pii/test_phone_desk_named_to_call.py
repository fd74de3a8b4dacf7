"""A published business line introduced by the desk to call ("call reservations on ...", "ring
reception on ...") is `low` like the other published lines; a private mobile after "call me" stays
flagged, even in a draft that mentions reservations or a reception."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CATEGORY = "pii.phone"

PUBLISHED = [
    "Book your Christmas party at the Old Mill: call reservations on 0161 496 0123 or book online.",
    "Tickets for the panto: ring reception on 020 7946 0321 from 9am.",
    "Quiz night! Call reservations on 0113 496 0555 to get a table.",
    "Room service ends at 11, phone reception on 0117 496 0777 after that.",
]
PRIVATE = [
    "Lost my bag at the reception, call me on 07700 900461 if found.",
    "Made reservations for us all, call me on 07911 123456 if plans change.",
]


@pytest.mark.parametrize("text", PUBLISHED)
def test_a_desk_named_to_call_publishes_its_line(findings, text: str) -> None:
    found = findings(text, CATEGORY)
    assert found and all(f.severity == "low" for f in found), [
        (f.severity, text[f.start : f.end]) for f in found
    ]


@pytest.mark.parametrize("text", PRIVATE)
def test_a_private_mobile_after_call_me_stays_flagged(findings, text: str) -> None:
    assert [f.severity for f in findings(text, CATEGORY)] == ["medium"], text


@settings(max_examples=100, deadline=None)
@given(
    desk=st.sampled_from(
        ["call reservations on", "ring reception on", "Call reservations on", "phone reception on"]
    ),
    number=st.sampled_from(["0161 496 0000", "020 7946 0999", "0131 496 0142", "0121 496 0300"]),
    venue=st.sampled_from(["the Harbour Inn", "Rosa's Trattoria", "the Playhouse", "Hotel Beira"]),
)
def test_any_venue_desk_line_is_low(findings, desk, number, venue):
    text = f"Dinner at {venue}: {desk} {number} or book online."
    assert [f.severity for f in findings(text, CATEGORY)] == ["low"], text


@settings(max_examples=60, deadline=None)
@given(
    mobile=st.sampled_from(["07700 900461", "07911 123456", "07400 123987"]),
    mention=st.sampled_from(["I made the reservations", "I'm at the hotel reception", "Bookings are closed"]),
)
def test_call_me_on_a_mobile_stays_personal(findings, mobile, mention):
    text = f"{mention}, call me on {mobile} tonight."
    assert [f.severity for f in findings(text, CATEGORY)] == ["medium"], text
