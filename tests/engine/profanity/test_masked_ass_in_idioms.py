"""A two-letter-masked "a**", "a$$", "@ss" is too short to read alone, but an idiom fixes the word:
"kicked some serious a**", "kick a$$", "pain in the @ss", "kiss my a**". Masks elsewhere (a
placeholder "a**", a team called "@ss") stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CATEGORY = "profanity"

CASES = [
    ("The lads kicked some serious a** on Saturday!", "a**"),
    ("Ready to kick a$$ at the regional finals 💪", "a$$"),
    ("Our support team kicks @ss every single day", "@ss"),
    ("Month-end closing is a pain in the a**.", "a**"),
    ("Tell the competition to kiss my a$$", "a$$"),
    ("We had to haul a** to make the 6am ferry", "a**"),
]

CLEAN = [
    "We kicked off at 9; a** and b** mark the redacted fields.",
    "Ask an asset manager: a** is a placeholder here.",
    "She kicked the ball and the @ss team scored.",
    "Kick-off at 7, see you there!",
]


@pytest.mark.parametrize(("text", "word"), CASES)
def test_masked_ass_in_an_idiom_is_profanity(findings, text: str, word: str) -> None:
    assert [text[f.start : f.end] for f in findings(text, CATEGORY)] == [word]


@pytest.mark.parametrize("text", CLEAN)
def test_masks_outside_an_idiom_are_clean(findings, text: str) -> None:
    assert findings(text, CATEGORY) == []


@settings(max_examples=120, deadline=None)
@given(
    verb=st.sampled_from(["kick", "kicked", "kicking", "kicks", "kiss my", "pain in the", "haul"]),
    filler=st.sampled_from(["", " some", " some serious", " major"]),
    mask=st.sampled_from(["a**", "a$$", "@ss", "a$*"]),
    end=st.sampled_from(["!", " tonight.", " 🔥", ""]),
)
def test_every_masked_spelling_in_an_idiom_is_found(findings, verb, filler, mask, end):
    text = f"Team update: we {verb}{filler} {mask}{end}"
    assert [text[f.start : f.end] for f in findings(text, CATEGORY)] == [mask], text
