"""Profanity round 9: words bleeped down to their initial, the mask the whole rest of the word
("f*** yes", "what the f***", "b****", "sh**!"). Stars after a word are otherwise punctuation, so
only the few words whose initial and length name them (``known_by_initial``) are read so; footnote
stars, ratings, markdown and names withheld ("Sarah B****") stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# Drafts of this test, not of any set: (draft, the masked word as written).
MASKED = [
    ("Release went out on a Friday and nothing broke. F*** yes!", "F***"),
    ("what the f*** happened to the staging server", "f***"),
    ("Well s***, the printer is jammed again", "s***"),
    ("sh**! forgot the demo laptop", "sh**"),
    ("Our rival's CEO is a total b****, honestly", "b****"),
    ("Zero downtime this quarter, f****** finally", "f******"),
    ("Don't be an a******, reply to the customer", "a******"),
]

CLEAN = [
    "Offer valid while stocks last*",
    "Rated 4*** by the guide, 5*** by our guests",
    "Read the **release notes** before upgrading",
    "A big thank you to Laura K** for her five-star review",
    "Mrs. P**** from Leeds wrote in to say thanks",
    "Plan B** applies when the venue is booked",
    "Grade A** students get a bursary",
    "*Prices include VAT. **Delivery extra.",
    "Footnote markers a* and b* are explained below",
]


def _masked(findings, text: str) -> list[str]:
    return [text[f.start : f.end] for f in findings(text, "profanity") if f.severity != "low"]


@pytest.mark.parametrize(("text", "written"), MASKED)
def test_a_word_masked_after_its_initial_is_read(findings, text, written):
    assert _masked(findings, text) == [written]


@pytest.mark.parametrize("text", CLEAN)
def test_footnotes_ratings_markdown_and_withheld_names_stay_clean(findings, text):
    assert findings(text, "profanity") == []


WORDS = ["fuck", "shit", "bitch", "cunt", "asshole", "bastard", "fucking"]
FRAMES = ["{} yes", "what the {}", "{}!", "oh {}, again", "this is {} ridiculous", "{} this"]


@settings(max_examples=120, deadline=None)
@given(
    word=st.sampled_from(WORDS),
    shown=st.sampled_from([1, 2]),
    frame=st.sampled_from(FRAMES),
    upper=st.booleans(),
    after=st.sampled_from(["", ".", " 🚀", "!!", "?"]),
)
def test_property_any_known_word_masked_after_its_initial_is_found(
    findings, word, shown, frame, upper, after
):
    written = word[:shown] + "*" * (len(word) - shown)
    if upper:
        written = written[0].upper() + written[1:]
    text = frame.format(written) + after
    assert written in _masked(findings, text), text


@settings(max_examples=120, deadline=None)
@given(
    letter=st.sampled_from("ABCDEFGHIJKLMNOPRSTUVWXYZ"),
    stars=st.integers(min_value=1, max_value=6),
    before=st.sampled_from(["Thanks to Jenny ", "Dear Mr ", "Mr. ", "Review by Tom "]),
    after=st.sampled_from(["", " for the review", ", Leeds", "."]),
)
def test_property_a_capital_initial_masked_after_a_name_or_title_is_a_name(
    findings, letter, stars, before, after
):
    text = f"{before}{letter}{'*' * stars}{after}"
    assert findings(text, "profanity") == []


@settings(max_examples=80, deadline=None)
@given(
    digit=st.sampled_from("12345"),
    stars=st.integers(min_value=1, max_value=5),
    word=st.sampled_from(["Terms", "price", "apply", "offer", "note"]),
)
def test_property_footnote_and_rating_stars_stay_clean(findings, digit, stars, word):
    text = f"Rated {digit}{'*' * stars}. {word}{'*' * stars} see below"
    assert findings(text, "profanity") == []
