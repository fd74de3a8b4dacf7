"""A code name of several words is the same project when its first word is written in the draft's
language ("Project Falcon": "Projet Falcon", "Projeto Falcon", "Projekt Falcon"); and a one-word code
name in a draft telling of a year long past, with no word of a product or a project, is a public thing
of that past (a record boat "Bluebird K7" in 1955, a rocket of 1962), not the project."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

CODENAME = "confidential.codename"

CASES = [
    ("Reunião de kickoff do Projeto Falcon na quinta-feira.", "Projeto Falcon"),
    ("Le projet Falcon recrute deux testeurs en interne.", "projet Falcon"),
    ("Wer hat Zeit fürs Projekt Falcon am Montag?", "Projekt Falcon"),
    ("Mañana presentamos el Proyecto Falcon al comité.", "Proyecto Falcon"),
    ("Chi partecipa al Progetto Falcon alza la mano!", "Progetto Falcon"),
    ("PROJETO FALCON: todos na sala 3.", "PROJETO FALCON"),
    ("#ProjektFalcon läuft!", "#ProjektFalcon"),
]

NOT_CODENAMES = [
    "On this day in 1955 Donald Campbell took Bluebird K7 to 202 mph on Ullswater.",
    "At the motor museum: the Bluebird CN7 that Campbell drove at Lake Eyre in 1964.",
    "The Nightjar sounding rocket first flew from Woomera in 1962.",
    "Throwback: the Bluebird school buses our town ran in the 1970s.",
    "Projection Falcon at the cinema tonight.",
]

STILL_CODENAMES = [
    "Bluebird ships in beta next month.",
    "Bluebird beta testers wanted, just like in our 1998 days.",
    "Nightjar v2 rollout plan for 1,200 stores.",
    "Bluebird pricing leaked, like the 1987 flyer.",
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_a_translated_project_prefix_is_the_project(findings, text: str, name: str) -> None:
    assert [text[f.start : f.end] for f in findings(text, CODENAME)] == [name]


@pytest.mark.parametrize("text", NOT_CODENAMES)
def test_a_public_thing_of_the_past_is_not_the_project(categories, text: str) -> None:
    assert CODENAME not in categories(text)


@pytest.mark.parametrize("text", STILL_CODENAMES)
def test_a_year_does_not_hide_the_project_when_the_draft_is_about_a_product(categories, text: str) -> None:
    assert CODENAME in categories(text)


PREFIXES = ["Projet", "Projekt", "Proyecto", "Progetto", "Projeto", "Projecto", "Project"]
FRAMES = [
    "Update on {n}: all hands at 10.",
    "Wie is er bij {n}?",
    "{n} — retro vendredi.",
    "Quem cuida do {n} agora?",
]


@settings(max_examples=100, deadline=None)
@given(
    prefix=st.sampled_from(PREFIXES),
    case=st.sampled_from([str, str.lower, str.upper]),
    joiner=st.sampled_from([" ", "-", "_", "  "]),
    frame=st.sampled_from(FRAMES),
)
def test_any_translation_of_the_prefix_names_the_project(findings, prefix, case, joiner, frame):
    name = case(f"{prefix}{joiner}Falcon")
    text = frame.format(n=name)
    assert [text[f.start : f.end] for f in findings(text, CODENAME)] == [name], text


PAST = [
    "{n} set the water speed record on Coniston in {y}.",
    "The {n} rocket lifted off from the range in {y}.",
    "Old photo: the {n} sailing yacht moored at Cowes, {y}.",
    "In {y} the {n} locomotive pulled the first train to Whitby.",
]


@settings(max_examples=100, deadline=None)
@given(
    name=st.sampled_from(["Bluebird", "Nightjar"]),
    frame=st.sampled_from(PAST),
    year=st.integers(min_value=1850, max_value=1989),
    project=st.sampled_from([None, "The beta launch is next week.", "Our product team loved it."]),
)
def test_a_one_word_name_of_the_past_is_the_project_only_beside_a_project_word(
    categories, name, frame, year, project
):
    text = frame.format(n=name, y=year) + (f" {project}" if project else "")
    assert (CODENAME in categories(text)) == (project is not None), text
