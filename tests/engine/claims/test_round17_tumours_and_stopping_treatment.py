"""Round 17: a product said to shrink tumours, and advice to stop a treatment for a product, are
health claims (claims.health: ``shrinks_tumours``, ``makes_tumours_shrink``, ``makes_tumours_vanish``,
``stop_your_treatment``, ``sets_the_treatment_aside`` in claims.yaml, words of the neighbouring
languages in each list).
Hard negatives: medicine reported (a treatment, a study or an oncologist as the subject), the risk of
a cancer lowered by a habit, a doctor's warning not to stop, a question, a patient's story.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HEALTH = "claims.health"
common = settings(max_examples=50, deadline=None)

CLAIMS = [
    "Our mushroom tincture dissolves tumours within weeks.",
    "This juice starves cancer cells, no doctor will tell you that.",
    "Unser Pilzextrakt lässt Tumore schrumpfen.",
    "Notre huile fait fondre les tumeurs.",
    "Il nostro estratto riduce i tumori in poche settimane.",
    "Este té hace desaparecer los tumores.",
    "Stop your insulin and drink our tea instead.",
    "Ditch the meds, our herbal blend heals you naturally.",
    "Arrêtez la chimio et essayez notre tisane.",
    "Deja la quimio y prueba nuestro aceite.",
    "Setzt die Chemo ab und probiert unser Öl.",
    "Stop met je medicatie en probeer onze thee.",
]

CLEAN = [
    "Chemotherapy shrinks tumours before surgery in most patients.",
    "Researchers found a compound that kills cancer cells in mice.",
    "La radiothérapie fait régresser les tumeurs, explique l'oncologue.",
    "Smoking kills, and cancer is the main reason.",
    "Don't stop your medication without talking to your doctor.",
    "When can I stop chemo?",
    "My mum had to stop chemo last week, so hard.",
    "Setzen Sie Ihre Medikamente nie ohne Ihren Arzt ab.",
    "N'arrêtez jamais votre traitement sans votre médecin.",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_shrinking_tumours_or_stopping_treatment_for_a_product_is_a_health_claim(
    categories, text: str
) -> None:
    assert HEALTH in categories(text)


@pytest.mark.parametrize("text", CLEAN)
def test_medicine_reported_or_a_warning_not_to_stop_is_clean(categories, text: str) -> None:
    assert HEALTH not in categories(text)


PRODUCTS = ["our alkaline water", "this tea", "our mushroom extract", "this oil"]
VERBS = ["shrinks", "dissolves", "destroys"]
TARGETS = ["tumours", "tumors", "cancer cells"]
TREATMENTS = ["chemo", "your medication", "the insulin", "your meds"]


@common
@given(
    product=st.sampled_from(PRODUCTS),
    verb=st.sampled_from(VERBS),
    target=st.sampled_from(TARGETS),
    treatment=st.sampled_from(TREATMENTS),
    warned=st.booleans(),
)
def test_a_cancer_cure_with_advice_to_stop_is_flagged_and_a_doctors_warning_is_not(
    categories, product: str, verb: str, target: str, treatment: str, warned: bool
) -> None:
    if warned:
        text = f"Never stop {treatment} without your oncologist, whatever anyone online says."
    else:
        text = f"{product.capitalize()} {verb} {target}, stop {treatment} and try it."
    assert (HEALTH in categories(text)) == (not warned)
