"""A named person's dismissal or misconduct at work in Polish, Dutch, German, Spanish, Italian and
French, alone or code-switched with English (own cases, other names and wordings than the sets that
showed the class): notice given ("dostał wypowiedzenie"), fired in ordinary words ("s'est fait
virer"), drinking at work ("pił w pracy"), and a dismissal word in a draft the language check reads as
English ("X is vanaf morgen ontslagen, her laptop ..."). Hard negatives: advice and questions to the
reader with no one named.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME, assert_flagged_on, common

CATEGORY = "pii.person_sensitive"

DISMISSALS = [
    ("Pani Agnieszka Wróbel dostała wypowiedzenie wczoraj po południu.", "Agnieszka Wróbel"),
    ("Marek Kowalski pił w pracy i już go u nas nie ma.", "Marek Kowalski"),
    ("Słyszeliście? Jan Mazur został zwolniony dyscyplinarnie.", "Jan Mazur"),
    ("Camille Martin s'est fait virer hier, elle buvait au travail.", "Camille Martin"),
    ("Kleine update: Femke Jansen is per vandaag ontslagen, her laptop goes back to IT.", "Femke Jansen"),
    ("Quick note: Lars Hoffmann wurde gekündigt, please remove him from the channel.", "Lars Hoffmann"),
    ("Heads up, Paolo Greco è stato licenziato, his badge is blocked.", "Paolo Greco"),
    ("Sanne de Jong is vanaf maandag ontslagen.", "Sanne de Jong"),
    ("Klaus Becker wurde gestern fristlos gekündigt.", "Klaus Becker"),
    ("A Carlos Ruiz lo han despedido esta mañana.", "Carlos Ruiz"),
    ("Giulia Russo è stata licenziata perché beveva in ufficio.", "Giulia Russo"),
]

NEGATIVES = [
    "Dostałeś wypowiedzenie? Sprawdź swoje prawa w naszym poradniku.",
    "Ontslagen? Lees onze gids over je rechten als werknemer.",
    "Kündigung erhalten? Unser Ratgeber erklärt Ihre Rechte.",
    "¿Te han despedido? Consulta nuestra guía gratuita.",
    "Vous avez été licencié ? Notre guide vous explique vos droits.",
]


@pytest.mark.parametrize(("text", "person"), DISMISSALS)
def test_dismissal_or_misconduct_of_a_named_person_is_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", NEGATIVES)
def test_dismissal_advice_with_no_one_named_is_clean(findings, text) -> None:
    assert findings(text, CATEGORY) == []


_TEMPLATES = [
    "Pan {first} {last} dostał wypowiedzenie w czwartek.",
    "{first} {last} pił w pracy, więc go zwolnili.",
    "{first} {last} is vanaf morgen ontslagen.",
    "{first} {last} s'est fait virer ce matin.",
]


@common
@given(first=NAME, last=NAME, template=st.sampled_from(_TEMPLATES))
def test_any_named_person_dismissed_is_flagged(findings, first, last, template) -> None:
    text = template.format(first=first, last=last)
    assert_flagged_on(findings, text, f"{first} {last}")
