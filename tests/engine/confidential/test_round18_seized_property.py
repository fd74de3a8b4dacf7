"""Round 18: a property seized until a date is no press embargo (confidential.marking).

Class closed: Spanish and Portuguese "embargado/a" is also a court's seizure ("la casa está embargada
hasta el 2026", "tengo la nómina embargada hasta marzo", "a obra está embargada até 2027"): with a house,
an account, a salary, a car or a debt earlier in its clause, or a debt, a court or the tax office just
after it, the participle before a date is the seizure (confidential.yaml's ``languages_participle_until``
reads them). A press release, a statement or information embargoed until a date stays a marking.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

MARKING = "confidential.marking"
common = settings(max_examples=40, deadline=None)

SEIZED = [
    "Nos tienen el piso embargado hasta el 2026, así que no podemos venderlo.",
    "Mi padre tiene la pensión embargada hasta el 31 de diciembre.",
    "El coche sigue embargado hasta el lunes, luego el juzgado decide.",
    "Embargada hasta el 2027 por una deuda con Hacienda, la finca no se puede tocar.",
    "O imóvel ficou embargado até 2026 por causa da dívida.",
    "Tenho o salário embargado até março, estou sem dinheiro.",
]

PRESS = [
    "Nota de prensa embargada hasta el jueves a las 10:00.",
    "Embargado hasta el 12/03: resultados anuales del grupo.",
    "Comunicado embargado até às 8h de amanhã.",
    "Información embargada hasta el lunes, no la publiquéis.",
]


@pytest.mark.parametrize("text", SEIZED)
def test_a_property_seized_until_a_date_is_no_marking(categories, text: str) -> None:
    assert MARKING not in categories(text)


@pytest.mark.parametrize("text", PRESS)
def test_a_release_embargoed_until_a_date_stays_a_marking(categories, text: str) -> None:
    assert MARKING in categories(text)


PROPERTIES = [
    ("la casa", "embargada"),
    ("la cuenta", "embargada"),
    ("el sueldo", "embargado"),
    ("la nómina", "embargada"),
    ("el coche", "embargado"),
]
RELEASES = [("la nota de prensa", "embargada"), ("el comunicado", "embargado"), ("el informe", "embargado")]
DATES = ["el 2026", "el lunes", "el 15/01", "el 3 de marzo"]


@common
@given(
    seized=st.booleans(),
    which=st.integers(min_value=0, max_value=2),
    date=st.sampled_from(DATES),
)
def test_the_seized_thing_decides_between_seizure_and_embargo(
    categories, seized: bool, which: int, date: str
) -> None:
    noun, participle = PROPERTIES[which] if seized else RELEASES[which]
    text = f"Ojo: {noun} está {participle} hasta {date}."
    assert (MARKING in categories(text)) == (not seized)
