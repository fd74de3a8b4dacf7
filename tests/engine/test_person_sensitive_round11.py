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


# Addresses in Polish, Nordic and continental formats after a named person: a Polish street after
# "ul."/"al." with house and flat numbers, or a home said with "mieszka przy"; a full postal address
# (street, number, postcode, town) in a draft read as English. Hard negatives: a shop's or an office's
# published address, a city one lives in, advice about one's own address, a street's history.
ADDRESSES = [
    ("Tomasz Wróbel mieszka przy ul. Lipowej 7/12 w Gdańsku, możecie mu podrzucić laptopa.", "Tomasz Wróbel"),
    ("Paczkę dla Agnieszki Wiśniewskiej wyślijcie na ul. Kwiatowa 3 m. 4, Poznań.", "Agnieszki Wiśniewskiej"),
    ("Anna Zielińska mieszka na ulicy Długiej 15, wpadnijcie z kwiatami.", "Anna Zielińska"),
    ("Paczkę dla Zofii Nowak wyślij na jej adres domowy, al. Róż 4/2, Warszawa.", "Zofii Nowak"),
    ("Skicka kortet till Ingrid Holm, Storgatan 4, 753 20 Uppsala.", "Ingrid Holm"),
    ("Ola Nordmann bor i Storgata 7, 0155 Oslo.", "Ola Nordmann"),
    ("Schickt die Karte an Petra Lang, Lindenweg 3, 80331 München.", "Petra Lang"),
    ("Klaus Becker wohnt in der Hauptstr. 5a, bringt ihm die Unterlagen vorbei.", "Klaus Becker"),
]

ADDRESS_NEGATIVES = [
    "Our Gdańsk office is at ul. Długa 15, ask Tomasz Wróbel at reception.",
    "Sklep firmy Kowalski i Syn, ul. Lipowa 7, zaprasza. Kontakt: Tomasz Wróbel.",
    "Tomasz Wróbel mieszka w Gdańsku od dwóch lat.",
    "Nie podawaj nikomu swojego adresu domowego, radzi Tomasz Wróbel.",
    "Vår butik på Kungsgatan 12B har öppet till 20, välkommen! /Lars Nyström",
    "Besuchen Sie unser Geschäft in der Hauptstr. 5a! Ihr Team um Klaus Becker.",
    "Send the invoices to our office, Lindenweg 3, attn Petra Lang.",
]


@pytest.mark.parametrize(("text", "person"), ADDRESSES)
def test_round11_home_address_of_a_named_person_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", ADDRESS_NEGATIVES)
def test_round11_published_address_is_not_flagged(categories, text) -> None:
    assert CATEGORY not in categories(text)


_STREET = st.builds(lambda stem: stem.capitalize(), st.text("aeioulnrstmk", min_size=3, max_size=7))
_ADDRESS_TEMPLATES = [
    "{a} {b} mieszka przy ul. {s} {n}/{m}, możecie wpaść.",
    "Paczka dla {a} {b}: ul. {s} {n} m. {m}, Kraków.",
    "Skicka paketet till {a} {b}, {s}gatan {n}, 1{m:02d} 20 Lund.",
    "Neue Anschrift von {a} {b}: {s}weg {n}, 8{m:02d}31 Augsburg.",
    "{a} {b} bor numera på {s}vägen {n}, skicka ett kort!",
]


@common
@given(
    template=st.sampled_from(_ADDRESS_TEMPLATES),
    a=NAME,
    b=NAME,
    s=_STREET,
    n=st.integers(min_value=1, max_value=199),
    m=st.integers(min_value=1, max_value=40),
)
def test_round11_address_classes_flag_any_named_person(findings, template, a, b, s, n, m) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b, s=s, n=n, m=m), f"{a} {b}")
