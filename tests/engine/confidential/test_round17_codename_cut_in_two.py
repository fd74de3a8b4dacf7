"""Round 17: a one-word code name cut in two by a hyphen or an underscore is the same name.

"Blue-bird", "Night_jar", "BLUE-BIRD", "Blue-Bird": written so it reads as two words, as people do to
hide it or by habit (CodeNameDetector, ``_split_spellings``). It keeps the listed name's case rules:
with ``case_sensitive`` names, the lower-case "blue-bird" (a bird) stays an ordinary word, and the
cut name is read with the same checks as the whole one (a place's name, a public work, the ordinary
sense of the word). A cut must leave at least three letters on each side.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CODENAME = "confidential.codename"
common = settings(max_examples=80, deadline=None)

CUT_NAMES = [
    "Launch party for Blue-bird is on Thursday, keep it quiet.",
    "Night-jar goes live in the Lyon branch next month.",
    "Le pilote Blue-Bird démarre lundi avec deux agences.",
    "Das Night_jar-Team sucht noch Tester für die Beta.",
    "BLUE-BIRD: go/no-go meeting moved to 3pm",
    "¿Alguien sabe cuándo sale Night-Jar?",
]
ORDINARY = [
    "A blue-bird sat on the fence all morning.",
    "We spotted a night-jar on the heath at dusk.",
    "the blue_bird column is empty in this table",
    "Blue-grey walls and a bird feeder: our new office kitchen.",
    "Night-time jar of pickles, anyone?",
]


@pytest.mark.parametrize("text", CUT_NAMES)
def test_a_name_cut_in_two_is_the_code_name(findings, text: str) -> None:
    found = [f for f in findings(text) if f.category == CODENAME]
    assert found, text
    name = text[found[0].start : found[0].end].replace("-", "").replace("_", "").lower()
    assert name in {"bluebird", "nightjar"}, (text, found)


@pytest.mark.parametrize("text", ORDINARY)
def test_the_words_of_a_cut_name_in_their_ordinary_sense_stay_clean(categories, text: str) -> None:
    assert CODENAME not in categories(text)


FRAMES = [
    "Quick update on {x}: the pilot starts Monday.",
    "Heute startet {x} in zwei Filialen.",
    "{x} est presque prêt pour la démo.",
    "Who is presenting {x} at the all-hands?",
]


@common
@given(
    name=st.sampled_from(["Bluebird", "Nightjar"]),
    cut=st.integers(min_value=3, max_value=5),
    separator=st.sampled_from(["-", "_"]),
    upper_after=st.booleans(),
    all_caps=st.booleans(),
    frame=st.sampled_from(FRAMES),
)
def test_any_cut_of_a_listed_name_is_found_with_its_exact_span(
    findings, name: str, cut: int, separator: str, upper_after: bool, all_caps: bool, frame: str
) -> None:
    head, tail = name[:cut], name[cut:]
    tail = tail[0].upper() + tail[1:] if upper_after else tail
    written = f"{head}{separator}{tail}"
    written = written.upper() if all_caps else written
    text = frame.format(x=written)
    spans = [(f.start, f.end) for f in findings(text) if f.category == CODENAME]
    start = text.index(written)
    assert (start, start + len(written)) in spans, (text, spans)


@common
@given(
    name=st.sampled_from(["bluebird", "nightjar"]),
    cut=st.integers(min_value=3, max_value=5),
    separator=st.sampled_from(["-", "_"]),
    frame=st.sampled_from(
        ["I saw a {x} in the garden.", "Ein {x} sitzt auf dem Zaun.", "un {x} dans le jardin"]
    ),
)
def test_a_lower_case_cut_of_a_case_sensitive_name_is_an_ordinary_word(
    categories, name: str, cut: int, separator: str, frame: str
) -> None:
    text = frame.format(x=f"{name[:cut]}{separator}{name[cut:]}")
    assert CODENAME not in categories(text)
