"""A one-word code name that a person's full name owns is their song, film, book or record car, not the
project: "„Bluebird“ von <person>", "el Bluebird de <person>", "<person>'s Bluebird". The project's
senses stay flagged: the name with a project word, "Bluebird by <company>", "Bluebird by <person>'s
team".

Code names come from the Acme overlay (Project Falcon, Bluebird, Nightjar, Orion X).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CATEGORY = "confidential.codename"

CASES = [
    ("Song of the week on our team radio: “Nightjar” by Tomás Rivera, enjoy 🎶", set()),
    ("Il nostro team ascolta „Bluebird“ di Lucia Bernardi tutto il giorno.", set()),
    ("Film night at the office: 'Nightjar' by Ana Sousa, popcorn provided.", set()),
    ("Lecture du mois : « Nightjar » de Claire Dubois, un roman magnifique.", set()),
    ("Donald Campbell's Bluebird broke the water speed record in 1964.", set()),
    ("Visita guiada: el Bluebird de Malcolm Campbell, el coche de récord, en nuestro museo.", set()),
    # the project: a project word, a company, a person's team, a name alone
    ("Bluebird launches in Q3, don't tell anyone.", {CATEGORY}),
    ("The Bluebird roadmap slipped by two weeks.", {CATEGORY}),
    ("Bluebird by Acme Corp ships to beta testers next week.", {CATEGORY}),
    ("Bluebird by Maria Lopez's team ships Friday.", {CATEGORY}),
    ("Nightjar of Dana Whitfield’s squad hits beta on Monday.", {CATEGORY}),
    ("Nightjar is running late again, says Paul Meyer.", {CATEGORY}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_code_name_owned_by_a_person_is_their_work(categories, text: str, expected: set[str]) -> None:
    assert categories(text, min_severity="low") & {CATEGORY} == expected


FIRST = ["Paul", "Lucia", "Ana", "Jean-Luc", "Siobhán", "Kenji", "Ødegaard"]
LAST = ["McCartney", "Bernardi", "Sousa", "O'Brien", "Nakamura", "Weiß", "Campbell"]
FRAMES = [
    "Team playlist today: “{name}” {by} {person} 🎶 what are you listening to?",
    "Our book club reads '{name}' {by} {person} this month.",
    "{person}'s {name} is on show at the motor museum this weekend.",
]
PROJECT_FRAMES = [
    "{name} {by} {person}'s team ships to beta testers Friday.",
    "{name} launches next quarter, ask {person} for the roadmap.",
]


@settings(max_examples=120, deadline=None)
@given(
    name=st.sampled_from(["Bluebird", "Nightjar"]),
    by=st.sampled_from(["by", "von", "de", "di", "van", "par"]),
    first=st.sampled_from(FIRST),
    last=st.sampled_from(LAST),
    frame=st.sampled_from(FRAMES + PROJECT_FRAMES),
)
def test_a_persons_work_is_clean_and_the_project_is_flagged(
    categories, name: str, by: str, first: str, last: str, frame: str
) -> None:
    text = frame.format(name=name, by=by, person=f"{first} {last}")
    assert (CATEGORY in categories(text, min_severity="low")) == (frame in PROJECT_FRAMES)
