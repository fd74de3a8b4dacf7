"""Profanity, round 11: German inflections ("ein beschissener Start"), a word shown by its first and
last letters with a dash or an apostrophe between ("f-ing", "f'ing", "sh-t", "a-hole"), a zero for the
hidden vowel ("bullsh0t", "sh0tshow"); and a place named by a swear word (the Austrian village
Fucking) is the place when the draft tells of it. Minced oaths ("effing") stay mild; hyphenated
ordinary words, "Scunthorpe" and a nursery song stay clean."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

PROFANITY = "profanity"

# (draft, the words reported at medium or above): own wording.
CASES = [
    ("Das war echt ein beschissenes Wochenende, alles verregnet.", ["beschissenes"]),
    ("Beschissene Idee, das Meeting auf Freitag 17 Uhr zu legen.", ["Beschissene"]),
    ("Mit diesem beschissenen Drucker kämpfe ich seit Stunden.", ["beschissenen"]),
    ("Who scheduled this f-ing all-hands at 7am?", ["f-ing"]),
    ("The f'ing wifi is down again on floor 3", ["f'ing"]),
    ("this sprint was a total sh-t show", ["sh-t"]),
    ("Don't be an a-hole in code reviews, folks", ["a-hole"]),
    ("That new parking policy is pure bullsh0t", ["bullsh0t"]),
    ("Friday's release was a sh0tshow from start to finish", ["sh0tshow"]),
    # hard negatives
    ("This effing printer again.", []),
    ("Deer X-ing ahead, drive slowly on the B-road.", []),
    ("My mother-in-law's co-op re-run the e-mail as-is at 5 o'clock.", []),
    ("Scunthorpe and Penistone are on our delivery route this week.", []),
    ("Nursery song time: 'Baa baa black sheep, have you any wool?' 🐑", []),
    ("Roadtrip stop: the tiny Austrian village of Fucking, now renamed Fugging 🚗", []),
    ("Servus aus Fucking im Innviertel, das Ortsschild hängt jetzt im Museum!", []),
    # the place words do not clean swearing
    ("Fucking hell, the build broke again", ["Fucking"]),
    ("this fucking printer at the Vienna office", ["fucking"]),
]


@pytest.mark.parametrize(("text", "reported"), CASES)
def test_profanity_round11(findings, text: str, reported: list[str]) -> None:
    spans = [text[f.start : f.end] for f in findings(text, PROFANITY) if f.severity in ("medium", "high")]
    assert spans == reported


@settings(max_examples=100, deadline=None)
@given(
    word=st.sampled_from(["f-ing", "f'ing", "f--ing", "sh-t", "a-hole", "b-tch", "bullsh0t", "sh0tshow"]),
    before=st.sampled_from(["what a", "this", "total", "Honestly this is"]),
    after=st.sampled_from(["meeting", "rollout", "!", "tbh", "again 🙄"]),
)
def test_a_masked_swear_word_is_profanity(categories, word, before, after) -> None:
    text = f"{before} {word} {after}"
    assert PROFANITY in categories(text), text


@settings(max_examples=100, deadline=None)
@given(
    word=st.sampled_from(["beschissen", "beschissene", "beschissener", "beschissenes", "beschissenen"]),
    noun=st.sampled_from(["Tag", "Wetter", "Meeting", "Woche", "Drucker"]),
)
def test_german_beschissen_in_any_inflection_is_profanity(categories, word, noun) -> None:
    text = f"Was für ein {word} {noun} heute."
    assert PROFANITY in categories(text), text


@settings(max_examples=60, deadline=None)
@given(
    opener=st.sampled_from(["Greetings from", "Grüße aus", "We stopped in", "Photo of the sign in"]),
    context=st.sampled_from(
        ["Austria", "the village now called Fugging", "Oberösterreich", "the Innviertel"]
    ),
)
def test_the_village_named_fucking_is_a_place(categories, opener, context) -> None:
    text = f"{opener} Fucking, {context} 📸"
    assert PROFANITY not in categories(text), text
