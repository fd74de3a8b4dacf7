"""Pay and age of a named person in other shapes (own cases, other names and wordings than the sets that
showed the class): a bonus or a raise set in thousands ("the raise for X is approved at £6k"), an amount
with its currency sign before it ("€6.100 bruto per maand"), a reader's word before the person's name
("Wist je dat X ..." is no "je salaris"), an age after "de" ("X, de 91 años") or with its unit in
parentheses ("X (71 ans)"). Hard negatives: a firm's birthday, a character's age in a novel, a job
advert, a budget in millions, the reader's own pay.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.engine.person_sensitive.person_cases import NAME, assert_flagged_on, common

CATEGORY = "pii.person_sensitive"

PAY_AND_AGE = [
    ("The raise for Tom Okafor is approved at £6k, keep it quiet.", "Tom Okafor"),
    ("fyi the bonus for Grace Whitfield was signed off at $22k yesterday", "Grace Whitfield"),
    ("Wist je dat Ruben Smit €7.400 bruto per maand verdient als teamlead?", "Ruben Smit"),
    ("Wist je dat Lotte Mulder €6.100 bruto per maand krijgt?", "Lotte Mulder"),
    ("La señora Carmen Vidal, de 82 años, vive sola.", "Carmen Vidal"),
    ("Mme Odile Roche (71 ans) a gagné le concours.", "Odile Roche"),
    ("Notre comptable Bernard Petit (59 ans) quitte l'entreprise.", "Bernard Petit"),
]

PAY_AND_AGE_NEGATIVES = [
    "Happy 25th birthday to Brightwater Insurance! A quarter century of protecting families.",
    "Happy 40th birthday to Harbor Logistics! Here's to the next forty years.",
    "En la novela, el inspector Andrés Vela tiene 58 años y un pasado que nadie conoce.",
    "Vacature: teamlead in Utrecht, €4.800 bruto per maand. Solliciteer bij Sanne de Vries.",
    "The Q3 budget is approved at $2m, says CFO Helena Brandt.",
    "Wist je dat je salaris €3.100 bruto per maand is na de cao-verhoging?",
]


@pytest.mark.parametrize(("text", "person"), PAY_AND_AGE)
def test_pay_and_age_in_other_shapes_are_flagged(findings, text, person) -> None:
    assert_flagged_on(findings, text, person)


@pytest.mark.parametrize("text", PAY_AND_AGE_NEGATIVES)
def test_firms_fiction_adverts_and_budgets_are_not_flagged(categories, text) -> None:
    assert CATEGORY not in categories(text)


# {a} {b}: a made-up name; {n}: an amount in thousands or an age.
_TEMPLATES = [
    "Wist je dat {a} {b} €{n}.400 bruto per maand verdient?",
    "Señora {a} {b}, de {n} años, ganó el concurso de repostería.",
    "Rappel : {a} {b} ({n} ans) part à la retraite vendredi.",
]


@common
@given(template=st.sampled_from(_TEMPLATES), a=NAME, b=NAME, n=st.integers(min_value=18, max_value=99))
def test_pay_and_age_shapes_flag_any_named_person(findings, template, a, b, n) -> None:
    assert_flagged_on(findings, template.format(a=a, b=b, n=n), f"{a} {b}")
