"""A named person with a sensitive fact in the phrasings of round 11 (own cases, other names and
wordings than the sets that showed each class).

Ages: said with a pronoun after the person was named ("Now she's 46", "he's 58 now"); a birthday's
number ("Feliz cumple número 30"); an age in apposition after a first and a last name the model did
not read as a person ("Ana Lima, 29, ...", "Sanne de Vries (38) ..."). Hard negatives: a company's or a
shop's anniversary, a product's version, a distance, a count after a heading, a place.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_cases import NAME, assert_flagged_on, common

CATEGORY = "pii.person_sensitive"

AGES = [
    (
        "Fifteen years ago Brenda Kowal started here as a trainee. Today she's 41 and runs the warehouse.",
        "Brenda Kowal",
    ),
    ("Big cheers for Oskar Lind: he's 58 now and still beats us all at squash.", "Oskar Lind"),
    ("We hired Imani Drake straight out of school. She's 33 today, and our head of design!", "Imani Drake"),
    ("¡Feliz cumple número 45, Rocío Fuentes! Que lo pases genial.", "Rocío Fuentes"),
    ("Feliz cumpleaños nº 50 a Javier Ortiz, el alma del equipo.", "Javier Ortiz"),
    ("Ana Lima, 29, was promoted to team lead this week.", "Ana Lima"),
    ("Meet Tomas Ruiz, 44, our new driver for the north route.", "Tomas Ruiz"),
    ("Pieter van Dam (61) is na 30 jaar met pensioen gestuurd.", "Pieter van Dam"),
    ("Sune Bergqvist (52) lämnar oss efter nedskärningarna.", "Sune Bergqvist"),
]

AGE_NEGATIVES = [
    "30 years of ACME! Thanks to all our customers for the ride.",
    "ACME is 30 today, thank you for being with us!",
    "Version 46 of the app is out now, thanks Carla Mendes for the release notes.",
    "She's 46 km away from the finish line, go Carla Mendes!",
    "Feliz cumple número 30 a nuestra tienda de Sevilla, ¡gracias clientes!",
    "La boutique fête ses 40 ans, merci à Julie Martin pour la déco.",
    "Sales Team (12) met in Room Nine with Dana Holt.",
    "Job Openings (3) this week, ask Dana Holt.",
    "We flew to Buenos Aires, 35 of us, with Dana Holt leading.",
]


@pytest.mark.parametrize(("text", "person"), AGES)
def test_round11_age_of_a_named_person_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", AGE_NEGATIVES)
def test_round11_age_of_no_person_is_not_flagged(categories, text) -> None:
    assert CATEGORY not in categories(text)


# {a} {b}: a made-up name; {n}: an age.
_AGE_TEMPLATES = [
    "Years ago {a} {b} joined us as an intern. Now she's {n}, running the whole team.",
    "Shoutout to {a} {b}: he's {n} now and still the fastest on the pitch.",
    "Feliz cumple número {n}, {a} {b}!",
    "{a} {b}, {n}, was promoted to shift lead.",
    "{a} {b} ({n}) is vanaf maandag ontslagen.",
]


@common
@given(template=st.sampled_from(_AGE_TEMPLATES), a=NAME, b=NAME, n=st.integers(min_value=18, max_value=99))
def test_round11_age_classes_flag_any_named_person(findings, template, a, b, n) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b, n=n), f"{a} {b}")
